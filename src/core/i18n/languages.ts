/** The languages Leerkring speaks; Dutch (nl-BE) is everyone's default. */
export const LANGUAGES = ['nl', 'en', 'fr'] as const;

/** One of the supported languages. */
export type Language = (typeof LANGUAGES)[number];

/** The default language for every person until they choose another. */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Narrows a string to a supported language. */
export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** BCP 47 tag used for date formatting. */
export const LOCALE_TAG: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };
