import type { CoreDeps } from '../../app/context.js';
import { DateTime } from 'luxon';
import { DEFAULT_LANGUAGE, LOCALE_TAG, type Language } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import { link, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Person } from '../../ports/storage.js';
import type { Group } from '../groups/group.js';
import type { Reminder } from '../reminders/reminder.js';
import { whenText } from '../reminders/when-text.js';
import { checkInForm } from './check-in-form.js';
import { prepAnswerBlocks, prepForm } from './prep-form.js';
import { reflectionForm } from './reflection-form.js';
import { otherSideOf } from './visit-access.js';
import { forReader, hostName, loadVisitView, visitFacts, visitorsText, zoneOf, type VisitView } from './visit-reminder-facts.js';
import { visitIcsUrl } from './visit-ics-link.js';
import { visitsT, type VisitsT } from './visits-translate.js';
import type { Visit } from './visit.js';

/** A reflection going out means the visit took place, unless someone says otherwise; the sequence stays. */
async function markDone(deps: CoreDeps, visit: Visit): Promise<Visit> {
  const fresh = await deps.storage.visits.get(visit.id);
  if (!fresh || fresh.status !== 'confirmed' || fresh.sequence !== visit.sequence) return fresh ?? visit;
  const done: Visit = { ...fresh, status: 'done', updatedAt: deps.clock.now().toISOString() };
  await deps.storage.visits.save(done);
  deps.logger.info('visits: marked done after its end', { visitId: visit.id });
  return done;
}

/** "Morgen: klasbezoek"; sent earlier (the Friday before a Monday visit), the visit's weekday instead: "Maandag: klasbezoek". */
function dayBeforeTitle(start: string, zone: string, now: Date, t: VisitsT, language: Language): string {
  const day = DateTime.fromISO(start, { zone }).startOf('day');
  const days = Math.round(day.diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days);
  if (days <= 1) return t('visits.remind.title.dayBefore');
  const weekday = day.setLocale(LOCALE_TAG[language]).toFormat('cccc');
  return t('visits.remind.title.onDay', { day: weekday.charAt(0).toUpperCase() + weekday.slice(1) });
}

/** The day-before or hour-before reminder: the facts, the other side's preparation and the calendar file. */
function dayReminder(deps: CoreDeps, reminder: Reminder, view: VisitView, t: VisitsT, language: Language): OutboundMessage {
  const { visit } = view;
  const key = reminder.recipient;
  const now = deps.clock.now();
  const zone = zoneOf(view);
  const start = visit.slot?.start ?? now.toISOString();
  const when = whenText(start, zone, now, language, translator(language));
  const line = visit.hostKey === key ? t('visits.remind.host', { when, visitors: visitorsText(view, t) }) : t('visits.remind.visitor', { when, host: hostName(view) });
  const title = reminder.leadMinutes >= 24 * 60 ? dayBeforeTitle(start, zone, now, t, language) : t('visits.remind.title.hourBefore');
  const blocks: CardBlock[] = [text(line), visitFacts(view, t, language, { cover: true })];
  for (const other of otherSideOf(visit, key)) {
    const name = view.names[other] ?? '?';
    const prep = visit.prep[other];
    if (prep) blocks.push(text(t('visits.remind.otherPrep', { name })), ...prepAnswerBlocks(view, other, prep.answers, t));
    else blocks.push(text(t('visits.remind.noOtherPrep', { name }), true));
  }
  const url = visitIcsUrl(deps, visit);
  blocks.push({ type: 'links', links: [link(t('visits.remind.calendar'), url)] });
  return { text: `${title}: ${line}`, card: { title, blocks } };
}

/**
 * Builds a due visit reminder in the recipient's language: the preparation form, the day-before or hour-before
 * reminder, the reflection form (marking the visit done) or the try-out check-in.
 */
export async function visitReminderMessage(deps: CoreDeps, reminder: Reminder, subject: { group: Group; visit: Visit }, person: Person | undefined): Promise<OutboundMessage> {
  const language = person?.language ?? DEFAULT_LANGUAGE;
  const t = visitsT(language);
  const visit = reminder.kind === 'visit-reflect' && subject.visit.status === 'confirmed' ? await markDone(deps, subject.visit) : subject.visit;
  // Built for this one reader: times in their own zone.
  const view = forReader(await loadVisitView(deps, subject.group, visit), person?.timeZone);
  switch (reminder.kind) {
    case 'visit-prepare':
      return prepForm(view, reminder.recipient, t, language);
    case 'visit-reflect':
      return reflectionForm(view, reminder.recipient, t, language);
    case 'visit-checkin':
      return checkInForm(view, reminder.recipient, t, language);
    default:
      return dayReminder(deps, reminder, view, t, language);
  }
}
