import { planForm } from '../../moments/plan-cards.js';
import { DETAIL_LIMITS } from '../../moments/moment-details.js';
import type { ActionHandler, HandlerContext } from '../../../app/context.js';
import { sendToPerson } from '../../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../../i18n/languages.js';
import type { ActionEvent } from '../../../model/events.js';
import { newId } from '../../../model/ids.js';
import { button, text, type CardBlock, type OutboundMessage } from '../../../model/message.js';
import type { Draft } from '../../../ports/storage.js';
import { activeMembers, displayName, requireFacilitator } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { requireMember, sameTenant } from '../../moments/moment-access.js';
import { inputValue } from '../../moments/moment-text.js';
import { postToGroup } from '../../moments/notify.js';
import { listCard } from '../../starters/browse-cards.js';
import { availableStarters, filterStarters, tagsOf } from '../../starters/starter-catalog.js';
import { groupsOfPerson } from '../../groups/group-access.js';
import { needsT, type NeedsT, tOf } from '../needs-translate.js';
import { NEEDS_THEMES, type NeedsRound } from '../needs.js';

/** Action ids of the "into the plan" buttons and the proposal's buttons. */
export const PROPOSAL_ACTIONS = {
  /** value: round id; facilitators: the proposal form. */
  open: 'needs.proposal.open',
  /** value: round id; input `question`. */
  submit: 'needs.proposal.submit',
  /** value: draft id. */
  yes: 'needs.proposal.yes',
  /** value: draft id. */
  no: 'needs.proposal.no',
  /** value: draft id; the comment form. */
  comment: 'needs.proposal.comment',
  /** value: draft id; input `comment`. */
  commentSave: 'needs.proposal.comment.save',
  /** value: `<roundId>|<themeId>`; the starter list filtered on the theme's tag. */
  starter: 'needs.proposal.starter',
  /** value: `<roundId>|<themeId>`; the planning form, prefilled with the theme. */
  plan: 'needs.proposal.plan',
} as const;

export const PROPOSAL_KIND = 'needs.proposal';
export const QUESTION_MIN = 5;
export const QUESTION_MAX = 500;
export const COMMENT_MAX = 1000;
const PROPOSAL_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/** Library tags of the needs themes where one fits; other themes browse unfiltered. */
export const THEME_TAGS: Partial<Record<string, string>> = {
  differentiation: 'differentiatie',
  multilingualism: 'meertaligheid',
  'care-guidance': 'zorg',
  'diversity-inclusion': 'diversiteit',
  'collaboration-coteaching': 'samenwerking',
  'workable-work': 'werkbaar-werk',
  starting: 'starters',
};

export interface ProposalData {
  groupId: string;
  question: string;
  votes: Record<string, 'yes' | 'no'>;
  comments: Array<{ personKey: string; text: string }>;
  status?: 'open' | 'adopted';
}


/** The "into the plan" buttons of a results card: propose a question, and, with a top theme, starter and moment. */
export function proposalButtons(t: NeedsT, roundId: string, topTheme: { id: string; label: string } | undefined) {
  return [
    button(PROPOSAL_ACTIONS.open, t('needs.propose.button'), { value: roundId }),
    ...(topTheme
      ? [
          button(PROPOSAL_ACTIONS.starter, t('needs.propose.starter', { theme: topTheme.label }), { value: `${roundId}|${topTheme.id}` }),
          button(PROPOSAL_ACTIONS.plan, t('needs.propose.plan', { theme: topTheme.label }), { value: `${roundId}|${topTheme.id}` }),
        ]
      : []),
  ];
}

/** The round of a results-card button and its group, when this person facilitates it; otherwise answers why not. */
async function facilitatedRound(ctx: HandlerContext, roundId: string | undefined): Promise<{ round: NeedsRound; group: Group } | undefined> {
  const round = roundId ? await ctx.deps.storage.needsRounds.get(roundId) : undefined;
  const group = round ? await ctx.deps.storage.groups.get(round.groupId) : undefined;
  if (!round || !group || !sameTenant(group, ctx.person)) {
    await ctx.reply({ text: tOf(ctx)('needs.results.noRound') });
    return undefined;
  }
  return (await requireFacilitator(ctx, group)) ? { round, group } : undefined;
}

/** The most common learning question of the round (the rephrased one, else what they wrote), within the length limits. */
async function commonQuestion(ctx: HandlerContext, round: NeedsRound): Promise<string> {
  const counts = new Map<string, number>();
  for (const a of await ctx.deps.storage.needsAnswers.listByRound(round.id)) {
    const q = (a.learningQuestion ?? a.learnWhat).trim();
    if (q.length >= QUESTION_MIN && q.length <= QUESTION_MAX) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [q, n] of counts) if (n > most) [best, most] = [q, n];
  return best;
}

function proposalForm(t: NeedsT, roundId: string, question: string, error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push({ type: 'input', id: 'question', label: t('needs.propose.field'), multiline: true, maxLength: QUESTION_MAX, ...(question ? { value: question } : {}) });
  return {
    text: error ?? t('needs.propose.title'),
    card: { title: t('needs.propose.title'), presentation: 'dialog', blocks, actions: [button(PROPOSAL_ACTIONS.submit, t('needs.propose.submit'), { value: roundId, style: 'primary' })] },
  };
}

async function openProposal(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await facilitatedRound(ctx, ctx.event.value);
  if (!found) return;
  await ctx.reply(proposalForm(tOf(ctx), found.round.id, await commonQuestion(ctx, found.round)));
}

function proposalPost(data: ProposalData, draftId: string, name: string): OutboundMessage {
  // The channel hears the group's language.
  const t = needsT(DEFAULT_LANGUAGE);
  const line = t('needs.proposal.channel', { name, question: data.question });
  return {
    text: line,
    card: {
      blocks: [text(line)],
      actions: [
        button(PROPOSAL_ACTIONS.yes, t('needs.proposal.yes'), { value: draftId, style: 'primary' }),
        button(PROPOSAL_ACTIONS.no, t('needs.proposal.no'), { value: draftId }),
        button(PROPOSAL_ACTIONS.comment, t('needs.proposal.comment'), { value: draftId }),
      ],
    },
  };
}

async function submitProposal(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await facilitatedRound(ctx, ctx.event.value);
  if (!found) return;
  const t = tOf(ctx);
  const question = inputValue(ctx.event.inputs['question']);
  if (question.length < QUESTION_MIN || question.length > QUESTION_MAX) return ctx.reply(proposalForm(t, found.round.id, question, t('needs.propose.length')));
  const now = ctx.deps.clock.now();
  const data: ProposalData = { groupId: found.group.id, question, votes: {}, comments: [], status: 'open' };
  const draft: Draft = {
    id: newId('prop'),
    personKey: ctx.person.key,
    kind: PROPOSAL_KIND,
    data: { ...data },
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + PROPOSAL_TTL_MS).toISOString(),
  };
  await ctx.deps.storage.drafts.save(draft);
  await postToGroup(ctx.deps, found.group, proposalPost(data, draft.id, ctx.person.name ?? ctx.person.key));
  ctx.deps.logger.info('needs: learning question proposed', { groupId: found.group.id, draftId: draft.id });
  await ctx.reply({ text: t('needs.propose.posted', { group: found.group.name }) });
}

/** The open proposal of a button and its group, when this person is an active member; otherwise answers why not. */
async function openProposalFor(ctx: HandlerContext): Promise<{ draft: Draft; data: ProposalData; group: Group } | undefined> {
  const id = ctx.event.kind === 'action' ? ctx.event.value : undefined;
  const draft = id ? await ctx.deps.storage.drafts.get(id) : undefined;
  const data = draft?.kind === PROPOSAL_KIND ? (draft.data as unknown as ProposalData) : undefined;
  const group = data ? await ctx.deps.storage.groups.get(data.groupId) : undefined;
  const expired = draft?.expiresAt !== undefined && Date.parse(draft.expiresAt) <= ctx.deps.clock.now().getTime();
  if (!draft || !data || !group || !sameTenant(group, ctx.person) || expired || data.status === 'adopted') {
    await ctx.reply({ text: tOf(ctx)('needs.proposal.gone') });
    return undefined;
  }
  return (await requireMember(ctx, group)) ? { draft, data, group } : undefined;
}

async function vote(ctx: HandlerContext<ActionEvent>, choice: 'yes' | 'no'): Promise<void> {
  const found = await openProposalFor(ctx);
  if (!found) return;
  const { draft, group } = found;
  const data: ProposalData = { ...found.data, votes: { ...found.data.votes, [ctx.person.key]: choice } };
  const members = (await activeMembers(ctx.deps, group.id)).map((m) => m.membership.personKey);
  const yes = members.filter((key) => data.votes[key] === 'yes').length;
  const adopted = yes * 2 > members.length;
  await ctx.deps.storage.drafts.save({ ...draft, data: { ...data, status: adopted ? 'adopted' : 'open' } });
  await ctx.reply({ text: tOf(ctx)('needs.proposal.voted', { yes, members: members.length }) });
  if (!adopted) return;
  await ctx.deps.storage.groups.save({ ...group, learningQuestion: data.question });
  ctx.deps.logger.info('needs: learning question adopted', { groupId: group.id, draftId: draft.id });
  await postToGroup(ctx.deps, group, { text: needsT(DEFAULT_LANGUAGE)('needs.proposal.adopted', { question: data.question }) });
}

function commentForm(t: NeedsT, draftId: string, error?: string): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (error) blocks.push(text(error));
  blocks.push(text(t('needs.proposal.commentNote')), { type: 'input', id: 'comment', label: t('needs.proposal.commentField'), multiline: true, maxLength: COMMENT_MAX });
  return {
    text: error ?? t('needs.proposal.commentNote'),
    card: { title: t('needs.proposal.commentField'), presentation: 'dialog', blocks, actions: [button(PROPOSAL_ACTIONS.commentSave, t('needs.proposal.commentSave'), { value: draftId, style: 'primary' })] },
  };
}

async function openComment(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await openProposalFor(ctx);
  if (found) await ctx.reply(commentForm(tOf(ctx), found.draft.id));
}

async function saveComment(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await openProposalFor(ctx);
  if (!found) return;
  const t = tOf(ctx);
  const comment = inputValue(ctx.event.inputs['comment']);
  if (comment.length === 0 || comment.length > COMMENT_MAX) return ctx.reply(commentForm(t, found.draft.id, t('needs.proposal.commentEmpty')));
  const { draft, data, group } = found;
  await ctx.deps.storage.drafts.save({ ...draft, data: { ...data, comments: [...data.comments, { personKey: ctx.person.key, text: comment }] } });
  const members = await activeMembers(ctx.deps, group.id);
  const me = members.find((m) => m.membership.personKey === ctx.person.key);
  const name = me ? displayName(me) : (ctx.person.name ?? ctx.person.key);
  for (const f of members.filter((m) => m.membership.role === 'facilitator')) {
    const line = needsT(f.person?.language ?? DEFAULT_LANGUAGE)('needs.proposal.commentToFacilitator', { name, question: data.question, text: comment });
    await sendToPerson(ctx.deps, f.membership.personKey, { text: line }, group);
  }
  await ctx.reply({ text: t('needs.proposal.commentSent') });
}

/** Reads `<roundId>|<themeId>` and checks the person facilitates the round's group. */
async function themeOf(ctx: HandlerContext<ActionEvent>): Promise<{ group: Group; themeId: string; label: string } | undefined> {
  const [roundId, themeId] = (ctx.event.value ?? '').split('|');
  const found = await facilitatedRound(ctx, roundId);
  if (!found) return undefined;
  const theme = NEEDS_THEMES.find((th) => th.id === themeId);
  return { group: found.group, themeId: themeId ?? '', label: theme ? theme.label[ctx.person.language] : '' };
}

/** Answers privately: in a direct chat right here, otherwise as a direct message. */
async function privately(ctx: HandlerContext, group: Group, message: OutboundMessage): Promise<void> {
  if (ctx.event.address.scope === 'personal') return ctx.reply(message);
  const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
  await ctx.reply({ text: tOf(ctx)(result.ok ? 'needs.private.sent' : 'needs.private.unreachable') });
}

async function starterAboutTheme(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await themeOf(ctx);
  if (!found) return;
  const groups = (await groupsOfPerson(ctx.deps, ctx.person)).map((g) => g.group);
  const entries = await availableStarters(ctx.deps, ctx.person.language, groups);
  const tags = tagsOf(entries);
  const wanted = THEME_TAGS[found.themeId];
  const tag = wanted && tags.includes(wanted) ? wanted : undefined;
  const state = { page: 0, ...(tag ? { tag } : {}) };
  await privately(ctx, found.group, listCard({ matches: filterStarters(entries, state), state, tags, canCreate: false, personal: true }, ctx.t));
}

async function planAboutTheme(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await themeOf(ctx);
  if (!found) return;
  // The planning form itself, prefilled with the theme: a facilitator should not have to retype it in the channel.
  const title = found.label.slice(0, DETAIL_LIMITS.title);
  const agenda = tOf(ctx)('needs.propose.planAgenda', { theme: found.label }).slice(0, DETAIL_LIMITS.agenda);
  await privately(ctx, found.group, planForm(ctx.t, `new:${found.group.id}`, { details: { title, agenda } }));
}

export const proposalActions: ActionHandler[] = [
  { id: PROPOSAL_ACTIONS.open, run: openProposal },
  { id: PROPOSAL_ACTIONS.submit, run: submitProposal },
  { id: PROPOSAL_ACTIONS.yes, run: (ctx) => vote(ctx, 'yes') },
  { id: PROPOSAL_ACTIONS.no, run: (ctx) => vote(ctx, 'no') },
  { id: PROPOSAL_ACTIONS.comment, run: openComment },
  { id: PROPOSAL_ACTIONS.commentSave, run: saveComment },
  { id: PROPOSAL_ACTIONS.starter, run: starterAboutTheme },
  { id: PROPOSAL_ACTIONS.plan, run: planAboutTheme },
];
