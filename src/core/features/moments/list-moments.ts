import type { Command, HandlerContext } from '../../app/context.js';
import { activeMembers, displayName, groupOfConversation, groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { channelMomentCard, personalMomentCard, type QuestionLine } from './moment-cards.js';
import { comingMoments } from './moment-access.js';
import type { Moment } from './moment.js';

/** Most moments one overview shows; the rest is counted. */
export const LIST_LIMIT = 10;

async function questionLines(ctx: HandlerContext, moment: Moment, names: Map<string, string>): Promise<QuestionLine[]> {
  const lines: QuestionLine[] = [];
  for (const q of await ctx.deps.storage.questions.listByMoment(moment.id)) {
    // Someone who left since still asked it; their name stays with their question.
    const name = names.get(q.personKey) ?? (await ctx.deps.storage.people.get(q.personKey))?.name ?? '?';
    lines.push({ text: q.text, name });
  }
  return lines;
}

/** The group's coming moments in its channel, with everyone's RSVP; facilitators also get own questions and change buttons. */
async function listInChannel(ctx: HandlerContext, group: Group): Promise<void> {
  const coming = await comingMoments(ctx.deps, group.id, ctx.deps.clock.now());
  if (coming.length === 0) return ctx.reply({ text: ctx.t('moments.none', { group: group.name }) });
  const members = await activeMembers(ctx.deps, group.id);
  const isFacilitator = members.some((m) => m.membership.personKey === ctx.person.key && m.membership.role === 'facilitator');
  const names = new Map(members.map((m) => [m.membership.personKey, displayName(m)]));
  for (const moment of coming.slice(0, LIST_LIMIT)) {
    const facilitator = isFacilitator ? { questions: await questionLines(ctx, moment, names) } : undefined;
    await ctx.reply(channelMomentCard(moment, members, facilitator, ctx.deps.publicUrl, ctx.t, ctx.person.language));
  }
  if (coming.length > LIST_LIMIT) await ctx.reply({ text: ctx.t('moments.more', { count: coming.length - LIST_LIMIT }) });
}

/** In a personal chat: the coming moments of all the person's groups, with their own RSVP and buttons. */
async function listPersonal(ctx: HandlerContext): Promise<void> {
  const groups = await groupsOfPerson(ctx.deps, ctx.person);
  if (groups.length === 0) return ctx.reply({ text: ctx.t('group.noneForYou') });
  const now = ctx.deps.clock.now();
  const all: Array<{ moment: Moment; group: Group }> = [];
  for (const { group } of groups) for (const moment of await comingMoments(ctx.deps, group.id, now)) all.push({ moment, group });
  if (all.length === 0) return ctx.reply({ text: ctx.t('moments.noneForYou') });
  all.sort((a, b) => Date.parse(a.moment.start) - Date.parse(b.moment.start));
  for (const { moment, group } of all.slice(0, LIST_LIMIT)) {
    await ctx.reply(personalMomentCard(moment, group, moment.rsvps[ctx.person.key]?.answer, ctx.deps.publicUrl, ctx.t, ctx.person.language));
  }
  if (all.length > LIST_LIMIT) await ctx.reply({ text: ctx.t('moments.more', { count: all.length - LIST_LIMIT }) });
}

async function listCommand(ctx: HandlerContext): Promise<void> {
  if (ctx.event.address.scope === 'personal') return listPersonal(ctx);
  const group = await groupOfConversation(ctx);
  if (!group) return ctx.reply({ text: ctx.t('group.none') });
  return listInChannel(ctx, group);
}

/** `momenten`, `moments`. */
export const listCommands: Command[] = [{ words: ['momenten', 'moments'], run: listCommand }];
