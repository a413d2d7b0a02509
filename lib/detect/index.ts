import type { DetectContext } from './detector';
import { detectors } from './detectors';
import { toCountry } from './phone/numbering';
import { resolveOverlaps } from './resolve-overlaps';
import type { Detection, DetectOptions } from './types';
import { urlSpans, type Span } from './url-spans';

export { mayHoldDetection } from './may-hold-detection';
export { detectionKinds, type Detection, type DetectionKind, type DetectOptions } from './types';

/**
 * Phone numbers, email addresses and Twitter/X handles in `text`, sorted by start and never
 * overlapping. Where matches overlap, the detector listed first in `detectors.ts` wins, and only
 * profile links may lie inside a URL: anything else there is part of the URL.
 */
export function detect(text: string, options: DetectOptions = {}): Detection[] {
  const context: DetectContext = { defaultCountry: toCountry(options.defaultCountry) };
  const inUrls: Detection[][] = [];
  const elsewhere: Detection[][] = [];
  for (const detector of detectors) {
    if (options.kinds?.has(detector.kind) === false) continue;
    const found = detector.find(text, context);
    if (found.length > 0) (detector.matchesInUrls ? inUrls : elsewhere).push(found);
  }
  if (inUrls.length + elsewhere.length === 0) return [];
  const urls = elsewhere.length > 0 ? urlSpans(text) : [];
  const kept = resolveOverlaps<Detection | Span>([...inUrls, urls, ...elsewhere]);
  return kept.filter((span): span is Detection => 'kind' in span);
}
