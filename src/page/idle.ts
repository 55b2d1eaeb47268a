// Idle-time work in bounded slices, with the main-thread time of each piece of work added up and published
// as User Timing measures (visible to the page's own performance timeline, which is how `npm run bench`
// reads them: no test-only permission, no message).

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

/** Publishes a piece of work's main-thread time as a User Timing measure named `second-look:<name>`. */
export function publishTiming(name: string, start: number, busyMs: number, detail: Record<string, unknown>): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.measure(`second-look:${name}`, { start, duration: busyMs, detail });
  } catch {
    // A page may have replaced performance.measure; timings are for the bench only.
  }
}
