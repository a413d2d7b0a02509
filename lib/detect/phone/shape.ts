import type { PhoneCandidate } from './candidates';

/**
 * Notations whose digit groups can pass for a phone number's. Each test looks only at the groups and
 * the separators between them, so it holds whatever country the text is from.
 */
const NOTATIONS: readonly ((candidate: PhoneCandidate) => boolean)[] = [
  containsDate,
  isYearRange,
  isIpAddress,
  isVersion,
  isBlockGrouped,
  isCheckDigitCode,
  isUnbrokenLongRun,
];

/** Whether the candidate's digit groups follow a notation other than a phone number's. */
export function hasNonPhoneShape(candidate: PhoneCandidate): boolean {
  return NOTATIONS.some((isNotation) => isNotation(candidate));
}

/** "2024-01-15", "15.01.2024", "01/15/2024", also at either end of a longer run ("2024-01-15 10:30"). */
function containsDate({ groups, separators }: PhoneCandidate): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const separator = separators[i] ?? '';
    if (separator.length !== 1 || !'-./'.includes(separator) || separators[i + 1] !== separator) continue;
    if (isDate(groups[i] ?? '', groups[i + 1] ?? '', groups[i + 2] ?? '')) return true;
  }
  return false;
}

function isDate(first: string, second: string, third: string): boolean {
  const [a, b, c] = [Number(first), Number(second), Number(third)];
  if (first.length === 4 && second.length <= 2 && third.length <= 2) return isYear(a) && isMonth(b) && isDay(c);
  if (third.length !== 4 || first.length > 2 || second.length > 2 || !isYear(c)) return false;
  return (isDay(a) && isMonth(b)) || (isMonth(a) && isDay(b));
}

/** "1999-2004", "1999 / 2004". */
function isYearRange({ groups }: PhoneCandidate): boolean {
  const [from = '', to = ''] = groups;
  if (groups.length !== 2 || from.length !== 4 || to.length !== 4) return false;
  return isYear(Number(from)) && isYear(Number(to)) && Number(to) >= Number(from);
}

/** "192.168.100.254". */
function isIpAddress({ groups, separators }: PhoneCandidate): boolean {
  return groups.length === 4 && separators.every((s) => s === '.') && groups.every((g) => g.length <= 3 && Number(g) <= 255);
}

/** "10.0.19045", "2.4.1.1029": dotted numbers with a one-digit part after the first are versions or sections. */
function isVersion({ groups, separators }: PhoneCandidate): boolean {
  return groups.length >= 3 && separators.every((s) => s === '.') && groups.slice(1).some((g) => g.length === 1);
}

/** "4111 1111 1111 1111", "3704 0044 0532 0130 00": cards, IBANs and account numbers print in blocks of four. */
function isBlockGrouped({ groups }: PhoneCandidate): boolean {
  return groups.length >= 4 && groups.slice(0, -1).every((g) => g.length === 4);
}

/** "978-3-16-148410-0", "0-306-40615-2": hyphenated codes ending in a single check digit (ISBN, ISSN, EAN). */
function isCheckDigitCode({ groups, separators, international }: PhoneCandidate): boolean {
  return !international && groups.length >= 4 && groups.at(-1)?.length === 1 && separators.every((s) => s === '-');
}

/** "4111111111111111", "00012345678901": more unbroken digits than a nationally written number has. */
function isUnbrokenLongRun({ groups, international }: PhoneCandidate): boolean {
  return !international && groups.length === 1 && (groups[0]?.length ?? 0) > 12;
}

function isYear(value: number): boolean {
  return value >= 1900 && value <= 2099;
}

function isMonth(value: number): boolean {
  return value >= 1 && value <= 12;
}

function isDay(value: number): boolean {
  return value >= 1 && value <= 31;
}
