import { describe, expect, it } from 'vitest';
import { runInSlices } from './slices';

function* counter(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

/** A clock that advances by `cost` ms each time a step runs. */
function steppedClock(cost: number) {
  let t = 0;
  return { now: () => t, tick: () => (t += cost) };
}

describe('runInSlices', () => {
  it('runs every step, in slices that respect the budget', async () => {
    const clock = steppedClock(3);
    const seen: number[] = [];
    let pauses = 0;
    const stats = await runInSlices(
      counter(10),
      (i) => {
        seen.push(i);
        clock.tick();
      },
      {
        signal: new AbortController().signal,
        budgetMs: 8,
        now: clock.now,
        yieldToPage: () => {
          pauses += 1;
          return Promise.resolve();
        },
      },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stats.steps).toBe(10);
    // 3 ms steps in an 8 ms budget: three steps per slice.
    expect(stats.slices).toBe(4);
    expect(pauses).toBe(3);
    expect(stats.longestSliceMs).toBe(9);
    // Slices of 9, 9, 9 and 3 ms.
    expect(stats.busyMs).toBe(30);
    expect(stats.completed).toBe(true);
  });

  it('stops between slices once aborted', async () => {
    const clock = steppedClock(5);
    const controller = new AbortController();
    const seen: number[] = [];
    const stats = await runInSlices(
      counter(100),
      (i) => {
        seen.push(i);
        clock.tick();
      },
      {
        signal: controller.signal,
        budgetMs: 8,
        now: clock.now,
        yieldToPage: () => {
          controller.abort();
          return Promise.resolve();
        },
      },
    );
    expect(seen).toEqual([0, 1]);
    expect(stats.completed).toBe(false);
  });

  it('finishes an empty run in one slice', async () => {
    const stats = await runInSlices(counter(0), () => undefined, { signal: new AbortController().signal });
    expect(stats).toMatchObject({ slices: 1, steps: 0 });
  });
});
