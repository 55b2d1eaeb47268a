import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TIMINGS, publishTiming, TIMINGS_KEY, timingsNamed } from '../../src/page/idle';

afterEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[TIMINGS_KEY];
});

describe('publishTiming (kept in the content script world, never in the page timeline)', () => {
  it('keeps the scan timing through a storm of mutation timings, and the list bounded', () => {
    publishTiming('scan', 1, 2, { shop: true });
    for (let i = 0; i < MAX_TIMINGS * 2; i++) publishTiming('mutation', 10 + i, 0.5, { nodes: 1 });
    expect(timingsNamed('second-look:scan')).toEqual([
      { name: 'second-look:scan', startTime: 1, duration: 2, detail: { shop: true } },
    ]);
    const mutations = timingsNamed('second-look:mutation');
    expect(mutations).toHaveLength(MAX_TIMINGS - 1);
    expect(mutations.at(-1)!.startTime).toBe(10 + MAX_TIMINGS * 2 - 1);
  });

  it('adds nothing to the performance timeline', () => {
    const before = typeof performance.getEntries === 'function' ? performance.getEntries().length : 0;
    publishTiming('scan', 1, 2, {});
    const after = typeof performance.getEntries === 'function' ? performance.getEntries().length : 0;
    expect(after).toBe(before);
  });
});
