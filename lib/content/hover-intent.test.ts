import { beforeEach, describe, expect, it } from 'vitest';
import { HoverIntent, type Timers } from './hover-intent';

/** A manual clock: timers fire only when `advance` passes their time. */
class ManualTimers implements Timers {
  private now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  set(callback: () => void, ms: number): number {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(id: number): void {
    this.due.delete(id);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= this.now) {
        this.due.delete(id);
        timer.callback();
      }
    }
  }
}

describe('HoverIntent', () => {
  let timers: ManualTimers;
  let events: string[];
  let intent: HoverIntent<string>;

  beforeEach(() => {
    timers = new ManualTimers();
    events = [];
    intent = new HoverIntent<string>({
      openDelayMs: () => 300,
      closeDelayMs: 400,
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
      timers,
    });
  });

  it('opens only after the pointer rests on a mark for the delay', () => {
    intent.pointerAt({ target: 'a' });
    timers.advance(299);
    expect(events).toEqual([]);
    intent.pointerAt({ target: 'a' });
    timers.advance(1);
    expect(events).toEqual(['open a']);
    expect(intent.current).toBe('a');
  });

  it('opens nothing when the pointer only passes over marks', () => {
    intent.pointerAt({ target: 'a' });
    timers.advance(100);
    intent.pointerAt({ target: 'b' });
    timers.advance(100);
    intent.pointerAt('elsewhere');
    timers.advance(1000);
    expect(events).toEqual([]);
  });

  it('keeps the card while the pointer travels from the mark to the card', () => {
    intent.pointerAt({ target: 'a' });
    timers.advance(300);
    intent.pointerAt('elsewhere');
    timers.advance(200);
    intent.pointerAt('card');
    timers.advance(1000);
    expect(events).toEqual(['open a']);
  });

  it('closes once the pointer has left mark and card for the close delay', () => {
    intent.pointerAt({ target: 'a' });
    timers.advance(300);
    intent.pointerAt('elsewhere');
    timers.advance(399);
    expect(events).toEqual(['open a']);
    timers.advance(1);
    expect(events).toEqual(['open a', 'close']);
    expect(intent.current).toBeUndefined();
  });

  it('moves to another mark after the delay, without closing in between', () => {
    intent.pointerAt({ target: 'a' });
    timers.advance(300);
    intent.pointerAt({ target: 'b' });
    timers.advance(300);
    expect(events).toEqual(['open a', 'open b']);
  });

  it('opens at once for keyboard and right-click, and closes on demand', () => {
    intent.open('k');
    intent.close();
    intent.close();
    expect(events).toEqual(['open k', 'close']);
  });

  it('uses the delay current when the hover starts', () => {
    let delay = 300;
    const quick = new HoverIntent<string>({
      openDelayMs: () => delay,
      closeDelayMs: 400,
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
      timers,
    });
    delay = 50;
    quick.pointerAt({ target: 'x' });
    timers.advance(50);
    expect(events).toEqual(['open x']);
  });
});
