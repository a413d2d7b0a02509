// Scripts written without spaces put labels right against numbers ("電話03-1234-5678"), so their
// letters do not glue a number into a word the way Latin letters do ("v10", "GB123456789").
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACELESS_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;
/** Right before digits, these make them part of a query, email, hashtag, price or identifier. */
const TIED_BEFORE = '\\@#=&?$€£¥₹₩₽%_';
/** Right after digits, these make them an email's local part, a percentage or an angle. */
const TIED_AFTER = '\\@%‰°_';
/** These join digits to a word on their far side ("ref-3172222222", "example.com/3172222222", "2024-01-15T10"). */
const JOINERS = '-./';
/** After digits: a decimal comma with cents ("3.172.222,22") or a time ("2024-01-15 10:30"). */
const CONTINUED_NUMBER = /^(?:,\d{1,2}(?!\d)|:\d)/;
const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽]|\b(?:R\$|USD|EUR|GBP|CHF|INR|BRL|MXN|ZAR|AUD|CAD|JPY|Rs\.?|kr))\s?$/u;
// Multi-letter units only: a lone "m" or "s" after a number is as likely a label ("T 020 … M 07…").
// Units glued to digits ("5kg") are caught as part of a word anyway.
const UNITS = [
  'kg',
  'mg',
  'lbs?',
  'oz',
  'km',
  'cm',
  'mm',
  'mi',
  'ft',
  'ha',
  'ml',
  'gal',
  'mph',
  'hrs?',
  'hours?',
  'mins?',
  'minutes?',
  'secs?',
  'seconds?',
  'ms',
  'px',
  'pt',
  'dpi',
  'kb',
  'mb',
  'gb',
  'tb',
  'bytes?',
  'kbps',
  'mbps',
  'gbps',
  'hz',
  'khz',
  'mhz',
  'ghz',
  'mah',
  'kwh',
  'kw',
  'tonnes?',
  'litres?',
  'liters?',
  'metres?',
  'meters?',
  'miles',
  'eur',
  'usd',
  'gbp',
  'chf',
  'jpy',
  'inr',
  'brl',
  'mxn',
  'zar',
  'aud',
  'cad',
  'euros?',
  'dollars?',
  'pounds?',
  'rupees?',
  'reais',
  'pesos?',
  'rand',
  'yen',
];
const UNIT_AFTER = new RegExp(`^\\s?(?:[%‰°$€£¥₹]|(?:${UNITS.join('|')})(?![\\p{L}\\p{N}:]))`, 'iu');

/**
 * Whether the characters touching [start, end) make it part of a larger token: a word or code
 * ("v10.0.19045", "1Z999AA10123456784"), a path or query, a decimal ("1.234,56"), a timestamp
 * ("2024-01-15T10:30"). Punctuation alone does not tie, so "317-222-2222." ends a sentence and
 * "Jane,3172222222,1024" is a CSV row.
 */
export function isTiedToNeighbours(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return (
    isWordChar(before) ||
    isOneOf(before, TIED_BEFORE) ||
    (isOneOf(before, JOINERS) && isLetter(text.charAt(start - 2))) ||
    isWordChar(after) ||
    isOneOf(after, TIED_AFTER) ||
    (isOneOf(after, JOINERS) && isLetter(text.charAt(end + 1))) ||
    CONTINUED_NUMBER.test(text.slice(end, end + 4))
  );
}

/** Whether a currency comes right before or a unit right after: a price or a measurement, not a number to call. */
export function isQuantity(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || UNIT_AFTER.test(text.slice(end, end + 12));
}

function isWordChar(char: string): boolean {
  return char !== '' && WORD_CHAR.test(char) && !SPACELESS_SCRIPT.test(char);
}

function isLetter(char: string): boolean {
  return isWordChar(char) && !(char >= '0' && char <= '9');
}

function isOneOf(char: string, set: string): boolean {
  return char !== '' && set.includes(char);
}
