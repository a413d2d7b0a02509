/** How long one slice of work may hold the main thread: half a 60 Hz frame. */
export const SLICE_BUDGET_MS = 8;

export interface SliceStats {
  slices: number;
  steps: number;
  /** The longest slice, in milliseconds: what the page felt. */
  longestSliceMs: number;
  /** All slices together, in milliseconds: the main-thread time taken, the turns given to the page left out. */
  busyMs: number;
  /** False when the run was aborted before its last step. */
  completed: boolean;
}

export interface SliceOptions {
  signal: AbortSignal;
  /** @default SLICE_BUDGET_MS */
  budgetMs?: number;
  now?: () => number;
  /** Gives the page a turn between slices. */
  yieldToPage?: () => Promise<void>;
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-visible' }): Promise<void>;
}

/**
 * Gives the page a turn: rendering, input and the page's own queued tasks run before the next
 * slice. Not `scheduler.yield()`: it resumes ahead of the page's tasks, so back-to-back slices
 * starve the page's timers. A posted task of ordinary priority takes its turn with them (not
 * background priority, which a busy page could starve for good); where the Prioritized Task
 * Scheduling API is missing, a MessageChannel task does the same (no 4 ms clamp, unlike setTimeout).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Runs `steps` to the end in slices of at most `budgetMs` (a single step is never split),
 * yielding to the page between slices; stops early when `signal` aborts.
 */
export async function runInSlices<T>(steps: Iterator<T>, onStep: (step: T) => void, options: SliceOptions): Promise<SliceStats> {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const stats: SliceStats = { slices: 0, steps: 0, longestSliceMs: 0, busyMs: 0, completed: false };
  for (;;) {
    if (options.signal.aborted) return stats;
    const start = now();
    stats.slices += 1;
    let done = false;
    while (now() - start < budget) {
      const next = steps.next();
      if (next.done === true) {
        done = true;
        break;
      }
      stats.steps += 1;
      onStep(next.value);
    }
    const sliceMs = now() - start;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, sliceMs);
    stats.busyMs += sliceMs;
    if (done) return { ...stats, completed: true };
    await pause();
  }
}
