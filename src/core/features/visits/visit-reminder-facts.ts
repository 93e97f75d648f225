import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import type { Language } from '../../i18n/languages.js';
import type { FactsBlock, TextBlock } from '../../model/message.js';
import { text } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { dayText } from '../reminders/when-text.js';
import { periodsLabel } from './slot-format.js';
import type { VisitsT } from './visits-translate.js';
import type { Visit, VisitForm } from './visit.js';

/** A visit with what its messages show: names, the host's school and the visitors' learning questions. */
export interface VisitView {
  group: Group;
  visit: Visit;
  names: Record<string, string>;
  hostSchool?: string;
  /** The learning question of each visitor that has one, in the order of `visit.visitorKeys`. */
  questions: Array<{ visitorKey: string; text: string }>;
  /** The reader's zone, when the view is built for one reader; times are shown in the group's zone otherwise. */
  zone?: string;
}

/** The view for one reader: times in their own zone (their profile's, else the group's). */
export const forReader = (view: VisitView, zone: string | undefined): VisitView => ({ ...view, zone: zone || view.group.timeZone });

/** The zone a view shows times in. */
export const zoneOf = (view: VisitView): string => view.zone || view.group.timeZone;

/** Loads what the messages about a visit show. */
export async function loadVisitView(deps: CoreDeps, group: Group, visit: Visit): Promise<VisitView> {
  const names: Record<string, string> = {};
  let hostSchool: string | undefined;
  for (const key of [...visit.visitorKeys, visit.hostKey]) {
    const person = await deps.storage.people.get(key);
    names[key] = person?.name ?? key.split(':').pop() ?? '?';
    if (key === visit.hostKey) hostSchool = person?.school?.trim() || undefined;
  }
  const questions: VisitView['questions'] = [];
  for (const id of visit.requestIds) {
    const request = await deps.storage.visitRequests.get(id);
    if (request && request.groupId === visit.groupId && visit.visitorKeys.includes(request.visitorKey) && request.learningQuestion.trim()) {
      questions.push({ visitorKey: request.visitorKey, text: request.learningQuestion.trim() });
    }
  }
  return { group, visit, names, ...(hostSchool ? { hostSchool } : {}), questions };
}

/** "Bo", "Bo en Cas", "Bo, Cas en Dirk". */
export function listText(items: string[], t: VisitsT): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('visits.remind.and', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** The visitors' names as one phrase. */
export const visitorsText = (view: VisitView, t: VisitsT): string => listText(view.visit.visitorKeys.map((k) => view.names[k] ?? '?'), t);

/** The host's name. */
export const hostName = (view: VisitView): string => view.names[view.visit.hostKey] ?? '?';

/** The names of everyone on the other side of `personKey`, as one phrase. */
export const otherSideText = (view: VisitView, personKey: string, t: VisitsT): string =>
  listText(
    [...view.visit.visitorKeys, view.visit.hostKey].filter((k) => k !== personKey).map((k) => view.names[k] ?? '?'),
    t,
  );

/** "dinsdag 1 december, 3e lesuur (10:20–11:10)", in the reader's (else the group's) zone; periods worded as everywhere in visits. */
export function slotText(view: VisitView, language: Language, t: VisitsT): string {
  const slot = view.visit.slot;
  if (!slot) return '';
  const zone = zoneOf(view);
  const start = DateTime.fromISO(slot.start, { zone });
  const end = DateTime.fromISO(slot.end, { zone });
  return t('visits.remind.slot', { day: dayText(start, language), periods: periodsLabel(slot.periods, language), from: start.toFormat('HH:mm'), to: end.toFormat('HH:mm') });
}

/** The form of a visit in words. */
export const formText = (form: VisitForm, t: VisitsT): string => t(`visits.remind.form.${form}` as const);

/** Where the visit takes place: the host's class and school. */
export const whereText = (view: VisitView, t: VisitsT): string =>
  view.hostSchool ? t('visits.remind.where', { host: hostName(view), school: view.hostSchool }) : t('visits.remind.whereNoSchool', { host: hostName(view) });

/** The learning questions, with the visitor's name when there are two visitors. */
export function questionsText(view: VisitView): string {
  if (view.questions.length <= 1 && view.visit.visitorKeys.length <= 1) return view.questions[0]?.text ?? '';
  return view.questions.map((q) => `${view.names[q.visitorKey] ?? '?'}: ${q.text}`).join('\n');
}

/** Who takes each visitor's class: a kind, and a note when one was given. */
function coverText(view: VisitView, t: VisitsT): string {
  const several = view.visit.visitorKeys.length > 1;
  return view.visit.visitorKeys
    .map((key) => {
      const plan = view.visit.cover[key];
      const what = plan ? `${t(`visits.remind.cover.${plan.kind}` as const)}${plan.note ? ` (${plan.note})` : ''}` : t('visits.remind.cover.missing');
      return several ? `${view.names[key] ?? '?'}: ${what}` : what;
    })
    .join('\n');
}

/** The facts of a visit: when, where, who, form, learning question and (when asked) who takes the class. */
export function visitFacts(view: VisitView, t: VisitsT, language: Language, opts: { cover?: boolean } = {}): FactsBlock {
  const facts = [
    { label: t('visits.remind.fact.when'), value: slotText(view, language, t) },
    { label: t('visits.remind.fact.where'), value: whereText(view, t) },
    { label: t('visits.remind.fact.who'), value: t('visits.remind.who', { visitors: visitorsText(view, t), host: hostName(view) }) },
    { label: t('visits.remind.fact.form'), value: formText(view.visit.form, t) },
  ];
  const questions = questionsText(view);
  if (questions) facts.push({ label: t('visits.remind.fact.question'), value: questions });
  if (opts.cover) facts.push({ label: t('visits.remind.fact.cover'), value: coverText(view, t) });
  return { type: 'facts', facts };
}

/** The pupil-data note every form about a visit carries. */
export const pupilNote = (t: VisitsT): TextBlock => text(t('visits.pupilNote'), true);

/** Clips a free-text answer for a short summary. */
export const clip = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`);
