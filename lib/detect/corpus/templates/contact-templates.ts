import { LabeledText } from '../labeled-text';
import type { Locale } from '../locales';
import { atSignLookalikes, numericLookalikes } from '../lookalikes';
import { addEmail, addHandle, addPhone, person } from '../people';
import type { Random } from '../random';
import { customerNumber, prose, someLookalike } from './pieces';

/** A CRM contact list as its table reads when flattened to text: one row per line, cells separated by tabs. */
export function crmTable(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const text = new LabeledText().line(['Name', 'Company', words.phone, words.email, 'X', words.customer, words.date].join('\t'));
  for (let row = random.int(4, 12); row > 0; row--) {
    const contact = person(random, locale);
    text.add(contact.name, '\t', contact.company, '\t');
    addPhone(text, random, locale).add('\t');
    addEmail(text, random, contact).add('\t');
    if (random.chance(0.6)) addHandle(text, random, contact);
    else text.add('—');
    text.line('\t', customerNumber(random), '\t', locale.date(random));
  }
  return text;
}

/** The block under an email, with direct line, mobile, fax, social handle and the legal footer. */
export function emailSignature(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const contact = person(random, locale);
  const role = random.pick(['Account Manager', 'Sales', 'Support Lead', 'CEO']);
  const text = new LabeledText().line(words.regards).line(contact.name).line(role, ' | ', contact.company);
  text.add(random.pick(['T ', `${words.phone}: `, 'Tel. ', 'Direct: ', 'Switchboard: ']));
  addPhone(text, random, locale, random.chance(0.5) ? 'international' : undefined);
  if (random.chance(0.3)) text.add(random.pick([' ext. ', ' x']), String(random.int(10, 999)));
  if (random.chance(0.7)) addPhone(text.add(` | ${words.mobile}: `), random, locale);
  if (random.chance(0.3)) addPhone(text.add(` | ${words.fax}: `), random, locale);
  addEmail(text.line().add(`${words.email}: `), random, contact).line();
  if (random.chance(0.5)) addHandle(text.add(`${words.followUs}: `), random, contact).line();
  text.line(locale.address(random));
  text.line(random.pick(locale.companyIds)(random), ' · ', random.pick(locale.companyIds)(random));
  if (random.chance(0.3)) text.line(atSignLookalikes.retinaAsset(random));
  return text;
}

/** A company's contact page: hours, switchboard, departments, address, registration numbers. */
export function contactPage(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const company = person(random, locale);
  const text = new LabeledText().line(words.contactUs, ' — ', company.company).line(prose(random, locale, 2));
  text.line(`${words.hours}: 9:00–17:30, ${numericLookalikes.time(random)}`);
  addPhone(text.add(`${words.phone}: `), random, locale).line();
  if (random.chance(0.5)) addPhone(text.add('International: '), random, locale, 'international').line();
  if (random.chance(0.4)) addPhone(text.add(`${words.fax}: `), random, locale).line();
  for (let department = random.int(1, 3); department > 0; department--) {
    const contact = person(random, locale);
    text.add(random.pick(['Sales', 'Support', 'Billing', 'Orders', 'Accounts', 'Customer service', 'Press']), ': ');
    if (random.chance(0.5)) addPhone(text, random, locale).add(', ');
    addEmail(text.add(contact.name, ', '), random, contact)
      .add(random.pick(['', '.', ';']))
      .line();
  }
  text.line(locale.address(random)).line(random.pick(locale.companyIds)(random));
  if (random.chance(0.6)) addHandle(text.add(`${words.followUs} `), random, company).line();
  if (random.chance(0.4)) text.line(someLookalike(random, atSignLookalikes));
  return text.line(someLookalike(random, numericLookalikes));
}

/** A spreadsheet export pasted into a page: comma- or semicolon-separated rows with ids, amounts and dates. */
export function spreadsheet(random: Random, locale: Locale): LabeledText {
  const separator = random.pick([',', ';', '\t']);
  const text = new LabeledText().line(['id', 'name', 'phone', 'email', 'amount', 'date'].join(separator));
  for (let row = random.int(5, 15); row > 0; row--) {
    const contact = person(random, locale);
    text.add(String(random.int(1000, 99999)), separator, contact.name, separator);
    addPhone(text, random, locale).add(separator);
    addEmail(text, random, contact).add(separator);
    text.line(String(random.int(1, 9999)), '.', String(random.int(10, 99)), separator, locale.date(random));
  }
  return text;
}
