import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Random } from './random';

/** A phone number as written on a page, with the E.164 value it must be detected as. */
export interface WrittenPhone {
  readonly written: string;
  readonly e164: string;
}

/**
 * National significant numbers per country, "#" standing for a random digit: area codes and mobile
 * ranges that are in service, so that the full ("max") metadata accepts the result. The generator
 * validates with max metadata, which is stricter than what the detector ships, so every label is a
 * number a real customer could have.
 */
const NUMBER_PATTERNS: Readonly<Partial<Record<CountryCode, readonly string[]>>> = {
  US: [
    '317#######',
    '212#######',
    '415#######',
    '646#######',
    '312#######',
    '713#######',
    '305#######',
    '206#######',
    '800#######',
  ],
  CA: ['416#######', '604#######', '514#######', '403#######', '613#######'],
  GB: [
    '20########',
    '161#######',
    '113#######',
    '121#######',
    '131#######',
    '7911######',
    '7700######',
    '7400######',
    '800#######',
  ],
  DE: [
    '30######',
    '30#######',
    '89#######',
    '40########',
    '221#######',
    '69########',
    '151########',
    '171#######',
    '176########',
  ],
  FR: ['1########', '4########', '6########', '7########', '9########', '3########'],
  ES: ['91#######', '93#######', '6########', '7########', '96#######', '900######'],
  IT: ['06########', '02########', '055#######', '3#########', '011#######'],
  NL: ['20#######', '10#######', '6########', '30#######', '70#######'],
  IE: ['1#######', '21#######', '83#######', '85#######', '87#######', '91#######'],
  AU: ['2########', '3########', '7########', '8########', '4########', '1300######'],
  IN: ['9#########', '8#########', '7#########', '22########', '11########', '80########'],
  JP: ['3########', '6########', '90########', '80########', '45#######', '120######'],
  BR: ['119########', '219########', '11########', '21########', '61########', '31########'],
  MX: ['55########', '33########', '81########', '222#######', '800#######'],
  ZA: ['21#######', '11#######', '82#######', '72#######', '31#######', '83#######'],
};

type Style = (number: PhoneNumber) => string;

const national: Style = (number) => number.formatNational();
const international: Style = (number) => number.formatInternational();
const dashed: Style = (number) => number.formatNational().replace(/[()]/g, '').trim().replace(/\s+/g, '-');
const dotted: Style = (number) =>
  number
    .formatNational()
    .replace(/[()]/g, '')
    .trim()
    .replace(/[\s-]+/g, '.');
const compact: Style = (number) => number.formatNational().replace(/\D/g, '');
const internationalCompact: Style = (number) => number.number;
/** "+49 (0)30 901820": the trunk prefix in parentheses after the country code, common across Europe. */
const trunkInParentheses: Style = (number) => number.formatInternational().replace(' ', ' (0)');
/** "0049 30 901820": the international call prefix most of the world dials. */
const callPrefix: Style = (number) => number.formatInternational().replace('+', '00');
/** "030/901820": German and Austrian area-code slash. */
const areaSlash: Style = (number) => number.formatNational().replace(' ', '/');
/** "(030) 901820", "(02) 9876 5432": area code in parentheses. */
const areaParentheses: Style = (number) => number.formatNational().replace(/^(\d+) /, '($1) ');
const nanpDashed: Style = (number) => `1-${dashed(number)}`;
const nanpInternational: Style = (number) => `+1 ${national(number)}`;
/** "98765 43210": where the trunk prefix is optional, people leave it out. */
const withoutTrunk: Style = (number) => number.format('NATIONAL', { nationalPrefix: false });

/** "０３－１２３４－５６７８": full-width digits and punctuation, common on Japanese pages. */
const fullWidth: Style = (number) =>
  number.formatNational().replace(/[0-9()+-]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

const STYLES: Readonly<Partial<Record<CountryCode, readonly Style[]>>> = {
  US: [national, national, dashed, dotted, compact, international, nanpDashed, nanpInternational, internationalCompact],
  CA: [national, dashed, international, nanpInternational],
  GB: [national, national, international, trunkInParentheses, compact, areaParentheses, internationalCompact],
  DE: [national, international, trunkInParentheses, areaSlash, callPrefix, areaParentheses, dashed],
  FR: [national, national, dotted, international, trunkInParentheses, compact, callPrefix],
  ES: [national, international, compact, callPrefix],
  IT: [national, international, compact, callPrefix],
  NL: [national, dashed, international, trunkInParentheses, callPrefix],
  IE: [national, international, areaParentheses, trunkInParentheses],
  AU: [national, international, areaParentheses, compact],
  IN: [national, international, withoutTrunk, withoutTrunk, internationalCompact],
  JP: [national, national, international, fullWidth],
  BR: [national, international, national],
  MX: [national, international, areaParentheses],
  ZA: [national, international, compact, areaParentheses],
};

/** A random number in service in `country`, written in one of the ways people there write numbers. */
export function writtenPhone(random: Random, country: CountryCode, style?: 'international'): WrittenPhone {
  const number = validNumber(random, country);
  const write = style === 'international' ? international : random.pick(STYLES[country] ?? [international]);
  return { written: write(number), e164: number.number };
}

function validNumber(random: Random, country: CountryCode): PhoneNumber {
  const patterns = NUMBER_PATTERNS[country] ?? [];
  for (let attempt = 0; attempt < 200; attempt++) {
    const nationalNumber = random.pick(patterns).replace(/#/g, () => String(random.int(0, 9)));
    const number = parsePhoneNumberFromString(nationalNumber, country);
    if (number?.isValid() === true && number.country === country) return number;
  }
  throw new Error(`no valid ${country} number from ${patterns.join(', ')}`);
}
