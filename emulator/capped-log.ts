/** The most recent entries, oldest first; capped so a long demo does not grow without bound. */
export class CappedLog<T> {
  private entries: T[] = [];

  constructor(private readonly capacity = 2000) {}

  add(entry: T): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries = this.entries.slice(-this.capacity);
  }

  list(keep: (entry: T) => boolean = () => true): T[] {
    return this.entries.filter(keep);
  }

  clear(): void {
    this.entries = [];
  }
}
