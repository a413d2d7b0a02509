/**
 * The country for phone numbers written without a country code, from the browser's languages:
 * `en-GB` → GB; a bare language is expanded to its likeliest region (`de` → DE, `ja` → JP).
 */
export function countryFromLocales(languages: readonly string[], fallback = 'US'): string {
  for (const language of languages) {
    try {
      const region = new Intl.Locale(language).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An invalid language tag says nothing about the country; try the next one.
    }
  }
  return fallback;
}
