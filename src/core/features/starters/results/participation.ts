import type { CoreDeps, HandlerContext } from '../../../app/context.js';
import type { Language } from '../../../i18n/languages.js';
import type { Translate } from '../../../i18n/translate.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import { activeMembers, displayName, type Member } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import { deliverPrivately } from '../reflection/post-access.js';
import { packLines, shortDay } from './answers-view.js';
import { checkInButton, ensureDropoffJob, findDropoffs, flagBlocks, markFlagged, MAX_CHECK_IN_BUTTONS, postedPosts } from './dropoff.js';
import { facilitatedGroups } from './facilitator-access.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Weeks `deelname` looks back without a number. */
export const DEFAULT_WEEKS = 6;
const MAX_WEEKS = 52;

/** One member's participation over the period. */
export interface MemberActivity {
  member: Member;
  /** Starters of the period they answered by name. */
  answered: number;
  /** Moments of the period they said they would attend (in person or online). */
  attending: number;
  /** Their latest named answer or RSVP, ever. */
  lastActivity?: string;
  /** Nothing in the period. */
  quiet: boolean;
}

/** Participation of every active member over the last `weeks`, sorted by name. */
export async function participation(deps: CoreDeps, group: Group, weeks: number, now: Date, language: Language) {
  const since = now.getTime() - weeks * WEEK_MS;
  const allPosts = await postedPosts(deps, group.id);
  const posts = allPosts.filter((p) => Date.parse(p.postedAt!) >= since && Date.parse(p.postedAt!) <= now.getTime());
  const moments = (await deps.storage.moments.listByGroup(group.id)).filter((m) => m.status === 'planned');
  const inPeriod = moments.filter((m) => Date.parse(m.start) >= since && Date.parse(m.start) <= now.getTime());
  // Latest named answer per person, over every post, and which posts of the period they answered by name.
  const lastAnswer = new Map<string, string>();
  const answeredIn = new Map<string, number>();
  const inWindow = new Set(posts.map((p) => p.id));
  for (const post of allPosts) {
    for (const a of await deps.storage.starterAnswers.listByPost(post.id)) {
      if (a.anonymous || !a.personKey) continue;
      if ((lastAnswer.get(a.personKey) ?? '') < a.updatedAt) lastAnswer.set(a.personKey, a.updatedAt);
      if (inWindow.has(post.id)) answeredIn.set(a.personKey, (answeredIn.get(a.personKey) ?? 0) + 1);
    }
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const rows: MemberActivity[] = (await activeMembers(deps, group.id)).map((member) => {
    const key = member.membership.personKey;
    let last = lastAnswer.get(key);
    for (const m of moments) {
      const rsvp = m.rsvps[key];
      if (rsvp && (!last || rsvp.at > last)) last = rsvp.at;
    }
    const attending = inPeriod.filter((m) => m.rsvps[key]?.answer === 'yes' || m.rsvps[key]?.answer === 'online').length;
    return { member, answered: answeredIn.get(key) ?? 0, attending, ...(last ? { lastActivity: last } : {}), quiet: !last || Date.parse(last) < since };
  });
  rows.sort((a, b) => collator.compare(displayName(a.member), displayName(b.member)));
  return { rows, posts, moments: inPeriod };
}

/** Reads `[weeks]`; undefined when it is not a number from 1 to 52. */
export function parseWeeks(args: string): number | undefined {
  const value = args.trim();
  if (value === '') return DEFAULT_WEEKS;
  if (!/^\d{1,2}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_WEEKS ? n : undefined;
}

/** The participation card of one group for one facilitator, with drop-off warnings and one-click nudges. */
async function participationCard(ctx: HandlerContext, group: Group, weeks: number): Promise<OutboundMessage> {
  const { deps, t } = ctx;
  const now = deps.clock.now();
  const language = ctx.person.language;
  const { rows, posts, moments } = await participation(deps, group, weeks, now, language);
  const flags = await findDropoffs(deps, group, now);
  // Shown here counts as flagged: the weekly check does not repeat it within 30 days.
  for (const flag of flags) await markFlagged(deps, group.id, flag.member.membership.personKey, now);
  const lines = rows.map((r) => lineOf(r, posts.length, moments.length, group, language, t));
  const blocks: CardBlock[] = [
    text(t('results.participation.period', { posts: posts.length, moments: moments.length }), true),
    text(t('results.participation.anonymousNote'), true),
    ...packLines(lines).map((block) => text(block)),
  ];
  if (flags.length > 0) blocks.push(text(t('results.dropoff.heading')), ...flagBlocks(group, flags, ctx.person.name ?? '', t));
  const actions: ActionButton[] = [];
  const latest = posts[0] ?? (await postedPosts(deps, group.id))[0];
  if (latest?.status === 'posted') actions.push(button(STARTER_ACTIONS.nudge, t('results.button.nudge'), { value: latest.id, style: 'primary' }));
  const wanted = [...flags.map((f) => f.member), ...rows.filter((r) => r.quiet).map((r) => r.member)].filter((m) => m.membership.personKey !== ctx.person.key);
  const seen = new Set<string>();
  for (const member of wanted) {
    if (seen.has(member.membership.personKey) || seen.size >= MAX_CHECK_IN_BUTTONS) continue;
    seen.add(member.membership.personKey);
    actions.push(checkInButton(group.id, member, t));
  }
  const title = weeks === 1 ? t('results.participation.headingOne', { group: group.name }) : t('results.participation.heading', { group: group.name, weeks });
  return { text: title, card: { title, blocks, actions } };
}

function lineOf(r: MemberActivity, posts: number, moments: number, group: Group, language: Language, t: Translate): string {
  const line = t('results.participation.line', {
    name: displayName(r.member),
    answered: r.answered,
    posts,
    attending: r.attending,
    moments,
    last: r.lastActivity ? shortDay(r.lastActivity, group.timeZone, language) : t('results.participation.never'),
  });
  return r.quiet ? `${line} ${t('results.participation.quietMark')}` : line;
}

/** `deelname [weken]`: participation per member for facilitators, privately. */
export async function participationCommand(ctx: HandlerContext, args: string): Promise<void> {
  const weeks = parseWeeks(args);
  if (weeks === undefined) return ctx.reply({ text: ctx.t('results.participation.usage', { max: MAX_WEEKS, weeks: DEFAULT_WEEKS }) });
  const groups = await facilitatedGroups(ctx);
  if (!groups) return;
  const messages: OutboundMessage[] = [];
  for (const group of groups) {
    messages.push(await participationCard(ctx, group, weeks));
    await ensureDropoffJob(ctx.deps, group.id);
  }
  await deliverPrivately(ctx, groups.length === 1 ? groups[0] : undefined, messages, ctx.t('results.participation.sentPrivately'));
}
