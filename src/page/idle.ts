// Idle-time work in bounded slices, with the main-thread time of each piece of work added up and kept in a list
// on the content script's own global (its isolated world: the page cannot see it, where a User Timing measure
// would tell any page that Second Look runs). `npm run bench` and the e2e tests read the list over the DevTools
// protocol in the extension's world (scripts/extension-world.ts).

/** The longest a slice of scanning work may run before it yields to the page. */
export const SCAN_SLICE_BUDGET_MS = 8;
/** Idle callbacks come within this time even on a page that is never idle. */
export const IDLE_TIMEOUT_MS = 1_000;

export type ShouldYield = () => boolean;

export interface IdleScheduler {
  /** Runs `step` in idle slices until it returns true (done); cancelled by `cancel()` or a new `run`. */
  run(step: (shouldYield: ShouldYield) => boolean, onSlice?: (ms: number) => void): void;
  cancel(): void;
  readonly busy: boolean;
}

type IdleHandle = { cancel(): void };

function requestIdle(callback: (deadline: { timeRemaining(): number }) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => callback({ timeRemaining: () => SCAN_SLICE_BUDGET_MS }), 1);
  return { cancel: () => clearTimeout(id) };
}

export function createIdleScheduler(now: () => number = () => performance.now()): IdleScheduler {
  let handle: IdleHandle | null = null;
  let generation = 0;
  return {
    get busy() {
      return handle !== null;
    },
    cancel() {
      generation++;
      handle?.cancel();
      handle = null;
    },
    run(step, onSlice) {
      this.cancel();
      const mine = generation;
      const slice = (deadline: { timeRemaining(): number }): void => {
        if (mine !== generation) return;
        const start = now();
        // A slice ends at the budget, or earlier when the browser expects other work (never below 1 ms).
        const budget = Math.min(SCAN_SLICE_BUDGET_MS, Math.max(1, deadline.timeRemaining()));
        const done = step(() => now() - start >= budget);
        onSlice?.(now() - start);
        if (mine !== generation) return;
        handle = done ? null : requestIdle(slice);
      };
      handle = requestIdle(slice);
    },
  };
}

/** One piece of work's main-thread time, as `npm run bench` reads it. */
export interface Timing {
  /** `second-look:scan`, `second-look:mutation`. */
  name: string;
  startTime: number;
  duration: number;
  detail: Record<string, unknown>;
}

/** Where the timings are kept: a global of the world the script runs in (shared by our two content scripts). */
export const TIMINGS_KEY = Symbol.for('second-look.timings');
/** The list keeps at most this many (a page that mutates forever does not grow it forever). */
export const MAX_TIMINGS = 500;

/** Keeps a piece of work's main-thread time as `second-look:<name>` in this world's timing list. */
export function publishTiming(name: string, start: number, busyMs: number, detail: Record<string, unknown>): void {
  const scope = globalThis as unknown as Record<symbol, Timing[] | undefined>;
  const list = (scope[TIMINGS_KEY] ??= []);
  const full = `second-look:${name}`;
  // Full: the oldest of the same name goes (a storm of mutations does not push out the scan's timing).
  if (list.length >= MAX_TIMINGS) {
    const oldest = list.findIndex((t) => t.name === full);
    list.splice(oldest >= 0 ? oldest : 0, 1);
  }
  list.push({ name: full, startTime: start, duration: busyMs, detail });
}

/** The timings kept in this world so far, of one name (unit tests; the bench reads the list over CDP). */
export function timingsNamed(name: string): Timing[] {
  const list = (globalThis as unknown as Record<symbol, Timing[] | undefined>)[TIMINGS_KEY] ?? [];
  return list.filter((t) => t.name === name);
}
