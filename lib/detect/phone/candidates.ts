/** A stretch of text that may hold one written phone number. */
export interface PhoneCandidate {
  /** At a "+" or "(" written right before the first digit, else at the first digit. */
  readonly start: number;
  /** Just past the last digit. */
  readonly end: number;
  /** The digit groups in reading order, in ASCII ("+1 (317) 222-2222" → 1, 317, 222, 2222). */
  readonly groups: readonly string[];
  /** `separators[i]` is the text between `groups[i]` and `groups[i + 1]`. */
  readonly separators: readonly string[];
  /** Written with a leading "+". */
  readonly international: boolean;
}

/**
 * Shorter digit runs, counting a written trunk prefix or country code, are not numbers an agent
 * looks up, and ordinary text is full of them; they are not worth parsing.
 */
export const FEWEST_DIGITS = 7;

// Digits with the punctuation people put between digit groups, in ASCII and in the full-width forms
// Japanese text uses ("０３－１２３４－５６７８"). En and em dashes are left out on purpose:
// typography uses them for ranges ("2019–2023"), never inside a number. The class has no
// alternation or nested quantifier, so matching is one linear pass however long the run.
const RUN = /[(（]?[+＋]?[\d０-９][\d０-９ ()./\-\u00A0\u2009\u202F\u2010-\u2012\u3000（）－]*/g;
/** Full-width digits sit this far above their ASCII forms. */
const FULL_WIDTH_OFFSET = 0xfee0;
const WIDE_GAP = /\s\s/;
const PLUS = /[+＋]/;
const OPENING_PARENTHESIS = /[(（]/;
const CLOSING_PARENTHESIS = /[)）]/;
const SOFT_GAP = /\/|\s-|-\s/;

interface Group {
  readonly start: number;
  readonly end: number;
}

interface Piece {
  readonly groups: Group[];
  digits: number;
}

/** Every run of digits and phone punctuation in `text`, cut into the pieces that could each be one number. */
export function phoneCandidates(text: string): PhoneCandidate[] {
  const candidates: PhoneCandidate[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    if (countDigits(run[0]) < FEWEST_DIGITS) continue;
    for (const piece of splitRun(text, run.index, digitGroups(run[0], run.index))) {
      if (piece.digits >= FEWEST_DIGITS) candidates.push(toCandidate(text, piece.groups));
    }
  }
  return candidates;
}

function countDigits(run: string): number {
  let digits = 0;
  for (let i = 0; i < run.length; i++) if (isDigit(run.charCodeAt(i))) digits++;
  return digits;
}

function digitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let start = -1;
  for (let i = 0; i <= run.length; i++) {
    const digit = i < run.length && isDigit(run.charCodeAt(i));
    if (digit && start === -1) start = i;
    if (!digit && start !== -1) {
      groups.push({ start: offset + start, end: offset + i });
      start = -1;
    }
  }
  return groups;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function toAscii(digits: string): string {
  return digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/**
 * Splits a run where it holds more than one number. A gap of two or more spaces (table columns)
 * or a ")" that closes nothing ("see p. 12) 317…") always splits. A slash or spaced dash splits
 * too, unless the part before it is too short to be a number: then it is an area code
 * ("030/901820", "0800 - 123 456"). A short part after it is something else ("10.0.0.0/8").
 */
function splitRun(text: string, runStart: number, groups: readonly Group[]): Piece[] {
  const pieces: Piece[] = [];
  let piece: Piece = { groups: [], digits: 0 };
  let depth = countParentheses(text.slice(runStart, groups[0]?.start));
  let previous: Group | undefined;
  for (const group of groups) {
    const gap = previous === undefined ? '' : text.slice(previous.end, group.start);
    depth += countParentheses(gap);
    if (depth < 0 || WIDE_GAP.test(gap) || (SOFT_GAP.test(gap) && piece.digits >= FEWEST_DIGITS)) {
      pieces.push(piece);
      piece = { groups: [], digits: 0 };
      depth = Math.max(depth, 0);
    }
    piece.groups.push(group);
    piece.digits += group.end - group.start;
    previous = group;
  }
  pieces.push(piece);
  return pieces;
}

function countParentheses(gap: string): number {
  let depth = 0;
  for (const char of gap) {
    if (char === '(' || char === '（') depth++;
    else if (char === ')' || char === '）') depth--;
  }
  return depth;
}

function toCandidate(text: string, groups: readonly Group[]): PhoneCandidate {
  const first = groups[0];
  const last = groups.at(-1);
  const separators = groups.slice(1).map((group, index) => text.slice(groups[index]?.end, group.start));
  let start = first?.start ?? 0;
  if (PLUS.test(text.charAt(start - 1))) start--;
  // "(317) 222-2222" opens with its area code; in "(317-222-2222)" the parentheses enclose the number.
  const closesParenthesis = separators.some((separator) => CLOSING_PARENTHESIS.test(separator));
  if (closesParenthesis && OPENING_PARENTHESIS.test(text.charAt(start - 1))) start--;
  return {
    start,
    end: last?.end ?? start,
    groups: groups.map((group) => toAscii(text.slice(group.start, group.end))),
    separators,
    international: PLUS.test(text.slice(start, first?.start)),
  };
}
