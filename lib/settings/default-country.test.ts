import { describe, expect, it } from 'vitest';
import { countryFromLocales } from './default-country';

describe('countryFromLocales', () => {
  it.each([
    [['en-GB', 'en'], 'GB'],
    [['de'], 'DE'],
    [['ja-JP'], 'JP'],
    [['pt-BR'], 'BR'],
    [['en'], 'US'],
    [['es-419', 'es-MX'], 'MX'],
    [['not a tag', 'fr-CA'], 'CA'],
    [[], 'US'],
  ])('%j → %s', (languages, expected) => {
    expect(countryFromLocales(languages)).toBe(expected);
  });
});
