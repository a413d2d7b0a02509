import { detectionKinds, type Detection, type DetectionKind } from '../types';

export interface Tally {
  truePositives: number;
  found: number;
  labeled: number;
}

export type Scores = Record<DetectionKind, Tally>;

export function emptyScores(): Scores {
  const empty = (): Tally => ({ truePositives: 0, found: 0, labeled: 0 });
  return { phone: empty(), email: empty(), twitter: empty() };
}

/**
 * Adds one text's detections to `scores`. A detection is right when it overlaps a label of its kind
 * with the same lookup value; each label counts once. Emails and handles compare without case, as
 * mail servers and Twitter/X do, so a detector is not marked down for how it cases the value.
 */
export function tally(scores: Scores, labels: readonly Detection[], detections: readonly Detection[]): void {
  const unmatched = [...labels];
  for (const detection of detections) {
    const score = scores[detection.kind];
    score.found++;
    const index = unmatched.findIndex((label) => matches(label, detection));
    if (index === -1) continue;
    unmatched.splice(index, 1);
    score.truePositives++;
  }
  for (const label of labels) scores[label.kind].labeled++;
}

function matches(label: Detection, detection: Detection): boolean {
  if (label.kind !== detection.kind || label.start >= detection.end || detection.start >= label.end) return false;
  if (label.kind === 'phone') return label.value === detection.value;
  return label.value.toLowerCase() === detection.value.toLowerCase();
}

export function precision({ truePositives, found }: Tally): number {
  return found === 0 ? 1 : truePositives / found;
}

export function recall({ truePositives, labeled }: Tally): number {
  return labeled === 0 ? 1 : truePositives / labeled;
}

/** A table of precision and recall per kind, one row per detector. */
export function formatScores(rows: Readonly<Record<string, Scores>>): string {
  const lines = ['detector   kind     precision  recall   found  labeled'];
  for (const [name, scores] of Object.entries(rows)) {
    for (const kind of detectionKinds) {
      const tallied = scores[kind];
      const cells = [
        name.padEnd(10),
        kind.padEnd(8),
        precision(tallied).toFixed(3).padStart(9),
        recall(tallied).toFixed(3).padStart(7),
        String(tallied.found).padStart(6),
        String(tallied.labeled).padStart(8),
      ];
      lines.push(cells.join(' '));
    }
  }
  return lines.join('\n');
}
