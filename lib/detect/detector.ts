import type { CountryCode } from 'libphonenumber-js/core';
import type { Detection, DetectionKind } from './types';

export interface DetectContext {
  /** Country for phone numbers written in national format; undefined when only international formats count. */
  readonly defaultCountry: CountryCode | undefined;
}

/** One way of recognising one kind of contact in text. Detectors are listed, in precedence order, in `detectors.ts`. */
export interface Detector {
  /** Names the detector's file in `detectors/` and its fixtures (`detectors/<name>.fixtures.ts`). */
  readonly name: string;
  readonly kind: DetectionKind;
  /**
   * Whether a match may lie inside a URL. Only detectors whose matches are URLs themselves (profile
   * links) set this; anything else inside a URL is part of that URL ("https://medium.com/@user").
   */
  readonly matchesInUrls: boolean;
  /** Matches in `text`, sorted by start and not overlapping one another. */
  find(text: string, context: DetectContext): Detection[];
}
