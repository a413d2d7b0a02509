import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from a name, so seeded entities keep the same id on every run and
 * tests can import them.
 */
export function stableId(name: string): string {
  const hex = createHash('sha256').update(`screen-pop-emulator:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An ISO date `days` before `now`, at a fixed time of day so listings sort the same way each run. */
export function daysAgo(now: Date, days: number, hour = 10): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() - days);
  date.setUTCHours(hour, (days * 7) % 60, 0, 0);
  return date.toISOString();
}
