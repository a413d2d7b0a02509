/** Timers, injected so the intent logic is testable without a clock. */
export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

export interface HoverIntentOptions<T> {
  /** How long the pointer must rest on a target before it opens. */
  openDelayMs: () => number;
  /** How long the card survives the pointer leaving, so it can travel from the mark to the card. */
  closeDelayMs: number;
  onOpen: (target: T) => void;
  onClose: () => void;
  timers: Timers;
}

/**
 * Hover intent: a target opens only after the pointer rests on it, and closes only after the
 * pointer has left both the target and the card for a moment. Passing over marks on the way
 * elsewhere opens nothing.
 */
export class HoverIntent<T> {
  private pending: { target: T; timer: number } | undefined;
  private closing: number | undefined;
  private opened: T | undefined;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  get current(): T | undefined {
    return this.opened;
  }

  /** The pointer is over `target` (a mark), over the card, or over neither. */
  pointerAt(where: { target: T } | 'card' | 'elsewhere', same: (a: T, b: T) => boolean = Object.is): void {
    if (where === 'card') {
      this.cancelPending();
      this.cancelClosing();
      return;
    }
    if (where === 'elsewhere') {
      this.cancelPending();
      if (this.opened !== undefined && this.closing === undefined) {
        this.closing = this.options.timers.set(() => this.close(), this.options.closeDelayMs);
      }
      return;
    }
    const { target } = where;
    if (this.opened !== undefined && same(this.opened, target)) {
      this.cancelPending();
      this.cancelClosing();
      return;
    }
    if (this.pending && same(this.pending.target, target)) return;
    this.cancelPending();
    const timer = this.options.timers.set(() => {
      this.pending = undefined;
      this.open(target);
    }, this.options.openDelayMs());
    this.pending = { target, timer };
  }

  /** Opens at once (keyboard shortcut, right-click lookup). */
  open(target: T): void {
    this.cancelPending();
    this.cancelClosing();
    this.opened = target;
    this.options.onOpen(target);
  }

  close(): void {
    this.cancelPending();
    this.cancelClosing();
    if (this.opened === undefined) return;
    this.opened = undefined;
    this.options.onClose();
  }

  private cancelPending(): void {
    if (this.pending) this.options.timers.clear(this.pending.timer);
    this.pending = undefined;
  }

  private cancelClosing(): void {
    if (this.closing !== undefined) this.options.timers.clear(this.closing);
    this.closing = undefined;
  }
}
