import type { LabeledText } from './labeled-text';
import type { Locale } from './locales';
import { writtenPhone } from './phone-numbers';
import type { Random } from './random';

/** A made-up contact with the ways pages write their email address and handle. */
export interface Person {
  readonly name: string;
  readonly company: string;
  readonly email: string;
  readonly handle: string;
}

export function person(random: Random, locale: Locale): Person {
  const first = random.pick(locale.firstNames);
  const last = random.pick(locale.lastNames);
  const company = random.pick(locale.companies);
  const [f, l] = [ascii(first), ascii(last)];
  const local = random.pick([`${f}.${l}`, `${f.charAt(0)}${l}`, f, `${f}_${l}`, `${l}.${f}`, `${f}.${l}+crm`, `${f}-${l}`]);
  const host = random.pick(['', '', '', 'mail.', 'eu.']);
  const domain = `${host}${ascii(company).replace(/-(?:gmbh|ag|kg|sa|sarl|sl|srl|spa|bv|ltd|ltda|corp|de-cv)$/, '')}.${locale.tld}`;
  const email = `${local}@${domain}`;
  const handle = random.pick([
    `${f}${l}`,
    `${f}_${l}`,
    `${f.charAt(0)}${l}`,
    `${l}${String(random.int(1, 99))}`,
    `${capitalized(f)}${capitalized(l)}`,
  ]);
  return {
    name: `${first} ${last}`,
    company,
    email: random.chance(0.05) ? email.toUpperCase() : email,
    handle: handle.replace(/-/g, '_').slice(0, 15),
  };
}

/** Lower-case ASCII letters, digits and hyphens: how names turn into mailboxes and domains. */
function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).replace(/-/g, '');
}

/** Writes a phone number of the locale's country and labels it. */
export function addPhone(text: LabeledText, random: Random, locale: Locale, style?: 'international'): LabeledText {
  const { written, e164 } = writtenPhone(random, locale.country, style);
  return text.contact('phone', written, e164);
}

/** Writes the person's email address, now and then as a mailto: link, and labels it. */
export function addEmail(text: LabeledText, random: Random, { email }: Person): LabeledText {
  const [local = '', domain = ''] = email.split('@');
  const value = `${local}@${domain.toLowerCase()}`;
  return text.contact('email', random.chance(0.1) ? `mailto:${email}` : email, value);
}

/** Writes the person's handle as a mention or a profile link and labels it. */
export function addHandle(text: LabeledText, random: Random, { handle }: Person): LabeledText {
  const written = random.pick([
    `@${handle}`,
    `@${handle}`,
    `https://twitter.com/${handle}`,
    `https://x.com/${handle}`,
    `x.com/${handle}`,
    `twitter.com/${handle}`,
  ]);
  return text.contact('twitter', written, handle);
}
