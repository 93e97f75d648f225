import { DateTime } from 'luxon';
import type { CoreDeps } from '../../app/context.js';
import { DEFAULT_LANGUAGE, LOCALE_TAG, type Language } from '../../i18n/languages.js';
import { text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { shorten } from '../moments/moment-text.js';
import { formatSlot } from './slot-format.js';
import { nameOf } from './visit-access.js';
import { answerButtons, reasonBlocks } from './answer-value.js';
import type { Visit, VisitRequest } from './visit.js';
import { visitsT, type VisitsT } from './visits-translate.js';

/** One visitor as the proposal card shows them. */
export interface ProposalVisitor {
  name: string;
  school?: string;
  request?: Pick<VisitRequest, 'learningQuestion' | 'lens' | 'lensOwn'>;
}

/** What a proposal card shows. `to: 'host'` asks the host; `to: 'visitor'` is the host's counter-proposal to the visitor(s). */
export interface ProposalView {
  visit: Pick<Visit, 'id' | 'sequence' | 'form' | 'proposedSlots' | 'answerBy'>;
  /** The reader's time zone, for slot times. */
  zone: string;
  groupName: string;
  visitors: ProposalVisitor[];
  hostName: string;
  to: 'host' | 'visitor';
}

/** An instant as a day for people in a zone: "woensdag 25 november". */
export const answerDay = (iso: string, language: Language, zone: string): string => DateTime.fromISO(iso, { zone }).setLocale(LOCALE_TAG[language]).toFormat('cccc d LLLL');

const who = (v: ProposalVisitor): string => (v.school ? `${v.name} (${v.school})` : v.name);

/**
 * The proposal card: who, their learning question and lens, the form, and the slots as a choice (input `slot`,
 * values "0".."2"), an optional decline reason, and accept / counter / decline buttons (value `<visitId>|<sequence>`).
 */
export function proposalCard(t: VisitsT, language: Language, view: ProposalView): OutboundMessage {
  const names = view.visitors.map(who);
  // What the visitor comes to do depends on the form: co-teaching or shadowing is not "coming to watch".
  const what = t(`visits.proposal.what.${view.visit.form}`);
  const intro =
    view.to === 'host'
      ? names.length > 1
        ? t('visits.proposal.introTrio', { a: names[0]!, b: names[1]!, group: view.groupName, what })
        : t('visits.proposal.intro', { name: names[0] ?? '?', group: view.groupName, what })
      : t('visits.proposal.introCounter', { name: view.hostName });
  const blocks: CardBlock[] = [text(intro)];
  const facts: Array<{ label: string; value: string }> = [];
  for (const v of view.visitors) {
    if (!v.request) continue;
    const label = (key: 'visits.proposal.question' | 'visits.proposal.lens') => (view.visitors.length > 1 ? `${t(key)} (${v.name})` : t(key));
    facts.push({ label: label('visits.proposal.question'), value: shorten(v.request.learningQuestion, 500) });
    facts.push({ label: label('visits.proposal.lens'), value: v.request.lens === 'own' && v.request.lensOwn ? v.request.lensOwn : t(`visits.lens.${v.request.lens}`) });
  }
  facts.push({ label: t('visits.proposal.form'), value: t(`visits.form.${view.visit.form}`) });
  if (view.visitors.length > 1) facts.push({ label: t('visits.proposal.trio'), value: t('visits.proposal.trioValue', { a: view.visitors[0]!.name, b: view.visitors[1]!.name }) });
  if (view.visit.answerBy) facts.push({ label: t('visits.proposal.answerBy'), value: answerDay(view.visit.answerBy, language, view.zone) });
  blocks.push({ type: 'facts', facts });
  blocks.push({
    type: 'choice',
    id: 'slot',
    label: t('visits.proposal.slot'),
    style: 'expanded',
    required: true,
    value: '0',
    options: view.visit.proposedSlots.map((s, i) => ({ value: String(i), label: formatSlot(s, language, view.zone) })),
  });
  blocks.push(...reasonBlocks(t));
  blocks.push(text(t('visits.proposal.note'), true));
  return {
    text: intro,
    card: {
      title: t(view.to === 'host' ? 'visits.proposal.title' : 'visits.proposal.titleCounter'),
      blocks,
      actions: answerButtons(t, view.visit, { accept: 'visits.proposal.accept', counter: 'visits.proposal.counter', decline: 'visits.proposal.decline' }),
    },
  };
}

/** The proposal card for one recipient of a visit (host, or a visitor after a counter-proposal), read from storage, in their language. */
export async function proposalMessageFor(deps: CoreDeps, visit: Visit, group: Group, recipientKey: string): Promise<OutboundMessage> {
  const recipient = await deps.storage.people.get(recipientKey);
  const language = recipient?.language ?? DEFAULT_LANGUAGE;
  const visitors: ProposalVisitor[] = [];
  for (const [i, key] of visit.visitorKeys.entries()) {
    const person = await deps.storage.people.get(key);
    const requestId = visit.requestIds[i];
    const request = requestId ? await deps.storage.visitRequests.get(requestId) : undefined;
    visitors.push({ name: person?.name ?? (await nameOf(deps, key)), ...(person?.school ? { school: person.school } : {}), ...(request ? { request } : {}) });
  }
  return proposalCard(visitsT(language), language, {
    visit,
    // Times as the reader lives them; the group's zone when their own is unknown.
    zone: recipient?.timeZone || group.timeZone,
    groupName: group.name,
    visitors,
    hostName: await nameOf(deps, visit.hostKey),
    to: recipientKey === visit.hostKey ? 'host' : 'visitor',
  });
}
