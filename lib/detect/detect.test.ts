import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/corpus';
import { detect, detectionKinds, type Detection, type DetectionKind } from './index';

/** `[kind, matched text, value]` for each detection, in order. */
function found(text: string, defaultCountry?: string): (readonly [DetectionKind, string, string])[] {
  return detect(text, { defaultCountry }).map((d) => [d.kind, text.slice(d.start, d.end), d.value] as const);
}

function expectWellFormed(text: string, detections: readonly Detection[]): void {
  let previousEnd = 0;
  for (const { start, end } of detections) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    previousEnd = end;
  }
}

describe('overlapping matches', () => {
  it.each([
    ['an email over the handle inside it', 'jane@example.com', [['email', 'jane@example.com', 'jane@example.com']]],
    ['an email over the phone inside it', '3172222222@vtext.com', [['email', '3172222222@vtext.com', '3172222222@vtext.com']]],
    ['a profile link over its URL', 'https://twitter.com/jack?s=20', [['twitter', 'https://twitter.com/jack', 'jack']]],
    ['a URL over a phone in its path', 'https://example.com/call/3172222222 now', []],
    ['a URL over a phone in its query', 'www.example.com/?tel=3172222222', []],
    ['a URL over a handle in its path', 'https://medium.com/@user', []],
    ['a URL over an email in its query', 'https://example.com/unsubscribe?u=jane@example.com', []],
    ['a URL over the host after its userinfo', 'https://user:pass@example.com', []],
    ['nothing over a mailto: link', 'mailto:jane@example.com', [['email', 'mailto:jane@example.com', 'jane@example.com']]],
    ['nothing over a tel: link', 'tel:+13172222222', [['phone', 'tel:+13172222222', '+13172222222']]],
  ] as const)('keeps %s', (_, text, expected) => {
    expect(found(text, 'US')).toEqual(expected);
  });

  it('returns every kind from one text, sorted by start', () => {
    const text =
      'Jane Doe · +1 (317) 222-2222 · jane@example.com · @janedoe · x.com/janedoe_help · https://example.com/3172222222';
    expect(found(text, 'US')).toEqual([
      ['phone', '+1 (317) 222-2222', '+13172222222'],
      ['email', 'jane@example.com', 'jane@example.com'],
      ['twitter', '@janedoe', 'janedoe'],
      ['twitter', 'x.com/janedoe_help', 'janedoe_help'],
    ]);
  });
});

describe('options', () => {
  const text = 'Call (317) 222-2222, mail jane@example.com, follow @jane or twitter.com/jane_help';

  it.each([
    [new Set<DetectionKind>(['phone'])],
    [new Set<DetectionKind>(['email'])],
    [new Set<DetectionKind>(['twitter'])],
    [new Set<DetectionKind>(['phone', 'twitter'])],
    [new Set<DetectionKind>()],
  ])('with kinds %o returns just what detect() finds of those kinds', (kinds) => {
    const all = detect(text, { defaultCountry: 'US' });
    expect(detect(text, { defaultCountry: 'US', kinds })).toEqual(all.filter((d) => kinds.has(d.kind)));
  });

  it('finds the same of a kind alone as among all kinds, on every generated page', () => {
    for (const { text, country } of generateCorpus(150, 99)) {
      const all = detect(text, { defaultCountry: country });
      for (const kind of detectionKinds) {
        expect(detect(text, { defaultCountry: country, kinds: new Set([kind]) })).toEqual(all.filter((d) => d.kind === kind));
      }
    }
  });

  it.each([['us'], ['Us']])('reads the default country %s in any case', (defaultCountry) => {
    expect(found('(317) 222-2222', defaultCountry)).toEqual([['phone', '(317) 222-2222', '+13172222222']]);
  });

  it.each([['ZZ'], [''], ['USA']])('treats an unknown default country %j as none', (defaultCountry) => {
    expect(found('(317) 222-2222 or +44 20 7946 0958', defaultCountry)).toEqual([['phone', '+44 20 7946 0958', '+442079460958']]);
  });

  it('works without options', () => {
    expect(detect('+44 20 7946 0958')).toEqual([{ kind: 'phone', start: 0, end: 16, value: '+442079460958' }]);
  });
});

describe('offsets', () => {
  it.each([
    ['emoji', '😀😀 Call +44 20 7946 0958', '+44 20 7946 0958'],
    ['a lone high surrogate', '\uD83D +44 20 7946 0958', '+44 20 7946 0958'],
    ['a lone low surrogate', '\uDE00 jane@example.com', 'jane@example.com'],
    ['a surrogate pair glued on', '😀jane@example.com', 'jane@example.com'],
    ['a mathematical letter', '𝒜 @jack', '@jack'],
    ['a flag and a family emoji', '🇩🇪👨‍👩‍👧 Tel. 030 901820', '030 901820'],
    ['combining marks', 'Café\u0301 x.com/jack', 'x.com/jack'],
  ])('count UTF-16 code units past %s', (_, text, matched) => {
    const [detection] = detect(text, { defaultCountry: 'DE' });
    expect(detection?.start).toBe(text.indexOf(matched));
    expect(detection && text.slice(detection.start, detection.end)).toBe(matched);
  });

  it('slices exactly the matched text for every match in a long mixed text', () => {
    const text = [
      'Kontakt: Tel. +49 (0)30 901820-0, Fax 030/901821, E-Mail: info@beispiel.de',
      'UK: +44 20 7946 0958 ext. 12 · US: tel:+1-317-222-2222 · mailto:help@example.com?subject=Hi',
      'Social: @acme_de, https://x.com/acme_de/ and 🚀 @acme',
    ].join('\n');
    const detections = detect(text, { defaultCountry: 'DE' });
    expectWellFormed(text, detections);
    expect(detections.map((d) => text.slice(d.start, d.end))).toEqual([
      '+49 (0)30 901820-0',
      '030/901821',
      'info@beispiel.de',
      '+44 20 7946 0958 ext. 12',
      'tel:+1-317-222-2222',
      'mailto:help@example.com?subject=Hi',
      '@acme_de',
      'https://x.com/acme_de',
      '@acme',
    ]);
  });
});

describe('pathological input', () => {
  const size = 100_000;
  let seed = 7;
  const randomFrom = (alphabet: string): string =>
    Array.from({ length: size }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return alphabet.charAt(seed % alphabet.length);
    }).join('');

  it.each([
    ['one long digit run', '1'.repeat(size)],
    ['spaced digits', '1 '.repeat(size / 2)],
    ['a separator run', `1${'- '.repeat(size / 2)}1`],
    ['parentheses', '(1'.repeat(size / 2)],
    ['dates back to back', '2024-01-15 '.repeat(size / 11)],
    ['phones back to back', '+1 (317) 222-2222 '.repeat(size / 18)],
    ['spaces after a number', `317-222-2222${' '.repeat(size)}x`],
    ['spaces after an extension mark', `317-222-2222 ext${' '.repeat(size)}.`],
    ['slashes between digits', '1/'.repeat(size / 2)],
    ['at signs', '@'.repeat(size)],
    ['handle-like runs', '@a'.repeat(size / 2)],
    ['address-like runs', 'a@'.repeat(size / 2)],
    ['a huge local part', `${'a.'.repeat(size / 2)}@example.com`],
    ['a huge domain', `jane@${'a.'.repeat(size / 2)}com`],
    ['emails back to back', 'jane@example.com '.repeat(size / 17)],
    ['scheme separators', '://'.repeat(size / 3)],
    ['a URL of dots', `http://${'.'.repeat(size)}`],
    ['www prefixes', 'www.'.repeat(size / 4)],
    ['profile hosts', 'x.com/'.repeat(size / 6)],
    ['letters', 'a'.repeat(size)],
    ['random phone punctuation', randomFrom('0123456789 +-.()/@')],
    ['random text', randomFrom('ab1@.:/ -x')],
  ])('handles %s', (_, text) => {
    expectWellFormed(text, detect(text, { defaultCountry: 'US' }));
  });
});
