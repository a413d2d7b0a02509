/**
 * Property-based tests of detect() over random, realistic and hostile text: the guarantees every
 * caller relies on (offsets, order, value formats, no state between calls, no dependence on
 * surrounding whitespace) and a bound on the time hostile input can cost, relative to page text.
 */
import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/corpus';
import { writtenPhone } from './corpus/phone-numbers';
import { Random } from './corpus/random';
import { detect, mayHoldDetection, type Detection, type DetectionKind } from './index';

interface Input {
  readonly text: string;
  readonly defaultCountry: string | undefined;
}

// Property runs per arbitrary and test: 7 arbitraries × 3 tests stay near 10 s on 2 cores. A deeper
// hunt (FUZZ_RUNS=20000, about a minute) is how the "known defects" below were found.
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const COUNTRIES: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'JP', 'IN', 'BR'];

/** E.164: 7 to 15 digits. */
const E164 = /^\+[1-9]\d{6,14}$/;

const VALUE_FORMATS: Readonly<Record<DetectionKind, RegExp>> = {
  phone: E164,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/u,
  twitter: /^[A-Za-z0-9_]{1,15}$/,
};

// --- Realistic fragments, glued with noise ---

const digitGroups = fc
  .tuple(
    fc.constantFrom('', '+', '00', '(', '+1 ', 'tel:', '#'),
    fc.array(
      fc.tuple(fc.constantFrom('', ' ', '-', '.', '/', ') ', ' - ', '\u00A0', '  ', '–', '('), fc.stringMatching(/^\d{1,5}$/)),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  )
  .map(([prefix, groups]) => prefix + groups.map(([separator, digits]) => separator + digits).join(''));
// International when asked, so that it is found whatever the default country.
const realPhone = fc
  .tuple(fc.constantFrom(...COUNTRIES), fc.integer(), fc.boolean())
  .map(
    ([country, seed, international]) =>
      writtenPhone(new Random(seed), country, international ? 'international' : undefined).written,
  );
const email = fc.tuple(fc.constantFrom('', 'mailto:'), fc.emailAddress()).map(([scheme, address]) => scheme + address);
const handle = fc.stringMatching(/^@[A-Za-z0-9_]{1,17}$/);
const profile = fc
  .tuple(
    fc.constantFrom('https://x.com/', 'twitter.com/', 'www.x.com/@', 'http://mobile.twitter.com/'),
    fc.stringMatching(/^[A-Za-z0-9_]{1,16}$/),
  )
  .map(([host, name]) => host + name);
const date = fc
  .tuple(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.nat(3))
  .map(([day, style]) => {
    const [iso = '', time = ''] = day.toISOString().split('T');
    const [year = '', month = '', dayOfMonth = ''] = iso.split('-');
    return [iso, `${dayOfMonth}.${month}.${year}`, `${month}/${dayOfMonth}/${year}`, `${iso} ${time.slice(0, 5)}`][style] ?? iso;
  });
const price = fc
  .tuple(
    fc.constantFrom('$', '€', '£ ', 'USD ', 'R$ ', ''),
    fc.nat(99_999_999),
    fc.constantFrom('en-US', 'de-DE', 'en-IN'),
    fc.constantFrom('', ' EUR', ' kg', '%'),
  )
  .map(([currency, cents, locale, unit]) => currency + (cents / 100).toLocaleString(locale, { minimumFractionDigits: 2 }) + unit);
const noise = fc.oneof(
  fc.constantFrom(' ', ', ', '. ', '\n', '\t', ' | ', '(', ')', ': ', '/', '-', '@', '#'),
  fc.constantFrom(
    'Call',
    'Tel.',
    'Fax:',
    'Order #',
    'ext. 12',
    'x',
    'Kundennr.',
    '電話',
    'www.',
    'https://',
    'v10.0.',
    'IBAN DE',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const fragment = fc.oneof(
  digitGroups,
  { arbitrary: realPhone, weight: 3 },
  email,
  handle,
  profile,
  fc.webUrl(),
  date,
  price,
  noise,
);
// Mostly what separates contacts on a page; sometimes nothing, gluing fragments into one token.
const glue = fc.oneof(
  { arbitrary: fc.constantFrom(' ', ' · ', ', ', '\n', '\t', ' | ', ': '), weight: 4 },
  fc.constant(''),
  noise,
);
const realistic = fc.array(fc.tuple(fragment, glue), { maxLength: 12 }).map((pairs) => pairs.flat().join(''));

// --- Pathological families: a short pattern from a hostile vocabulary, repeated to any length ---

const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'long digit runs': ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '+', ' '],
  'thousands of @': ['@', '@', '@', '@@', '＠', 'a', 'a.b', '.', ' ', '_', 'x.com/', 'mailto:'],
  'repeated separators': ['-', '.', '-.', '(', '(((((', ')', ' ', '/', '+', '1', '12', '\u00A0', '－', '（', ' - ', 'x'],
  'mixed scripts': [
    '\u200F',
    '\u200E',
    '\u061C',
    '\u202E',
    'مرحبا',
    '٠١٢٣٤٥٦٧٨٩',
    'שלום',
    '電話',
    '０３－１２３４',
    '５６７８',
    '＠',
    '＋',
    'ไทย',
    '१२३',
    '1',
    ' ',
    '\u0301',
  ],
  'lone surrogates': ['\uD83D', '\uDE00', '\uD800', '\uDFFF', '😀', '1', '12', '@', 'a', '.', ' ', '+'],
};

/** A pattern of 1–32 pieces from `vocabulary`, repeated and cut to exactly `length` UTF-16 units (maybe mid-pair). */
function repeated(vocabulary: readonly string[], length: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 32 }).map((pieces) => {
    const pattern = pieces.join('');
    return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  });
}

const texts: readonly (readonly [string, fc.Arbitrary<string>])[] = [
  [
    'full unicode',
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300, size: 'large' }),
      fc.string({ unit: 'grapheme', maxLength: 150, size: 'large' }),
    ),
  ],
  ['realistic fragments glued with noise', realistic],
  ...Object.entries(FAMILIES).map(
    ([name, vocabulary]) => [name, fc.nat(2_000).chain((length) => repeated(vocabulary, length))] as const,
  ),
];

const inputOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Input> =>
  fc.record({ text, defaultCountry: fc.constantFrom<string | undefined>(...COUNTRIES, undefined) });

function expectWellFormed(text: string, detections: readonly Detection[]): void {
  let previousEnd = 0;
  for (const { kind, start, end, value } of detections) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(value).toMatch(VALUE_FORMATS[kind]);
    previousEnd = end;
  }
}

describe.each(texts)('detect() on %s', (_, text) => {
  const input = inputOf(text);

  it('returns in-bounds, sorted, disjoint detections with well-formed values', () => {
    fc.assert(
      fc.property(input, ({ text, defaultCountry }) => {
        expectWellFormed(text, detect(text, { defaultCountry }));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('finds nothing in text that mayHoldDetection passes over', () => {
    fc.assert(
      fc.property(input, ({ text, defaultCountry }) => {
        if (!mayHoldDetection(text)) expect(detect(text, { defaultCountry })).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns the same again, whatever it was called on in between', () => {
    fc.assert(
      fc.property(input, input, (first, other) => {
        const once = detect(first.text, { defaultCountry: first.defaultCountry });
        detect(other.text, { defaultCountry: other.defaultCountry });
        expect(detect(first.text, { defaultCountry: first.defaultCountry })).toEqual(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('finds the same, shifted, with whitespace around the text', () => {
    const whitespace = fc.string({
      unit: fc.constantFrom(' ', '\n', '\t', '\r', '\u00A0', '\u3000'),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(input, whitespace, whitespace, ({ text, defaultCountry }, before, after) => {
        const shifted = detect(text, { defaultCountry }).map((d) => ({
          ...d,
          start: d.start + before.length,
          end: d.end + before.length,
        }));
        expect(detect(before + text + after, { defaultCountry })).toEqual(shifted);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('detect() time on 100 KB of hostile text', () => {
  const SIZE = 100_000;
  const SAMPLES = 8;
  // The worst family measured 2.1× over many runs; 10× leaves room for a busy machine, while a
  // quadratic path on 100 KB is thousands of times slower.
  const MOST_TIMES_TYPICAL = 10;

  /** Fastest of three runs: the other two absorb JIT warm-up and the odd GC or busy neighbour. */
  function fastestMs(text: string): number {
    let fastest = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      detect(text, { defaultCountry: 'US' });
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  }

  it(`takes at most ${String(MOST_TIMES_TYPICAL)}× as long as page text for any family`, { timeout: 120_000 }, () => {
    const pages = generateCorpus(400, 5).map((document) => document.text);
    const typicalMs = fastestMs(pages.join('\n').slice(0, SIZE));
    const multiples = Object.entries(FAMILIES).map(([family, vocabulary]) => {
      const inputs = fc.sample(repeated(vocabulary, SIZE), { seed: 42, numRuns: SAMPLES });
      return { family, times: Math.max(...inputs.map(fastestMs)) / typicalMs };
    });
    console.log(
      `detect() on ${String(SIZE / 1000)} KB: typical page text ${typicalMs.toFixed(1)} ms; worst of ${String(SAMPLES)} per family, ` +
        `as a multiple of that:\n${multiples.map(({ family, times }) => `  ${family.padEnd(20)} ${times.toFixed(2)}×`).join('\n')}`,
    );
    for (const { times } of multiples) expect(times).toBeLessThan(MOST_TIMES_TYPICAL);
  });
});

// Defects the properties above found (with FUZZ_RUNS=20000), kept as regression cases.
describe('defects fuzzing found', () => {
  // libphonenumber's "min" metadata checks lengths per country only (Germany's go to 15 national
  // digits, Austria's start at 4), and toE164() passes on what it accepts: 16- and 17-digit values
  // come back, and 6-digit ones where an "00" call prefix or a "(0)" trunk made up the 7 digits
  // FEWEST_DIGITS asks for.
  it.each([
    ['+49 89 0214566 00000', 'US'],
    ['089 0214566 00000', 'DE'],
    ['０３－１２３４０３－１２３４０３－１', 'DE'],
    ['+49 30 1234567890123', undefined],
    ['00431000', 'US'],
    ['+43 (0) 1000', undefined],
  ])('phone value of %s (default country %s) is E.164', (text, defaultCountry) => {
    for (const { value } of detect(text, { defaultCountry })) expect(value).toMatch(E164);
  });

  // The email detector moves a match's start back over "mailto:", into the match before it.
  it('emails around a glued "mailto:" do not overlap', () => {
    const text = 'mailto:_@a.bmailto:_@c.de';
    expectWellFormed(text, detect(text));
  });
});
