/** One table row for a detector: a text and every match of the detector's kind that `detect()` must return for it. */
export interface Fixture {
  readonly text: string;
  /** The default country passed to `detect()`; only phone numbers in national format need one. */
  readonly country: string | undefined;
  /** In order: the text each match covers and its lookup value. */
  readonly expected: readonly (readonly [matched: string, value: string])[];
}

type Row = readonly [text: string, matched: string, value: string];

/** Rows that each hold exactly one match. */
export function finds(country: string | undefined, rows: readonly Row[]): Fixture[] {
  return rows.map(([text, matched, value]) => ({ text, country, expected: [[matched, value]] }));
}

/** A row that holds several matches. */
export function findsAll(country: string | undefined, text: string, expected: Fixture['expected']): Fixture {
  return { text, country, expected };
}

/** Rows that hold no match of the detector's kind. */
export function ignores(country: string | undefined, texts: readonly string[]): Fixture[] {
  return texts.map((text) => ({ text, country, expected: [] }));
}
