import { LabeledText } from '../labeled-text';
import type { Locale } from '../locales';
import { numericLookalikes } from '../lookalikes';
import { addEmail, addPhone, person } from '../people';
import type { Random } from '../random';
import { customerNumber, prose } from './pieces';

/** An invoice: seller header with registration numbers, invoice and customer numbers, line items, bank details. */
export function invoice(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const seller = person(random, locale);
  const text = new LabeledText().line(seller.company).line(locale.address(random));
  addPhone(text.add(`${words.phone}: `), random, locale).add(' · ');
  addEmail(text, random, seller).line();
  for (const id of locale.companyIds) text.line(id(random));
  const invoiceNumber = random.pick([
    random.digits(10),
    `INV-${random.digits(4)}-${random.digits(6)}`,
    `${random.digits(4)}-${random.digits(5)}`,
  ]);
  text.line(`${words.invoice}: ${invoiceNumber}`);
  text.line(`${words.date}: ${locale.date(random)}`).line(`${words.customer}: ${customerNumber(random)}`);
  for (let item = random.int(2, 6); item > 0; item--) {
    const product = random.pick(['Widget', 'Service fee', 'Licence', 'Support plan']);
    text.line(product, '\t', String(random.int(1, 20)), '\t', locale.money(random));
  }
  text.line(`${words.total}: ${locale.money(random)}`).line(`IBAN ${numericLookalikes.iban(random)} · BIC COBADEFFXXX`);
  if (random.chance(0.5)) addPhone(text.add('Questions? '), random, locale).line();
  return text;
}

/** An order confirmation email: order number, items, delivery address and contact phone. */
export function orderConfirmation(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const buyer = person(random, locale);
  const text = new LabeledText().line(prose(random, locale, 1));
  text.line(`${words.order} ${random.pick(['#', '', 'No. '])}${random.digits(random.int(8, 11))}`);
  text.line(`${words.date}: ${locale.date(random)}`);
  const product = random.pick(['Headset', 'Desk lamp', 'USB-C cable 2 m']);
  text.line(random.pick(['1 ×', '2 x', '3x']), ' ', product, ' — ', locale.money(random));
  text.line(buyer.name).line(locale.address(random));
  addPhone(text.add(`${words.phone}: `), random, locale).line();
  addEmail(text.add(`${words.email}: `), random, buyer).line(random.pick(['', '.']));
  text.line(numericLookalikes.orderNumber(random), ' · ', numericLookalikes.percentage(random), ' off');
  const style = random.chance(0.5) ? 'international' : undefined;
  if (random.chance(0.6)) addPhone(text.add(`${words.contactUs}: `), random, locale, style).line();
  return text;
}

/** A shipping notice: carrier tracking numbers, delivery windows, weights, and the courier's phone. */
export function shippingNotice(random: Random, locale: Locale): LabeledText {
  const words = locale.language;
  const text = new LabeledText().line(prose(random, locale, 1));
  const dhlTracking = (r: Random): string => `00${r.digits(18)}`;
  const tracking = random.pick([
    numericLookalikes.upsTracking,
    numericLookalikes.uspsTracking,
    dhlTracking,
    (r: Random) => r.digits(10),
  ]);
  text.line(`${words.tracking}: ${tracking(random)}`);
  text.line(`${locale.date(random)}, ${numericLookalikes.time(random)}–${numericLookalikes.time(random)}`);
  text.line(numericLookalikes.weight(random));
  addPhone(text.add(random.pick(['Courier: ', 'Driver: ', `${words.phone}: `])), random, locale).line();
  if (random.chance(0.3)) text.line(numericLookalikes.referenceNumber(random));
  return text;
}
