import type { DetectionKind } from '../detect';
import type { Failure } from '../messaging/result';
import type { ContactSummary } from './contact-summary';

/** A value to look up: what was detected, selected or typed, already normalized by `lib/detect`. */
export interface LookupQuery {
  kind: DetectionKind;
  /** E.164 phone number, email address, or Twitter screen name without "@". */
  value: string;
}

export type LookupOutcome =
  | { status: 'match'; contacts: ContactSummary[] }
  | { status: 'no-match' }
  | { status: 'signed-out' }
  | { status: 'error'; error: Failure };

/** The cache key: one entry per value, however it was written. */
export function lookupKey({ kind, value }: LookupQuery): string {
  const normalized = kind === 'phone' ? value.replace(/[^\d+]/g, '') : value.trim().replace(/^@/, '').toLowerCase();
  return `${kind}:${normalized}`;
}
