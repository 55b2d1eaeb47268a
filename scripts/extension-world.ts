// The content scripts keep their timings in their own isolated world (src/page/idle.ts), where the page cannot
// see them. The bench and the e2e tests read them there over the DevTools protocol: a page's execution contexts
// are tracked, and the extension's isolated world of the main frame is the one evaluated in.
import type { CDPSession, Page } from '@playwright/test';
import { TIMINGS_KEY, type Timing } from '../src/page/idle';

export type { Timing };

/** The timing list, as an expression evaluated in the extension's world (the key the content scripts use). */
const TIMINGS_LIST = `(globalThis[Symbol.for(${JSON.stringify(TIMINGS_KEY.description)})] || [])`;

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

interface Tracked {
  cdp: CDPSession;
  contexts: Map<number, ContextDescription>;
}

const tracked = new WeakMap<Page, Promise<Tracked>>();

function track(page: Page): Promise<Tracked> {
  let found = tracked.get(page);
  if (!found) {
    found = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, ContextDescription>();
      cdp.on('Runtime.executionContextCreated', (e) => contexts.set(e.context.id, e.context as ContextDescription));
      cdp.on('Runtime.executionContextDestroyed', (e) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      // Enabling reports the contexts that exist already.
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    tracked.set(page, found);
  }
  return found;
}

/** The extensions' execution contexts in the page, any frame, as "name (origin)" (none on a page no content script ran on). */
export async function extensionWorldsOf(page: Page): Promise<string[]> {
  const { contexts } = await track(page);
  return [...contexts.values()]
    .filter((c) => c.origin.startsWith('chrome-extension://'))
    .map((c) => `${c.name} (${c.origin})`);
}

/** Evaluates `expression` in the extension's isolated world of the page's main frame; undefined where there is none. */
export async function evaluateInExtensionWorld<T>(page: Page, expression: string): Promise<T | undefined> {
  const { cdp, contexts } = await track(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = [...contexts.values()].find(
    (c) =>
      c.auxData?.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id &&
      c.origin.startsWith('chrome-extension://'),
  );
  if (!world) return undefined;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    returnByValue: true,
  });
  if (exceptionDetails) return undefined;
  return result.value as T;
}

/** The timings named `name` (`second-look:scan`, `second-look:mutation`) that the content scripts kept so far. */
export async function extensionTimings(page: Page, name: string): Promise<Timing[]> {
  const list = await evaluateInExtensionWorld<Timing[]>(
    page,
    `${TIMINGS_LIST}.filter((t) => t.name === ${JSON.stringify(name)})`,
  );
  return list ?? [];
}

/** Every timing the content scripts kept so far (scans and mutations), in order. */
export async function allExtensionTimings(page: Page): Promise<Timing[]> {
  return (await evaluateInExtensionWorld<Timing[]>(page, TIMINGS_LIST)) ?? [];
}
