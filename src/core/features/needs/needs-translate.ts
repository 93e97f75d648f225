import type { HandlerContext } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import type { NeedsKey } from './needs-messages.js';

/** A translator restricted to the needs texts, so a typo in a needs key fails to compile. */
export type NeedsT = (key: NeedsKey, params?: Record<string, string | number>) => string;

/** The needs texts in a language, through the shared catalog (same placeholder rules as everywhere). */
export const needsT = (language: Language): NeedsT => translator(language);

/** The needs translator of the person acting. */
export const tOf = (ctx: Pick<HandlerContext, 'person'>): NeedsT => needsT(ctx.person.language);
