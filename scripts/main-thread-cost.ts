// What a content script costs the page's main thread, read from a Chromium trace (the DevTools protocol's Tracing
// domain, category devtools.timeline, as the Performance panel records it): every task the renderer attributes
// to a script of an extension (EvaluateScript: creating the extension's isolated world, compiling and running a
// content script's top-level code; FunctionCall: each callback later, a timer, an idle callback, an observer).
// Counted in thread time (the trace's tdur): the CPU time of the page's main thread itself, so the time the
// machine gave to other processes meanwhile is not in it. A timed mark inside the script (its own
// performance.now()) sees neither the compile nor the isolated world nor the callbacks after its measure.
import type { CDPSession, Page } from '@playwright/test';

export interface MainThreadCost {
  /** Main-thread CPU time of the extension's tasks, milliseconds. */
  threadMs: number;
  /** Their wall-clock time, milliseconds (thread time plus whatever preempted the thread meanwhile). */
  wallMs: number;
  /** Of threadMs: compiling the content scripts. */
  compileMs: number;
  /** How many separate tasks (top-level events) the extension ran. */
  tasks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/** The trace events that run an extension's script code (nested ones included). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run']);

const fromExtension = (e: TraceEvent): boolean =>
  (e.args?.data?.url ?? e.args?.fileName ?? '').startsWith('chrome-extension://');

/** Sums the outermost extension script events per thread (a callback nested in another is counted once). */
export function extensionCost(events: readonly TraceEvent[]): MainThreadCost {
  const ours = events
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && fromExtension(e))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let threadUs = 0;
  let wallUs = 0;
  let compileUs = 0;
  let tasks = 0;
  let open: TraceEvent | null = null;
  for (const e of ours) {
    if (e.name === 'v8.compile') compileUs += e.tdur ?? e.dur ?? 0;
    const inside = open && open.pid === e.pid && open.tid === e.tid && e.ts < open.ts + (open.dur ?? 0);
    if (inside) continue;
    open = e;
    tasks++;
    threadUs += e.tdur ?? e.dur ?? 0;
    wallUs += e.dur ?? 0;
  }
  return { threadMs: threadUs / 1000, wallMs: wallUs / 1000, compileMs: compileUs / 1000, tasks };
}

/** Runs `load` (a page load and whatever wait follows it) under a trace; the extension's main-thread cost. */
export async function traceExtensionCost(page: Page, load: () => Promise<void>): Promise<MainThreadCost> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline'] },
  });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  return extensionCost(events);
}
