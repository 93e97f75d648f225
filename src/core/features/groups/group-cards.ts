import { DateTime } from 'luxon';
import type { Translate } from '../../i18n/translate.js';
import { LOCALE_TAG, type Language } from '../../i18n/languages.js';
import type { OutboundMessage } from '../../model/message.js';
import type { Moment } from '../moments/moment.js';
import { displayName, type Member } from './group-access.js';
import type { Group } from './group.js';

const MAX_NAMES = 12;

function names(members: Member[], t: Translate): string {
  if (members.length === 0) return t('group.nobody');
  const sorted = members.map(displayName).sort((a, b) => a.localeCompare(b));
  const shown = sorted.slice(0, MAX_NAMES).join(', ');
  return members.length > MAX_NAMES ? `${shown} ${t('group.more', { count: members.length - MAX_NAMES })}` : shown;
}

/** Formats a moment's start for people, in the group's zone. */
export function formatMomentStart(moment: Pick<Moment, 'start' | 'end' | 'zone'>, language: Language): string {
  const start = DateTime.fromISO(moment.start, { zone: moment.zone }).setLocale(LOCALE_TAG[language]);
  const end = DateTime.fromISO(moment.end, { zone: moment.zone });
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${end.toFormat('HH:mm')}`;
}

/** The overview of one group: name, facilitators, members, learning question, next moment. */
export function groupCard(group: Group, members: Member[], next: Moment | undefined, t: Translate, language: Language): OutboundMessage {
  const byRole = (role: string) => members.filter((m) => m.membership.role === role);
  const facts = [
    { label: t('group.facilitators'), value: names(byRole('facilitator'), t) },
    { label: t('group.members'), value: `${byRole('member').length}: ${names(byRole('member'), t)}` },
    ...(byRole('guest').length > 0 ? [{ label: t('group.guests'), value: names(byRole('guest'), t) }] : []),
    { label: t('group.question'), value: group.learningQuestion ?? t('group.noQuestion') },
    { label: t('group.nextMoment'), value: next ? `${next.title}, ${formatMomentStart(next, language)}` : t('group.noMoment') },
  ];
  const title = `${group.name} (${t(`group.kind.${group.kind}`)})`;
  return {
    text: [title, ...facts.map((f) => `${f.label}: ${f.value}`)].join('\n'),
    card: { title, blocks: [{ type: 'facts', facts }] },
  };
}
