import type { ActionHandler, Command, Feature, HandlerContext } from '../../../app/context.js';
import type { ActionEvent } from '../../../model/events.js';
import { button, text, type OutboundMessage } from '../../../model/message.js';
import { groupOfConversation, groupsOfPerson } from '../../groups/group-access.js';
import type { Group } from '../../groups/group.js';
import { requireMember } from '../../moments/moment-access.js';
import { inputValue, shorten } from '../../moments/moment-text.js';
import { STARTER_ACTIONS } from '../starter-actions.js';
import { loadPostText, type StarterText } from '../starter-text.js';
import type { Reflection, StarterPost } from '../starter.js';
import { ANSWER_MAX, savedMessage } from '../answer-cards.js';
import { postForPerson } from '../starter-access.js';
import { deliverPrivately } from './post-access.js';
import { currentCard, endCard, parseStepValue } from './reflection-cards.js';
import { hasContent, normalizeTexts, saveAnonymousAnswer, saveNamedAnswer } from './share-answer.js';

/** Most unfinished reflections `reflectie` lists. */
const LIST_LIMIT = 5;

/** What every reflection step needs: the post, its group, the starter's texts and the person's progress. */
interface Step {
  post: StarterPost;
  group: Group;
  starter: StarterText;
  reflection: Reflection;
}

/** A reflection that was only opened (or reset after an anonymous share) carries nothing worth listing or welcoming back to. */
const isBlank = (r: Reflection): boolean => r.index === 0 && r.texts.every((x) => x === null);

/** Fits stored progress to the starter's questions now (a group's own starter may have been edited since). */
function fitted(reflection: Reflection, count: number): Reflection {
  if (reflection.texts.length === count && reflection.index <= count) return reflection;
  const texts = Array.from({ length: count }, (_, i) => reflection.texts[i] ?? null);
  return { ...reflection, texts, index: Math.min(reflection.index, count) };
}

/** Loads the post (for an active member of its group), the starter and the person's progress (created when absent). */
async function loadStep(ctx: HandlerContext, postId: string | undefined, create: boolean): Promise<Step | undefined> {
  const found = await postForPerson(ctx, postId);
  if (!found) return undefined;
  const { post, group } = found;
  if (post.status === 'scheduled') {
    await ctx.reply({ text: ctx.t('starters.post.notFound') });
    return undefined;
  }
  if (!(await requireMember(ctx, group))) return undefined;
  const starter = await loadPostText(ctx.deps, post, ctx.person.language);
  if (!starter || starter.questions.length === 0) {
    await ctx.reply({ text: ctx.t('starters.post.notFound') });
    return undefined;
  }
  const stored = await ctx.deps.storage.reflections.get(post.id, ctx.person.key);
  if (!stored && !create) {
    await ctx.reply({ text: ctx.t('reflection.notStarted') });
    return undefined;
  }
  const now = ctx.deps.clock.now().toISOString();
  const reflection: Reflection = stored
    ? fitted(stored, starter.questions.length)
    : { postId: post.id, personKey: ctx.person.key, index: 0, texts: starter.questions.map(() => null), status: 'active', startedAt: now, updatedAt: now };
  return { post, group, starter, reflection };
}

async function save(ctx: HandlerContext, reflection: Reflection): Promise<Reflection> {
  const next = { ...reflection, updatedAt: ctx.deps.clock.now().toISOString() };
  await ctx.deps.storage.reflections.save(next);
  return next;
}

/** True when the reflection was shared by name and that answer still exists (it may have been deleted since). */
const sharedByName = async (ctx: HandlerContext, step: Step): Promise<boolean> =>
  step.reflection.sharedAs === 'named' && (await ctx.deps.storage.starterAnswers.findNamed(step.post.id, ctx.person.key)) !== undefined;

/** A finished reflection: shared by name (see it through "Mijn antwoord"), or kept (read it, share it after all). */
async function finishedMessage(ctx: HandlerContext, step: Step): Promise<OutboundMessage> {
  const { post, starter, reflection } = step;
  if (await sharedByName(ctx, step)) {
    const line = ctx.t('reflection.alreadyShared');
    return { text: line, card: { blocks: [text(line)], actions: [button(STARTER_ACTIONS.answerMine, ctx.t('starters.answer.button.mine'), { value: post.id })] } };
  }
  const lead = reflection.sharedAs === 'named' ? ctx.t('reflection.answerGone') : ctx.t('reflection.keptIntro');
  return endCard(post, starter, { ...reflection, index: starter.questions.length }, ctx.t, lead);
}

/** A click on a finished reflection's old card. */
const answerFinished = async (ctx: HandlerContext, step: Step): Promise<void> => ctx.reply(await finishedMessage(ctx, step));

/** `Reflecteer` (in the channel or a direct chat): starts or resumes the reflection, always in the person's direct chat. */
async function start(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const step = await loadStep(ctx, parseStepValue(ctx.event.value)?.postId, true);
  if (!step) return;
  const { post, group, starter } = step;
  let { reflection } = step;
  const count = starter.questions.length;
  let message: OutboundMessage;
  let fresh = false;
  if (reflection.status === 'finished') message = await finishedMessage(ctx, step);
  else {
    if (post.status !== 'posted') return ctx.reply({ text: ctx.t('reflection.closed') });
    fresh = isBlank(reflection);
    const lead = fresh
      ? undefined
      : reflection.index >= count
        ? ctx.t('reflection.welcomeBackEnd')
        : ctx.t('reflection.welcomeBack', { n: reflection.index + 1 });
    reflection = await save(ctx, { ...reflection, status: 'active' });
    message = currentCard(post, starter, reflection, ctx.t, lead);
  }
  await deliverPrivately(ctx, group, [message], fresh ? ctx.t('reflection.sentPrivately') : ctx.t('reflection.sentPrivatelyResume'));
}

/** Loads the step of a navigation click; answers for an older card or a finished reflection. Undefined when handled. */
async function navigationStep(ctx: HandlerContext<ActionEvent>): Promise<Step | undefined> {
  const parsed = parseStepValue(ctx.event.value);
  const step = await loadStep(ctx, parsed?.postId, false);
  if (!step) return undefined;
  if (step.reflection.status === 'finished') {
    await answerFinished(ctx, step);
    return undefined;
  }
  if (step.post.status !== 'posted') {
    await ctx.reply({ text: ctx.t('reflection.closed') });
    return undefined;
  }
  if (parsed?.index !== undefined && parsed.index !== step.reflection.index) {
    await ctx.reply(currentCard(step.post, step.starter, step.reflection, ctx.t, ctx.t('reflection.stale')));
    return undefined;
  }
  return step;
}

/** The text typed in the card, if any. */
const typed = (ctx: HandlerContext<ActionEvent>): string => inputValue(ctx.event.inputs['text']);

async function refuseTooLong(ctx: HandlerContext<ActionEvent>, step: Step, value: string): Promise<void> {
  const texts = [...step.reflection.texts];
  texts[step.reflection.index] = value;
  await ctx.reply(currentCard(step.post, step.starter, { ...step.reflection, texts }, ctx.t, ctx.t('reflection.tooLong', { length: value.length, max: ANSWER_MAX })));
}

/** `Volgende`: saves the answer (empty counts as skipped) and shows the next question or the end. */
async function next(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const step = await navigationStep(ctx);
  if (!step) return;
  const { reflection } = step;
  const count = step.starter.questions.length;
  if (reflection.index >= count) return ctx.reply(currentCard(step.post, step.starter, reflection, ctx.t));
  const value = typed(ctx);
  if (value.length > ANSWER_MAX) return refuseTooLong(ctx, step, value);
  const texts = [...reflection.texts];
  texts[reflection.index] = value;
  const saved = await save(ctx, { ...reflection, texts, index: reflection.index + 1, status: 'active' });
  await ctx.reply(currentCard(step.post, step.starter, saved, ctx.t));
}

/** `Overslaan`: marks the question as skipped and moves on. */
async function skip(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const step = await navigationStep(ctx);
  if (!step) return;
  const { reflection } = step;
  if (reflection.index >= step.starter.questions.length) return ctx.reply(currentCard(step.post, step.starter, reflection, ctx.t));
  const texts = [...reflection.texts];
  texts[reflection.index] = '';
  const saved = await save(ctx, { ...reflection, texts, index: reflection.index + 1, status: 'active' });
  await ctx.reply(currentCard(step.post, step.starter, saved, ctx.t));
}

/** `Terug`: keeps what was typed on this question and shows the previous one with its saved answer. */
async function back(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const step = await navigationStep(ctx);
  if (!step) return;
  const { reflection } = step;
  const texts = [...reflection.texts];
  const value = typed(ctx);
  if (value.length > ANSWER_MAX) return refuseTooLong(ctx, step, value);
  if (value !== '' && reflection.index < step.starter.questions.length) texts[reflection.index] = value;
  const saved = await save(ctx, { ...reflection, texts, index: Math.max(0, reflection.index - 1), status: 'active' });
  await ctx.reply(currentCard(step.post, step.starter, saved, ctx.t));
}

/** `Stoppen`: keeps everything (also what was typed just now) for later. */
async function stop(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const step = await navigationStep(ctx);
  if (!step) return;
  const { reflection } = step;
  const count = step.starter.questions.length;
  const texts = [...reflection.texts];
  const value = typed(ctx).slice(0, ANSWER_MAX);
  if (value !== '' && reflection.index < count) texts[reflection.index] = value;
  await save(ctx, { ...reflection, texts, status: 'stopped' });
  await ctx.reply({ text: ctx.t('reflection.stopped', { n: Math.min(reflection.index + 1, count), count }) });
}

// Shares in progress in this process, so a double click cannot create two anonymous answers.
const sharing = new Set<string>();

/** Reads `<postId>|named|anonymous|private`. */
function parseShare(value: string | undefined): { postId: string; how: 'named' | 'anonymous' | 'private' } | undefined {
  const match = /^([\w-]{1,100})\|(named|anonymous|private)$/.exec(value ?? '');
  return match ? { postId: match[1]!, how: match[2] as 'named' | 'anonymous' | 'private' } : undefined;
}

/** The end choice: share by name, share anonymously, or keep private. */
async function share(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = parseShare(ctx.event.value);
  const key = `${parsed?.postId ?? ''}|${ctx.person.key}`;
  if (sharing.has(key)) return ctx.reply({ text: ctx.t('reflection.busy') });
  sharing.add(key);
  try {
    await shareOnce(ctx, parsed);
  } finally {
    sharing.delete(key);
  }
}

async function shareOnce(ctx: HandlerContext<ActionEvent>, parsed: ReturnType<typeof parseShare>): Promise<void> {
  const step = await loadStep(ctx, parsed?.postId, false);
  if (!step || !parsed) return;
  const { post, group, starter, reflection } = step;
  const count = starter.questions.length;
  if (reflection.status === 'finished' && (await sharedByName(ctx, step))) return answerFinished(ctx, step);
  if (reflection.status !== 'finished' && reflection.index < count) {
    return ctx.reply(currentCard(post, starter, reflection, ctx.t, ctx.t('reflection.stale')));
  }
  const texts = normalizeTexts(reflection.texts, count);
  if (parsed.how === 'private') {
    await save(ctx, { ...reflection, index: count, status: 'finished', sharedAs: 'private' });
    return ctx.reply({ text: ctx.t('reflection.kept') });
  }
  if (post.status !== 'posted') return ctx.reply({ text: ctx.t('reflection.closed') });
  if (!hasContent(texts)) return ctx.reply(endCard(post, starter, reflection, ctx.t, ctx.t('reflection.nothingToShare')));
  if (parsed.how === 'named') {
    const { replaced } = await saveNamedAnswer(ctx.deps, post, ctx.person.key, texts);
    await save(ctx, { ...reflection, index: count, status: 'finished', sharedAs: 'named' });
    return ctx.reply(savedMessage(starter.title, post.id, { kind: 'named' }, replaced, ctx.t));
  }
  if (!post.allowAnonymous) return ctx.reply(endCard(post, starter, reflection, ctx.t, ctx.t('reflection.anonymousNotAllowed')));
  const saved = await saveAnonymousAnswer(ctx.deps, post, texts, group.timeZone, ctx.person.key);
  if ('refused' in saved) return ctx.reply({ text: ctx.t(saved.refused === 'already-answered' ? 'starters.answer.anonymousAlready' : 'starters.answer.notFound') });
  const { secret } = saved;
  // Nothing stored with the person's key may point at an anonymous answer, not even a changed progress record:
  // the progress is deleted, as if the reflection was never started.
  await ctx.deps.storage.reflections.delete(post.id, ctx.person.key);
  // The secret reaches the author alone: this reply goes to their own direct chat, where the reflection runs.
  return ctx.reply(savedMessage(starter.title, post.id, { kind: 'anonymous', secret }, false, ctx.t));
}

/** One line of the reflection list, with its post and progress. */
interface OpenReflection {
  reflection: Reflection;
  post: StarterPost;
  group: Group;
  starter: StarterText;
}

/** The person's unfinished reflections on posts still open, in groups they are still in; newest activity first. */
async function openReflections(ctx: HandlerContext): Promise<OpenReflection[]> {
  const groups = new Map((await groupsOfPerson(ctx.deps, ctx.person)).map((g) => [g.group.id, g.group]));
  const out: OpenReflection[] = [];
  for (const reflection of await ctx.deps.storage.reflections.listByPerson(ctx.person.key)) {
    if (reflection.status === 'finished' || (reflection.status === 'stopped' && isBlank(reflection))) continue;
    const post = await ctx.deps.storage.starterPosts.get(reflection.postId);
    const group = post ? groups.get(post.groupId) : undefined;
    if (!post || !group || post.status !== 'posted') continue;
    const starter = await loadPostText(ctx.deps, post, ctx.person.language);
    if (starter && starter.questions.length > 0) out.push({ reflection: fitted(reflection, starter.questions.length), post, group, starter });
  }
  return out.sort((a, b) => b.reflection.updatedAt.localeCompare(a.reflection.updatedAt));
}

/** `reflectie`: the unfinished reflections with a button to go on, privately. */
async function listCommand(ctx: HandlerContext): Promise<void> {
  const open = await openReflections(ctx);
  const group = ctx.event.address.scope === 'personal' ? undefined : await groupOfConversation(ctx);
  let message: OutboundMessage;
  if (open.length === 0) message = { text: ctx.t('reflection.list.none') };
  else {
    const shown = open.slice(0, LIST_LIMIT);
    const lines = shown.map(({ reflection, group: g, starter }) =>
      reflection.index >= starter.questions.length
        ? ctx.t('reflection.list.itemEnd', { title: starter.title, group: g.name })
        : ctx.t('reflection.list.item', { title: starter.title, group: g.name, n: reflection.index + 1, count: starter.questions.length }),
    );
    if (open.length > LIST_LIMIT) lines.push(ctx.t('reflection.list.more', { count: open.length - LIST_LIMIT }));
    message = {
      text: ctx.t('reflection.list.heading'),
      card: {
        title: ctx.t('reflection.list.heading'),
        blocks: lines.map((line) => text(line)),
        actions: shown.map(({ post, starter }) => button(STARTER_ACTIONS.reflect, ctx.t('reflection.list.continue', { title: shorten(starter.title, 50) }), { value: post.id })),
      },
    };
  }
  await deliverPrivately(ctx, group, [message], ctx.t('reflection.list.sentPrivately'));
}

/** `reflectie`, `reflection`, `réflexion`. */
const reflectionCommands: Command[] = [{ words: ['reflectie', 'reflection', 'réflexion', 'reflexion'], run: listCommand }];

const reflectionActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.reflect, run: start },
  { id: STARTER_ACTIONS.reflectNext, run: next },
  { id: STARTER_ACTIONS.reflectBack, run: back },
  { id: STARTER_ACTIONS.reflectSkip, run: skip },
  { id: STARTER_ACTIONS.reflectStop, run: stop },
  { id: STARTER_ACTIONS.reflectShare, run: share },
];

/** Guided reflection: one question at a time in the direct chat, resumable, shared or kept private at the end. */
export const reflectionFeature: Feature = { commands: reflectionCommands, actions: reflectionActions };
