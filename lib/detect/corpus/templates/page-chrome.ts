import { LabeledText } from '../labeled-text';
import type { Locale } from '../locales';
import { numericLookalikes } from '../lookalikes';
import { addEmail, addHandle, addPhone, person } from '../people';
import type { Random } from '../random';
import { prose } from './pieces';

const NAVIGATION = [
  'Home',
  'Products',
  'Solutions',
  'Pricing',
  'Blog',
  'About',
  'Careers',
  'Sign in',
  'Search',
  'Menu',
  'Cart',
  'Help',
];
const CONTROLS = [
  'Share',
  'Reply',
  'Like',
  'Save',
  'Read more',
  'Show more',
  'Subscribe',
  'Accept all cookies',
  'Settings',
  'Close',
  'Next',
  'Previous',
];

/**
 * The text around a page's content that makes up most of its text nodes: navigation, buttons,
 * counters, ratings, pagination and the footer, which now and then carries the company's phone,
 * address and social links.
 */
export function pageChrome(random: Random, locale: Locale): LabeledText {
  const company = person(random, locale);
  const text = new LabeledText();
  for (let item = random.int(5, 12); item > 0; item--) text.line(random.pick(NAVIGATION));
  text.line(prose(random, locale, 1));
  for (let card = random.int(3, 8); card > 0; card--) {
    text.line(prose(random, locale, 1));
    text.line(random.pick(CONTROLS));
    text.line(
      random.pick([
        `${String(random.int(1, 999))} comments`,
        `${String(random.int(1, 59))} min read`,
        `★ ${String(random.int(1, 4))}.${String(random.int(0, 9))} (${String(random.int(1, 9))},${random.digits(3)} reviews)`,
        `Page ${String(random.int(1, 9))} of ${String(random.int(10, 40))}`,
        `Posted ${String(random.int(2, 23))} hours ago`,
        locale.date(random),
        locale.money(random),
      ]),
    );
  }
  text.line(`© ${numericLookalikes.yearRange(random)} ${company.company}`);
  if (random.chance(0.3)) addPhone(text.add(`${locale.language.phone}: `), random, locale).line();
  if (random.chance(0.3)) addEmail(text, random, company).line();
  if (random.chance(0.3)) addHandle(text, random, company).line();
  return text.line(random.pick(['Privacy', 'Terms', 'Imprint', 'Cookie settings']));
}
