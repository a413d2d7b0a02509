export type DetectionKind = 'phone' | 'email' | 'twitter';

/** Every kind, for settings screens and for building `DetectOptions.kinds`. */
export const detectionKinds: readonly DetectionKind[] = ['phone', 'email', 'twitter'];

export interface Detection {
  kind: DetectionKind;
  /** UTF-16 offset of the first character of the match. */
  start: number;
  /** UTF-16 offset just past the match. */
  end: number;
  /** What to look the match up by: E.164 for phones, the address for emails, the screen name without "@" for Twitter/X. */
  value: string;
}

export interface DetectOptions {
  /**
   * ISO 3166-1 alpha-2 country whose national formats phone numbers may be written in, e.g. "US" for
   * "(317) 222-2222". Without it, or with a code libphonenumber does not know, only international
   * formats ("+44 20 7946 0958", "0049 30 901820") are found.
   * @default undefined
   */
  defaultCountry?: string;
  /**
   * Kinds to look for. Detectors of other kinds do not run, so disabled kinds cost nothing.
   * @default every kind
   */
  kinds?: ReadonlySet<DetectionKind>;
}
