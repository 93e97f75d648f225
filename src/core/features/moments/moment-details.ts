import type { MessageKey } from '../../i18n/translate.js';
import { inputValue } from './moment-text.js';

/** The descriptive fields of a moment that people fill in (everything except its time). */
export interface MomentDetails {
  title: string;
  place?: string;
  onlineUrl?: string;
  agenda?: string;
  prepare?: string;
}

/** Longest accepted values; below the storage limits so cards (3000 characters a block) always fit. */
export const DETAIL_LIMITS = { title: 150, place: 300, onlineUrl: 1000, agenda: 2000, prepare: 2000 } as const;

// Control characters would break calendar files and card rendering; newlines and tabs are fine.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const clean = (value: string): string => value.replace(CONTROL, '').trim();

/** True for an http(s) link, the only kind calendar files and buttons accept. */
export function isWebLink(value: string): boolean {
  if (!URL.canParse(value)) return false;
  return /^https?:$/.test(new URL(value).protocol);
}

/** Reads and checks the details form; a refusal names the message to show. */
export function readDetails(inputs: Record<string, string | string[]>, defaultTitle: string): { ok: true; details: MomentDetails } | { ok: false; key: MessageKey } {
  const title = clean(inputValue(inputs['title'])) || defaultTitle;
  const place = clean(inputValue(inputs['place']));
  const onlineUrl = clean(inputValue(inputs['online']));
  const agenda = clean(inputValue(inputs['agenda']));
  const prepare = clean(inputValue(inputs['prepare']));
  if (title.length > DETAIL_LIMITS.title) return { ok: false, key: 'moment.details.titleTooLong' };
  if (place.length > DETAIL_LIMITS.place) return { ok: false, key: 'moment.details.placeTooLong' };
  if (onlineUrl && (onlineUrl.length > DETAIL_LIMITS.onlineUrl || !isWebLink(onlineUrl))) return { ok: false, key: 'moment.details.badLink' };
  if (agenda.length > DETAIL_LIMITS.agenda || prepare.length > DETAIL_LIMITS.prepare) return { ok: false, key: 'moment.details.textTooLong' };
  return {
    ok: true,
    details: { title, ...(place ? { place } : {}), ...(onlineUrl ? { onlineUrl } : {}), ...(agenda ? { agenda } : {}), ...(prepare ? { prepare } : {}) },
  };
}

/** What the person typed in the details form, unchecked but cut to the limits, to show the form again without losing it. */
export function typedDetails(inputs: Record<string, string | string[]>): MomentDetails {
  const take = (id: string, max: number) => clean(inputValue(inputs[id])).slice(0, max);
  const [title, place, onlineUrl, agenda, prepare] = [take('title', DETAIL_LIMITS.title), take('place', DETAIL_LIMITS.place), take('online', DETAIL_LIMITS.onlineUrl), take('agenda', DETAIL_LIMITS.agenda), take('prepare', DETAIL_LIMITS.prepare)];
  return { title, ...(place ? { place } : {}), ...(onlineUrl ? { onlineUrl } : {}), ...(agenda ? { agenda } : {}), ...(prepare ? { prepare } : {}) };
}

/** Splits `Titel: wanneer` into a title and the time text. A colon between digits (14:30) is a time, not a separator. */
export function splitTitle(text: string): { title?: string; when: string } {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ':') continue;
    if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    const title = clean(text.slice(0, i));
    return { ...(title ? { title } : {}), when: text.slice(i + 1).trim() };
  }
  return { when: text.trim() };
}
