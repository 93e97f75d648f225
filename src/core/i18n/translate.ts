import { groupsMessages } from '../features/groups/groups-messages.js';
import { needsMessages } from '../features/needs/needs-messages.js';
import { momentsMessages } from '../features/moments/moments-messages.js';
import { remindersMessages } from '../features/reminders/reminders-messages.js';
import { reflectionMessages } from '../features/starters/reflection/reflection-messages.js';
import { resultsMessages } from '../features/starters/results/results-messages.js';
import { startersMessages } from '../features/starters/starters-messages.js';
import { visitsMessages } from '../features/visits/visits-messages.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Language } from './languages.js';
import { nl } from './nl.js';

const nlAll = {
  ...nl,
  ...groupsMessages.nl,
  ...momentsMessages.nl,
  ...remindersMessages.nl,
  ...startersMessages.nl,
  ...reflectionMessages.nl,
  ...resultsMessages.nl,
  ...needsMessages.nl,
  ...visitsMessages.nl,
};

/** A key of the message catalogs (common plus every feature's). */
export type MessageKey = keyof typeof nlAll;

/** Every catalog, by language. */
export const CATALOGS: Record<Language, Record<MessageKey, string>> = {
  nl: nlAll,
  // Spelled out so the compiler checks that every language has every key.
  en: { ...en, ...groupsMessages.en, ...momentsMessages.en, ...remindersMessages.en, ...startersMessages.en, ...reflectionMessages.en, ...resultsMessages.en, ...needsMessages.en, ...visitsMessages.en },
  fr: { ...fr, ...groupsMessages.fr, ...momentsMessages.fr, ...remindersMessages.fr, ...startersMessages.fr, ...reflectionMessages.fr, ...resultsMessages.fr, ...needsMessages.fr, ...visitsMessages.fr },
};

/** Parameters filled into `{name}` placeholders. */
export type Params = Record<string, string | number>;

/** Looks up a message and fills its placeholders; an unknown placeholder stays visible rather than vanishing. */
export function t(language: Language, key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one person's language. */
export type Translate = (key: MessageKey, params?: Params) => string;

/** Binds `t` to a language. */
export const translator = (language: Language): Translate => (key, params) => t(language, key, params);
