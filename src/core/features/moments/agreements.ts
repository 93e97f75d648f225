import { DateTime } from 'luxon';
import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import { button, text, type ActionButton, type OutboundMessage } from '../../model/message.js';
import { activeMembers, displayName, groupOfConversation, groupsOfPerson, requireGroupHere } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { parseDueDate } from './due-date.js';
import { groupForPerson, requireMember } from './moment-access.js';
import { dropRemindersFor, planAgreementReminderSafely } from './moment-reminders.js';
import { formatDay, shorten } from './moment-text.js';
import { MOMENT_ACTIONS, type Agreement } from './moment.js';
import { namedMember } from './member-lookup.js';

/** Longest agreement text. */
export const AGREEMENT_MAX = 1000;
/** Most open agreements one overview shows with a "done" button. */
const DONE_BUTTONS = 10;

// "tegen" (nl), "by"/"before" (en), "pour le"/"pour"/"avant le" (fr); the last one in the text separates the date.
const SEPARATOR = /\s(?:tegen|by|before|pour le|avant le|pour)\s/gi;

/** Splits `<wat> tegen <datum>` at the last separator word. */
function splitDue(args: string): { what: string; when: string } | undefined {
  const matches = [...args.matchAll(SEPARATOR)];
  const last = matches[matches.length - 1];
  if (!last || last.index === undefined) return undefined;
  return { what: args.slice(0, last.index).trim(), when: args.slice(last.index + last[0].length).trim() };
}

/** `afspraak [@iemand] <wat> tegen <datum>`: records who does what by when; only active members may. */
async function agreementCommand(ctx: HandlerContext<MessageEvent>, args: string): Promise<void> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireMember(ctx, group))) return;
  const parts = splitDue(args.trim());
  if (!parts || !parts.what || !parts.when) return ctx.reply({ text: ctx.t('agreement.usage') });
  const named = await namedMember(ctx, group, parts.what);
  if (named && !named.found) return ctx.reply({ text: ctx.t('agreement.unknownPerson', { who: named.typed, group: group.name }) });
  const owner = named?.found ? { key: named.key, name: named.name } : { key: ctx.person.key, name: ctx.person.name ?? '?' };
  const what = (named?.found ? named.rest : parts.what).trim();
  if (!what) return ctx.reply({ text: ctx.t('agreement.usage') });
  if (what.length > AGREEMENT_MAX) return ctx.reply({ text: ctx.t('agreement.tooLong', { max: AGREEMENT_MAX }) });
  const due = parseDueDate(parts.when, { now: ctx.deps.clock.now(), zone: group.timeZone, language: ctx.person.language });
  if (!due.ok) return ctx.reply({ text: ctx.t(`agreement.due.${due.reason}`, { input: shorten(parts.when, 60) }) });
  const agreement: Agreement = { id: newId('agr'), groupId: group.id, ownerKey: owner.key, text: what, due: due.due, status: 'open', createdBy: ctx.person.key, createdAt: ctx.deps.clock.now().toISOString() };
  await ctx.deps.storage.agreements.save(agreement);
  const remindersOk = await planAgreementReminderSafely(ctx.deps, agreement);
  const lines = [ctx.t('agreement.saved', { owner: owner.name, text: what, due: formatDay(due.due, ctx.person.language), group: group.name })];
  if (!remindersOk) lines.push(ctx.t('moment.remindersFailed'));
  else if (due.due > todayIn(ctx, group.timeZone)) lines[0] += ` ${ctx.t('agreement.reminderNote', { owner: owner.name })}`;
  await ctx.reply({ text: lines.join('\n') });
}

/** Open agreements as a card: one line each (late ones marked), with "done" buttons. */
function agreementsCard(title: string, items: Array<{ agreement: Agreement; owner: string; group?: string }>, today: string, ctx: HandlerContext): OutboundMessage {
  const lines = items.map(({ agreement, owner, group }, i) => {
    const late = agreement.due < today ? ` ${ctx.t('agreement.late')}` : '';
    return `${i + 1}. ${formatDay(agreement.due, ctx.person.language)}${late} · ${owner}: ${agreement.text}${group ? ` (${group})` : ''}`;
  });
  const actions: ActionButton[] = items
    .slice(0, DONE_BUTTONS)
    .map(({ agreement }, i) => button(MOMENT_ACTIONS.agreementDone, ctx.t('agreement.doneButton', { n: i + 1, text: shorten(agreement.text, 40) }), { value: agreement.id }));
  return { text: [title, ...lines].join('\n'), card: { title, blocks: [text(lines.join('\n'))], actions } };
}

const todayIn = (ctx: HandlerContext, zone: string): string => DateTime.fromJSDate(ctx.deps.clock.now(), { zone }).toISODate()!;

/** `afspraken`: the group's open agreements in its channel; in a personal chat, the person's own across groups. */
async function listAgreements(ctx: HandlerContext): Promise<void> {
  if (ctx.event.address.scope !== 'personal') {
    const group = await groupOfConversation(ctx);
    if (!group) return ctx.reply({ text: ctx.t('group.none') });
    const open = (await ctx.deps.storage.agreements.listByGroup(group.id)).filter((a) => a.status === 'open');
    if (open.length === 0) return ctx.reply({ text: ctx.t('agreement.none', { group: group.name }) });
    const names = new Map((await activeMembers(ctx.deps, group.id)).map((m) => [m.membership.personKey, displayName(m)]));
    const items = [];
    for (const agreement of open) items.push({ agreement, owner: names.get(agreement.ownerKey) ?? (await ctx.deps.storage.people.get(agreement.ownerKey))?.name ?? '?' });
    return ctx.reply(agreementsCard(ctx.t('agreement.listTitle', { group: group.name }), items, todayIn(ctx, group.timeZone), ctx));
  }
  const items: Array<{ agreement: Agreement; owner: string; group: string }> = [];
  for (const { group } of await groupsOfPerson(ctx.deps, ctx.person)) {
    for (const agreement of await ctx.deps.storage.agreements.listByGroup(group.id)) {
      if (agreement.status === 'open' && agreement.ownerKey === ctx.person.key) items.push({ agreement, owner: ctx.person.name ?? '?', group: group.name });
    }
  }
  if (items.length === 0) return ctx.reply({ text: ctx.t('agreement.noneForYou') });
  items.sort((a, b) => a.agreement.due.localeCompare(b.agreement.due));
  return ctx.reply(agreementsCard(ctx.t('agreement.yours'), items, todayIn(ctx, ctx.person.timeZone), ctx));
}

/** "Gedaan": the owner or a facilitator marks an agreement done; its reminder is dropped. */
async function markDone(ctx: HandlerContext): Promise<void> {
  const id = ctx.event.kind === 'action' ? ctx.event.value : undefined;
  const agreement = id ? await ctx.deps.storage.agreements.get(id) : undefined;
  const group: Group | undefined = agreement ? await groupForPerson(ctx, agreement.groupId) : undefined;
  if (!agreement) return ctx.reply({ text: ctx.t('moment.notFound') });
  if (!group) return;
  const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
  const facilitator = membership?.active === true && membership.role === 'facilitator';
  if (agreement.ownerKey !== ctx.person.key && !facilitator) return ctx.reply({ text: ctx.t('agreement.notYours') });
  if (agreement.status === 'done') return ctx.reply({ text: ctx.t('agreement.alreadyDone', { text: shorten(agreement.text, 80) }) });
  await ctx.deps.storage.agreements.save({ ...agreement, status: 'done' });
  const remindersOk = await dropRemindersFor(ctx.deps, [agreement.id]);
  await ctx.reply({ text: [ctx.t('agreement.done', { text: shorten(agreement.text, 200) }), ...(remindersOk ? [] : [ctx.t('moment.remindersFailed')])].join('\n') });
}

/** `afspraak`/`agreement`/`accord` and `afspraken`/`agreements`/`accords`. */
export const agreementCommands: Command[] = [
  { words: ['afspraak', 'agreement', 'accord'], run: agreementCommand },
  { words: ['afspraken', 'agreements', 'accords'], run: listAgreements },
];

/** The "done" button of agreements (also usable from the owner's reminder). */
export const agreementActions: ActionHandler[] = [{ id: MOMENT_ACTIONS.agreementDone, run: markDone }];
