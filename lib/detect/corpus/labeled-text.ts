import type { CountryCode } from 'libphonenumber-js/core';
import type { Detection, DetectionKind } from '../types';

/** A generated page text with every phone number, email address and Twitter/X handle in it labeled. */
export interface LabeledDocument {
  readonly template: string;
  readonly country: CountryCode;
  readonly text: string;
  readonly labels: readonly Detection[];
}

/** Builds a document's text piece by piece, recording where each labeled contact lands. */
export class LabeledText {
  private text = '';
  private readonly labels: Detection[] = [];

  /** Unlabeled text: prose, markup-free table cells, and the look-alikes a detector must ignore. */
  add(...pieces: string[]): this {
    this.text += pieces.join('');
    return this;
  }

  /** Text that is a contact of `kind`, looked up by `value`. */
  contact(kind: DetectionKind, written: string, value: string): this {
    this.labels.push({ kind, start: this.text.length, end: this.text.length + written.length, value });
    this.text += written;
    return this;
  }

  line(...pieces: string[]): this {
    return this.add(...pieces, '\n');
  }

  build(template: string, country: CountryCode): LabeledDocument {
    return { template, country, text: this.text, labels: this.labels };
  }
}
