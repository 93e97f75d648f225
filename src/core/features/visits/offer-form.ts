import { DateTime } from 'luxon';
import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent, MessageEvent } from '../../model/events.js';
import type { Group } from '../groups/group.js';
import { parseDay } from '../groups/group-settings.js';
import { inputValue } from '../moments/moment-text.js';
import { NEEDS_THEMES } from '../needs/needs.js';
import { offerForm, offerStatusCard, type OfferFormValues } from './offer-cards.js';
import { replyPrivately } from './request-private.js';
import { freeFromInputs, many, splitFree } from './request-time.js';
import { memberGroupById, visitGroupsFor } from './visit-access.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { VISIT_LIMITS, type HostOffer } from './visit.js';
import { tOf } from './visits-translate.js';
import { textOf } from './visit-text.js';

const PAUSE_WORDS = ['pauze', 'pause', 'pauzeer', 'pauzeren'];
const RESUME_WORDS = ['hervat', 'hervatten', 'resume', 'reprendre', 'reprise'];
const UNTIL_WORDS = ['tot', 'until', 'till', 'jusqu’au', "jusqu'au", 'jusqu’à', "jusqu'à", 'au'];

/** A stored offer as form values. */
const valuesOf = (offer: HostOffer): OfferFormValues => ({
  themes: offer.themes,
  show: offer.show,
  ...splitFree(offer.periods),
  maxVisitors: String(offer.maxVisitors),
  groupId: offer.groupId,
});

/** Written like a day ("31/02", "31/02/2027", "2027-02-31"), whether or not that day exists. */
const DAY_SHAPE = /^(\d{1,2}[/.-]\d{1,2}([/.-]\d{4})?|\d{4}-\d{1,2}-\d{1,2})$/;

/** Reads "15/12", "15/12/2026" or "2026-12-15" as the next such day after today (group zone); undefined when not a date. */
export function readPauseEnd(input: string, now: Date, zone: string): string | undefined {
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
  const short = /^(\d{1,2})[/.-](\d{1,2})$/.exec(input);
  if (short) {
    const year = Number(today.slice(0, 4));
    const thisYear = parseDay(`${short[1]}/${short[2]}/${year}`);
    if (!thisYear) return undefined;
    return thisYear > today ? thisYear : parseDay(`${short[1]}/${short[2]}/${year + 1}`);
  }
  return parseDay(input);
}

/** `gastheer pauze [tot 15/12]` and `gastheer hervat`: pauses or resumes the person's offers in these groups. */
async function pauseOrResume(ctx: HandlerContext, groups: Group[], pause: boolean, rest: string[]): Promise<void> {
  const t = tOf(ctx);
  const offers = (await Promise.all(groups.map((g) => ctx.deps.storage.hostOffers.get(g.id, ctx.person.key)))).filter((o): o is HostOffer => o !== undefined);
  if (offers.length === 0) return ctx.reply({ text: t('visits.offer.none') });
  const now = ctx.deps.clock.now();
  let until: string | undefined;
  const words = rest.filter((w) => !UNTIL_WORDS.includes(w.toLowerCase()));
  if (pause && words.length > 0) {
    until = readPauseEnd(words.join(''), now, groups[0]!.timeZone);
    const today = DateTime.fromJSDate(now, { zone: groups[0]!.timeZone }).toISODate()!;
    const limit = DateTime.fromJSDate(now, { zone: groups[0]!.timeZone }).plus({ years: 1 }).toISODate()!;
    // "31/02" is written like a date but is none: say so, rather than that it cannot be read.
    if (!until && DAY_SHAPE.test(words.join(''))) return ctx.reply({ text: t('visits.offer.noSuchDay', { input: words.join('') }) });
    if (!until || until <= today || until > limit) return ctx.reply({ text: t('visits.offer.badDate', { input: words.join(' ') }) });
  }
  for (const offer of offers) {
    const { pausedUntil: _old, ...rest } = offer;
    await ctx.deps.storage.hostOffers.save({ ...rest, paused: pause, ...(until ? { pausedUntil: until } : {}), updatedAt: now.toISOString() });
  }
  ctx.deps.logger.info('visits: offer paused/resumed', { pause, count: offers.length });
  const date = until?.split('-').reverse().join('/');
  await ctx.reply({ text: pause ? (date ? t('visits.offer.pausedUntilDone', { date }) : t('visits.offer.pausedDone')) : t('visits.offer.resumed') });
}

/** `gastheer`: the host form (prefilled), or pause/resume with `gastheer pauze [tot dd/mm]` / `gastheer hervat`. */
export async function startOffer(ctx: HandlerContext<MessageEvent>, args: string): Promise<void> {
  const groups = await visitGroupsFor(ctx);
  if (groups.length === 0) return;
  const [first = '', ...rest] = args.split(/\s+/).filter((w) => w !== '');
  if (PAUSE_WORDS.includes(first.toLowerCase())) return pauseOrResume(ctx, groups, true, rest);
  if (RESUME_WORDS.includes(first.toLowerCase())) return pauseOrResume(ctx, groups, false, rest);
  let existing: HostOffer | undefined;
  for (const group of groups) existing ??= await ctx.deps.storage.hostOffers.get(group.id, ctx.person.key);
  await replyPrivately(ctx, groups[0], offerForm(tOf(ctx), ctx.person.language, groups, existing ? valuesOf(existing) : {}, existing));
  if (existing) await replyPrivately(ctx, groups[0], offerStatusCard(tOf(ctx), existing));
}

const THEME_IDS = new Set<string>(NEEDS_THEMES.map((x) => x.id));

/** The offer form's submit: validated and saved (one offer per person per group; a pause is kept). */
async function submitOffer(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const inputs = ctx.event.inputs;
  const found = await memberGroupById(ctx, (ctx.event.value ?? '').trim() || inputValue(inputs['group']));
  if (!found) return;
  const { group, mine } = found;
  const values: OfferFormValues = {
    themes: [...new Set(many(inputs['themes']).filter((x) => THEME_IDS.has(x)))],
    show: textOf(inputs['show']),
    halfDays: many(inputs['halfDays']),
    periods: many(inputs['periods']),
    maxVisitors: inputValue(inputs['maxVisitors']),
    groupId: group.id,
  };
  const periods = freeFromInputs(values.halfDays!, values.periods!);
  const max = Number(values.maxVisitors);
  const existing = await ctx.deps.storage.hostOffers.get(group.id, ctx.person.key);
  let error: string | undefined;
  if (values.show!.length > VISIT_LIMITS.show) error = t('visits.request.tooLong', { field: t('visits.offer.show'), length: values.show!.length, max: VISIT_LIMITS.show });
  else if (values.themes!.length === 0 && values.show === '') error = t('visits.offer.error.what');
  else if (periods.length === 0) error = t('visits.offer.error.periods');
  else if (!Number.isInteger(max) || max < 1 || max > VISIT_LIMITS.maxVisitors) error = t('visits.request.error.choice', { field: t('visits.offer.maxVisitors') });
  if (error) {
    const shown = ctx.event.value ? [group] : mine;
    return replyPrivately(ctx, group, offerForm(t, ctx.person.language, shown, { ...values, show: values.show!.slice(0, 2000) }, existing, error));
  }
  const now = ctx.deps.clock.now().toISOString();
  const offer: HostOffer = {
    groupId: group.id,
    personKey: ctx.person.key,
    themes: values.themes!,
    show: values.show!,
    periods,
    maxVisitors: max,
    paused: existing?.paused ?? false,
    ...(existing?.pausedUntil ? { pausedUntil: existing.pausedUntil } : {}),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await ctx.deps.storage.hostOffers.save(offer);
  ctx.deps.logger.info('visits: offer saved', { groupId: group.id });
  await replyPrivately(ctx, group, { text: t(offer.paused ? 'visits.offer.savedPaused' : 'visits.offer.saved', { group: group.name }) });
}

/** The pause/resume buttons under the form (value: group id). */
async function pauseButton(ctx: HandlerContext<ActionEvent>, pause: boolean): Promise<void> {
  const found = await memberGroupById(ctx, (ctx.event.value ?? '').trim());
  if (!found) return;
  await pauseOrResume(ctx, [found.group], pause, []);
}

/** Offer form actions. */
export const offerActions: ActionHandler[] = [
  { id: VISIT_ACTIONS.offerSubmit, run: submitOffer },
  { id: VISIT_ACTIONS.offerPause, run: (ctx) => pauseButton(ctx, true) },
  { id: VISIT_ACTIONS.offerResume, run: (ctx) => pauseButton(ctx, false) },
];
