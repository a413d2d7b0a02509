import parsePhoneNumber from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus/corpus';
import { naiveDetect } from './corpus/naive-baseline';
import { emptyScores, formatScores, precision, recall, tally, type Tally } from './corpus/score';
import { detect, detectionKinds } from './index';

const corpus = generateCorpus(1500);
const ours = emptyScores();
const naive = emptyScores();
for (const { text, country, labels } of corpus) {
  tally(ours, labels, detect(text, { defaultCountry: country }));
  tally(naive, labels, naiveDetect(text, country));
}
console.log(`Accuracy on ${String(corpus.length)} generated pages:\n${formatScores({ detect: ours, naive })}`);

function f1(tallied: Tally): number {
  const [p, r] = [precision(tallied), recall(tallied)];
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

describe('the labeled corpus', () => {
  it('labels every kind in every country and template', () => {
    for (const kind of detectionKinds) expect(ours[kind].labeled).toBeGreaterThan(300);
    expect(new Set(corpus.map((doc) => doc.country)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((doc) => doc.template)).size).toBeGreaterThanOrEqual(10);
  });

  it('labels only numbers that full metadata validates, at the offsets of their text', () => {
    for (const { text, labels } of corpus) {
      for (const label of labels) {
        expect(text.slice(label.start, label.end)).not.toBe('');
        if (label.kind === 'phone') expect(parsePhoneNumber(label.value)?.isValid(), label.value).toBe(true);
      }
    }
  });
});

describe.each(detectionKinds)('%s detection', (kind) => {
  it('reaches 0.97 precision and recall', () => {
    expect(precision(ours[kind])).toBeGreaterThanOrEqual(0.97);
    expect(recall(ours[kind])).toBeGreaterThanOrEqual(0.97);
  });

  it('is at least as precise and complete as the naive baseline, and clearly better overall', () => {
    expect(precision(ours[kind])).toBeGreaterThanOrEqual(precision(naive[kind]));
    expect(recall(ours[kind])).toBeGreaterThanOrEqual(recall(naive[kind]));
    expect(f1(ours[kind]) - f1(naive[kind])).toBeGreaterThanOrEqual(0.05);
  });
});
