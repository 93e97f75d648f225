import type { Command, CoreDeps, Feature, HandlerContext } from '../../app/context.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import { newId } from '../../model/ids.js';
import { personKey, type InstalledEvent, type MessageEvent } from '../../model/events.js';
import type { OutboundMessage } from '../../model/message.js';
import { DEFAULT_REMINDERS, type Group, type GroupRole } from './group.js';
import { activeMembers, displayName, groupOfConversation, groupsOfPerson, requireFacilitator, requireGroupHere } from './group-access.js';
import { groupCard } from './group-cards.js';
import { formatLeadTimes, parseDay, parseLeadTimes } from './group-settings.js';
import { addMember, DEFAULT_ZONE, ensurePerson, removeMember, syncRoster } from './roster-sync.js';
import { profileCommands, profileActions } from './profile.js';
import { planMomentReminders } from '../reminders/plan-reminders.js';

type Ctx = HandlerContext<MessageEvent>;

const SUB: Record<string, string> = {
  nieuw: 'new', new: 'new', nouveau: 'new',
  rol: 'role', role: 'role', rôle: 'role',
  naam: 'name', name: 'name', nom: 'name',
  vraag: 'question', question: 'question', leervraag: 'question',
  soort: 'kind', kind: 'kind', type: 'kind',
  herinneringen: 'reminders', reminders: 'reminders', rappels: 'reminders',
  gesloten: 'closed', closed: 'closed', fermé: 'closed', ferme: 'closed',
  examens: 'exams', exams: 'exams',
  kalender: 'calendar', calendar: 'calendar', calendrier: 'calendar',
  hulp: 'help', help: 'help', aide: 'help',
};
const ROLE_WORDS: Record<string, GroupRole> = {
  begeleider: 'facilitator', facilitator: 'facilitator', accompagnateur: 'facilitator',
  lid: 'member', member: 'member', membre: 'member',
  gast: 'guest', guest: 'guest', invité: 'guest', invite: 'guest',
};
const DELIVERY_WORDS: Record<string, 'channel' | 'direct'> = {
  kanaal: 'channel', channel: 'channel', canal: 'channel',
  persoonlijk: 'direct', personal: 'direct', personnel: 'direct', direct: 'direct',
};
const KIND_WORDS: Record<string, Group['kind']> = { plg: 'plg', cap: 'plg', netwerk: 'network', network: 'network', réseau: 'network', reseau: 'network' };

/** Creates a group bound to the conversation of the event, with `facilitator` as first facilitator. */
async function createGroup(deps: CoreDeps, event: MessageEvent | InstalledEvent, name: string, facilitator: { id: string; tenantId: string; name?: string } | undefined): Promise<{ group: Group; count: number }> {
  const now = deps.clock.now().toISOString();
  const { address } = event;
  const group: Group = {
    id: newId('grp'),
    channel: address.channel,
    tenantId: address.tenantId,
    conversationId: address.conversationId,
    name,
    kind: 'plg',
    timeZone: DEFAULT_ZONE,
    community: 'vl',
    reminders: DEFAULT_REMINDERS,
    closedDays: [],
    examPeriods: [],
    createdAt: now,
    updatedAt: now,
  };
  await deps.storage.groups.save(group);
  if (facilitator) await addMember(deps, group, facilitator, 'facilitator');
  await syncRoster(deps, group, address);
  const count = (await activeMembers(deps, group.id)).length;
  deps.logger.info('group created', { groupId: group.id, channel: group.channel, members: count });
  return { group, count };
}

async function showGroups(ctx: Ctx): Promise<void> {
  const groups = ctx.event.address.scope === 'personal' ? (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group) : [await groupOfConversation(ctx)].filter((g): g is Group => !!g);
  if (groups.length === 0) return ctx.reply({ text: ctx.t(ctx.event.address.scope === 'personal' ? 'group.noneForYou' : 'group.none') });
  const now = ctx.deps.clock.now().toISOString();
  for (const group of groups) {
    const members = await activeMembers(ctx.deps, group.id);
    const next = (await ctx.deps.storage.moments.listByGroup(group.id)).find((m) => m.status === 'planned' && m.start > now);
    await ctx.reply(groupCard(group, members, next, ctx.t, ctx.person.language));
  }
}

async function newGroup(ctx: Ctx, name: string): Promise<void> {
  if (ctx.event.address.scope === 'personal') return ctx.reply({ text: ctx.t('group.needsChannel') });
  const existing = await groupOfConversation(ctx);
  if (existing) return ctx.reply({ text: ctx.t('group.exists', { name: existing.name }) });
  const clean = name.trim() || ctx.t('group.defaultName');
  if (clean.length > 120) return ctx.reply({ text: ctx.t('group.name.invalid') });
  const { group, count } = await createGroup(ctx.deps, ctx.event, clean, ctx.event.actor);
  return ctx.reply({ text: ctx.t('group.created', { name: group.name, facilitator: ctx.person.name ?? '?', count }) });
}

/** Finds who `@someone` is: a platform mention first, else a member whose name starts with the typed text. */
async function resolveMember(ctx: Ctx, group: Group, typed: string): Promise<{ key: string; name: string } | undefined> {
  const mention = ctx.event.mentions?.[0];
  const members = await activeMembers(ctx.deps, group.id);
  if (mention) {
    const key = personKey(group.channel, group.tenantId, mention.id);
    const member = members.find((m) => m.membership.personKey === key);
    if (member) return { key, name: displayName(member) };
    // Someone mentioned who is not (yet) a member, e.g. a guest from another school: add them.
    await addMember(ctx.deps, group, { ...mention, tenantId: group.tenantId });
    return { key, name: mention.name ?? mention.id };
  }
  const wanted = typed.replace(/^@/, '').trim().toLowerCase();
  if (!wanted) return undefined;
  const matches = members.filter((m) => displayName(m).toLowerCase().startsWith(wanted));
  return matches.length === 1 ? { key: matches[0]!.membership.personKey, name: displayName(matches[0]!) } : undefined;
}

async function setRole(ctx: Ctx, group: Group, args: string[]): Promise<void> {
  const roleWord = args.at(-1)?.toLowerCase() ?? '';
  const role = ROLE_WORDS[roleWord];
  const who = args.slice(0, -1).join(' ');
  if (!role || (!who && !ctx.event.mentions?.length)) return ctx.reply({ text: ctx.t('group.role.usage') });
  const target = await resolveMember(ctx, group, who);
  if (!target) return ctx.reply({ text: ctx.t('group.role.unknownPerson', { who: who || '?' }) });
  const membership = await ctx.deps.storage.memberships.get(group.id, target.key);
  if (!membership) return ctx.reply({ text: ctx.t('group.role.unknownPerson', { who }) });
  if (membership.role === 'facilitator' && role !== 'facilitator') {
    const facilitators = (await activeMembers(ctx.deps, group.id)).filter((m) => m.membership.role === 'facilitator');
    if (facilitators.length <= 1) return ctx.reply({ text: ctx.t('group.role.lastFacilitator') });
  }
  await ctx.deps.storage.memberships.save({ ...membership, role, active: true });
  return ctx.reply({ text: ctx.t('group.role.set', { name: target.name, role: ctx.t(`group.role.${role}`), group: group.name }) });
}

/** Plans the reminders of the group's coming moments again (new lead times, delivery or members); idempotent. */
export async function replanGroupReminders(deps: CoreDeps, groupId: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  for (const moment of await deps.storage.moments.listByGroup(groupId)) {
    if (moment.status === 'planned' && moment.start > now) await planMomentReminders(deps, moment);
  }
}

async function saveGroup(ctx: Ctx, group: Group, change: Partial<Group>, answer: OutboundMessage): Promise<void> {
  await ctx.deps.storage.groups.save({ ...group, ...change, updatedAt: ctx.deps.clock.now().toISOString() });
  if (change.reminders) await replanGroupReminders(ctx.deps, group.id);
  return ctx.reply(answer);
}

async function groupCommand(ctx: Ctx, argText: string): Promise<void> {
  const args = argText.split(/\s+/).filter(Boolean);
  const sub = args[0] ? SUB[args[0].toLowerCase()] : undefined;
  if (!args[0]) return showGroups(ctx);
  if (!sub || sub === 'help') return ctx.reply({ text: ctx.t('group.usage') });
  const rest = args.slice(1);
  if (sub === 'new') return newGroup(ctx, rest.join(' '));

  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  const t = ctx.t;
  switch (sub) {
    case 'role':
      return setRole(ctx, group, rest);
    case 'name': {
      const name = rest.join(' ').trim();
      if (name.length < 1 || name.length > 120) return ctx.reply({ text: t('group.name.invalid') });
      return saveGroup(ctx, group, { name }, { text: t('group.renamed', { name }) });
    }
    case 'question': {
      const question = rest.join(' ').trim();
      if (question.length < 5 || question.length > 500) return ctx.reply({ text: t('group.question.invalid') });
      return saveGroup(ctx, group, { learningQuestion: question }, { text: t('group.question.set', { group: group.name, question }) });
    }
    case 'kind': {
      const kind = KIND_WORDS[rest[0]?.toLowerCase() ?? ''];
      if (!kind) return ctx.reply({ text: t('group.usage') });
      return saveGroup(ctx, group, { kind }, { text: t('group.kind.set', { group: group.name, kind: t(`group.kind.${kind}`) }) });
    }
    case 'reminders': {
      const delivery = DELIVERY_WORDS[rest[0]?.toLowerCase() ?? ''];
      if (delivery) {
        return saveGroup(ctx, group, { reminders: { ...group.reminders, delivery } }, { text: t(delivery === 'channel' ? 'group.delivery.channel' : 'group.delivery.direct') });
      }
      const leads = parseLeadTimes(rest);
      if (!leads) return ctx.reply({ text: t('group.leads.invalid') });
      return saveGroup(ctx, group, { reminders: { ...group.reminders, leadMinutes: leads } }, { text: t('group.leads.set', { leads: formatLeadTimes(leads, ctx.person.language) }) });
    }
    case 'closed': {
      const date = parseDay(rest[0] ?? '');
      if (!date) return ctx.reply({ text: t('group.date.invalid') });
      const reason = rest.slice(1).join(' ').slice(0, 200) || '—';
      const closedDays = [...group.closedDays.filter((d) => d.date !== date), { date, reason }].sort((a, b) => a.date.localeCompare(b.date));
      return saveGroup(ctx, group, { closedDays }, { text: t('group.closed.added', { date, group: group.name, reason }) });
    }
    case 'exams': {
      const from = parseDay(rest[0] ?? '');
      const to = parseDay(rest[1] ?? '');
      if (!from || !to) return ctx.reply({ text: t('group.date.invalid') });
      if (to < from) return ctx.reply({ text: t('group.period.invalid') });
      const reason = rest.slice(2).join(' ').slice(0, 200) || 'examens';
      return saveGroup(ctx, group, { examPeriods: [...group.examPeriods, { from, to, reason }] }, { text: t('group.exam.added', { from, to, group: group.name }) });
    }
    case 'calendar': {
      const community = rest[0]?.toLowerCase();
      if (community !== 'vl' && community !== 'fr') return ctx.reply({ text: t('group.usage') });
      return saveGroup(ctx, group, { community }, { text: t('group.community.set', { group: group.name, community: t(`group.community.${community}`) }) });
    }
  }
}

const groupCommandDef: Command = { words: ['groep', 'group', 'groupe'], run: groupCommand };

/** Groups bound to channels, roles, roster sync, and each person's profile and quiet hours. */
export const groupsFeature: Feature = {
  commands: [groupCommandDef, ...profileCommands],
  actions: [...profileActions],

  async onInstalled(deps, event, reply) {
    if (event.address.scope === 'personal' || !event.actor) return;
    const existing = await deps.storage.groups.findByConversation(event.address.channel, event.address.tenantId, event.address.conversationId);
    if (existing) return;
    const { person } = await ensurePerson(deps, event.address.channel, event.actor);
    // Posted to the whole channel, so in the default language rather than the installer's.
    const t = translator(DEFAULT_LANGUAGE);
    const { group, count } = await createGroup(deps, event, event.conversationName?.slice(0, 120) || t('group.defaultName'), event.actor);
    await reply({ text: t('group.created', { name: group.name, facilitator: person.name ?? '?', count }) });
  },

  async onMembersChanged(deps, event) {
    const group = await deps.storage.groups.findByConversation(event.address.channel, event.address.tenantId, event.address.conversationId);
    if (!group) return;
    for (const member of event.members) {
      if (event.kind === 'members-added') await addMember(deps, group, { ...member, tenantId: group.tenantId });
      else await removeMember(deps, group, member.id);
    }
    // Newcomers get the reminders of moments already planned; people who left stop getting them.
    await replanGroupReminders(deps, group.id);
  },
};
