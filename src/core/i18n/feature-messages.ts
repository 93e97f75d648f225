/** A feature's message catalog: Dutch is the reference; English and French must have exactly its keys. */
export interface FeatureMessages<K extends string> {
  nl: Record<K, string>;
  en: Record<K, string>;
  fr: Record<K, string>;
}

/** Declares a feature's messages with the Dutch keys as the type for the other languages. */
export function defineMessages<const N extends Record<string, string>>(nl: N, en: Record<keyof N, string>, fr: Record<keyof N, string>): FeatureMessages<Extract<keyof N, string>> {
  return { nl, en, fr } as FeatureMessages<Extract<keyof N, string>>;
}
