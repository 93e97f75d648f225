import type { HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import type { VisitsKey } from './visits-messages.js';

/** A translator restricted to the visits texts, so a typo in a visits key fails to compile. */
export type VisitsT = (key: VisitsKey, params?: Record<string, string | number>) => string;

/** The visits texts in a language, through the shared catalog. */
export const visitsT = (language: Language): VisitsT => translator(language);

/** The visits translator of the person acting. */
export const tOf = (ctx: Pick<HandlerContext, 'person'>): VisitsT => visitsT(ctx.person.language);
