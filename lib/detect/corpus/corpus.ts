import type { LabeledDocument, LabeledText } from './labeled-text';
import { locales, type Locale } from './locales';
import { Random } from './random';
import { invoice, orderConfirmation, shippingNotice } from './templates/commerce-templates';
import { changelog, forumPost, newsPost } from './templates/community-templates';
import { contactPage, crmTable, emailSignature, spreadsheet } from './templates/contact-templates';
import { pageChrome } from './templates/page-chrome';

type Template = (random: Random, locale: Locale) => LabeledText;

// Weights follow what an agent's browser shows: mostly page chrome, articles, threads and business
// mail, with contact-dense CRM screens and spreadsheets a smaller share.
const TEMPLATES: readonly (readonly [Template, number])[] = [
  [pageChrome, 6],
  [newsPost, 4],
  [forumPost, 4],
  [changelog, 1],
  [emailSignature, 3],
  [contactPage, 2],
  [crmTable, 2],
  [spreadsheet, 1],
  [invoice, 2],
  [orderConfirmation, 2],
  [shippingNotice, 2],
];

/** `count` documents from every template and locale, the same for the same seed. */
export function generateCorpus(count: number, seed = 20_240_115): LabeledDocument[] {
  const random = new Random(seed);
  const weighted = TEMPLATES.flatMap(([template, weight]) => Array.from({ length: weight }, () => template));
  return Array.from({ length: count }, (_, index) => {
    const locale = locales[index % locales.length] ?? random.pick(locales);
    const template = random.pick(weighted);
    return template(random, locale).build(template.name, locale.country);
  });
}
