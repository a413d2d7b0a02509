import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/corpus';
import { mayHoldDetection } from './may-hold-detection';

describe('mayHoldDetection', () => {
  it.each([
    ['an email address', 'write to dana@example.com'],
    ['a full-width at sign', 'ＸＹＺ＠example'],
    ['a handle', 'follow @screenpop'],
    ['a profile link in any case', 'see X.COM/ScreenPop'],
    ['seven digits', 'call 555 0142'],
    ['full-width digits', '０３－１２３４－５６７８'],
  ])('lets through %s', (_, text) => {
    expect(mayHoldDetection(text)).toBe(true);
  });

  it.each([
    ['prose', 'Thanks for your patience while we looked into this.'],
    ['six digits in all', 'Order 123 shipped on day 456'],
    ['a host without a path', 'visit example.com today'],
    ['nothing', ''],
  ])('passes over %s', (_, text) => {
    expect(mayHoldDetection(text)).toBe(false);
  });

  it('lets through every labeled contact of the corpus', () => {
    const contacts = generateCorpus(300, 3).flatMap((document) =>
      document.labels.map((label) => document.text.slice(label.start, label.end)),
    );
    expect(contacts.length).toBeGreaterThan(300);
    expect(contacts.filter((text) => !mayHoldDetection(text))).toEqual([]);
  });
});
