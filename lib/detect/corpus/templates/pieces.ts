import type { Locale } from '../locales';
import type { Lookalike } from '../lookalikes';
import type { Random } from '../random';

/** `count` sentences of the locale's ordinary prose. */
export function prose(random: Random, locale: Locale, count: number): string {
  const sentence = (): string => random.pick(locale.language.prose).replace(/\{n\}/g, () => String(random.int(2, 30)));
  return Array.from({ length: count }, sentence).join(' ');
}

/** Customer numbers as CRMs show them: short digit runs or prefixed codes, never phone-shaped. */
export function customerNumber(random: Random): string {
  return random.pick([
    random.digits(6),
    `C-${random.digits(6)}`,
    `${random.digits(2)}-${random.digits(5)}`,
    `K${random.digits(7)}`,
  ]);
}

/** One look-alike from a group, chosen at random. */
export function someLookalike(random: Random, group: Readonly<Record<string, Lookalike>>): string {
  return random.pick(Object.values(group))(random);
}
