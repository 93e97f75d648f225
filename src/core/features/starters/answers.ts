import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { inputValue } from '../moments/moment-text.js';
import { requireMember, sameTenant } from '../moments/moment-access.js';
import type { Group } from '../groups/group.js';
import { ANSWER_MAX, answerForm, answerView, parseSaveValue, savedMessage, type AnswerMode } from './answer-cards.js';
import { saveAnonymousAnswer, saveNamedAnswer } from './answer-store.js';
import { editKeyHash, isEditSecret, newEditSecret } from './edit-key.js';
import type { StarterAnswer, StarterPost } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';
import { postForPerson, replyPrivately } from './starter-access.js';
import { loadPostText, type StarterText } from './starter-text.js';

// Anonymity: the anonymous form, its confirmation and the view of an anonymous answer go to the author alone;
// a click in a channel is acknowledged there with the same words whichever button it was.

/** The post's starter in the person's language; answers "not found" when it is gone. */
async function starterOf(ctx: HandlerContext, post: StarterPost): Promise<StarterText | undefined> {
  const starter = await loadPostText(ctx.deps, post, ctx.person.language);
  if (!starter) await ctx.reply({ text: ctx.t('starters.post.notFound') });
  return starter;
}

/** True when the post takes answers (it is in the channel and not closed); otherwise answers why not. */
async function requireOpen(ctx: HandlerContext, post: StarterPost, title: string): Promise<boolean> {
  if (post.status === 'posted') return true;
  await ctx.reply({ text: ctx.t(post.status === 'scheduled' ? 'starters.post.notYet' : 'starters.post.closed', { title }) });
  return false;
}

/** An active member (guests included) answering a posted starter: the post, its group and its texts. */
async function answerable(ctx: HandlerContext, postId: string | undefined): Promise<{ post: StarterPost; group: Group; starter: StarterText } | undefined> {
  const found = await postForPerson(ctx, postId);
  if (!found || !(await requireMember(ctx, found.group))) return undefined;
  const starter = await starterOf(ctx, found.post);
  if (!starter || !(await requireOpen(ctx, found.post, starter.title))) return undefined;
  return { ...found, starter };
}

/**
 * "Antwoorden" / "Anoniem antwoorden" in the channel: the form goes to the person privately; the channel only
 * hears the same short acknowledgement for both buttons, so nobody can tell who chose to answer anonymously.
 */
async function openForm(ctx: HandlerContext<ActionEvent>, kind: AnswerMode['kind']): Promise<void> {
  const found = await answerable(ctx, ctx.event.value);
  if (!found) return;
  const { post, group, starter } = found;
  if (kind === 'anonymous' && !post.allowAnonymous) return ctx.reply({ text: ctx.t('starters.answer.anonymousOff', { title: starter.title }) });
  const mode: AnswerMode = kind === 'anonymous' ? { kind: 'anonymous', secret: newEditSecret() } : { kind: 'named' };
  const existing = mode.kind === 'named' ? await ctx.deps.storage.starterAnswers.findNamed(post.id, ctx.person.key) : undefined;
  await replyPrivately(ctx, group, answerForm(starter, post.id, mode, ctx.t, existing?.texts), 'starters.private.questionsSent');
}

/** The typed answers, one per question; or the problem to show above the form. */
function readTexts(ctx: HandlerContext<ActionEvent>, count: number): { ok: true; texts: string[] } | { ok: false; texts: string[]; error: string } {
  const texts = Array.from({ length: count }, (_, i) => inputValue(ctx.event.inputs[`q${i}`]));
  const tooLong = texts.findIndex((v) => v.length > ANSWER_MAX);
  if (tooLong >= 0) return { ok: false, texts, error: ctx.t('starters.answer.tooLong', { n: tooLong + 1, length: texts[tooLong]!.length, max: ANSWER_MAX }) };
  if (texts.every((v) => v === '')) return { ok: false, texts, error: ctx.t('starters.answer.empty') };
  return { ok: true, texts };
}

/** The answer form's submit: at least one answer, each at most ANSWER_MAX; named or anonymous as the form says. */
async function saveAnswer(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const parsed = parseSaveValue(ctx.event.value);
  if (!parsed) return ctx.reply({ text: ctx.t('starters.post.notFound') });
  const found = await answerable(ctx, parsed.postId);
  if (!found) return;
  const { post, group, starter } = found;
  const { mode } = parsed;
  // Never save as named what the person wrote believing it anonymous: refuse instead.
  if (mode.kind === 'anonymous' && !post.allowAnonymous) return replyPrivately(ctx, group, { text: ctx.t('starters.answer.anonymousOff', { title: starter.title }) });
  const read = readTexts(ctx, starter.questions.length);
  if (!read.ok) return replyPrivately(ctx, group, answerForm(starter, post.id, mode, ctx.t, read.texts, read.error));
  if (mode.kind === 'named') {
    const { replaced } = await saveNamedAnswer(ctx.deps, post, ctx.person.key, read.texts);
    return replyPrivately(ctx, group, savedMessage(starter.title, post.id, mode, replaced, ctx.t));
  }
  const saved = await saveAnonymousAnswer(ctx.deps, post, read.texts, group.timeZone, ctx.person.key, mode.secret);
  if ('refused' in saved) {
    return replyPrivately(ctx, group, { text: ctx.t(saved.refused === 'already-answered' ? 'starters.answer.anonymousAlready' : 'starters.answer.notFound') });
  }
  return replyPrivately(ctx, group, savedMessage(starter.title, post.id, { kind: 'anonymous', secret: saved.secret }, saved.replaced, ctx.t));
}

/** One's own answer from a button value: a post id (the named answer) or an edit secret (the anonymous one). */
interface OwnAnswer {
  post: StarterPost;
  group: Group;
  mode: AnswerMode;
  answer: StarterAnswer;
}

/** Finds the person's own answer for "Mijn antwoord", "Aanpassen" and "Verwijderen"; otherwise answers why not. */
async function ownAnswer(ctx: HandlerContext<ActionEvent>): Promise<OwnAnswer | undefined> {
  const value = ctx.event.value ?? '';
  if (isEditSecret(value)) {
    // The secret is the only key: no membership or person is looked at, so nothing ties the answer to anyone.
    const answer = await ctx.deps.storage.starterAnswers.findByEditKeyHash(await editKeyHash(value));
    const post = answer?.anonymous ? await ctx.deps.storage.starterPosts.get(answer.postId) : undefined;
    const group = post ? await ctx.deps.storage.groups.get(post.groupId) : undefined;
    if (!answer || !post || !group || !sameTenant(group, ctx.person)) {
      await ctx.reply({ text: ctx.t('starters.answer.notFound') });
      return undefined;
    }
    return { post, group, answer, mode: { kind: 'anonymous', secret: value } };
  }
  const found = await postForPerson(ctx, value);
  if (!found) return undefined;
  const answer = await ctx.deps.storage.starterAnswers.findNamed(found.post.id, ctx.person.key);
  if (!answer) {
    const starter = await loadPostText(ctx.deps, found.post, ctx.person.language);
    await replyPrivately(ctx, found.group, { text: ctx.t('starters.answer.none', { title: starter?.title ?? '?' }) });
    return undefined;
  }
  return { ...found, answer, mode: { kind: 'named' } };
}

/** "Mijn antwoord" / "Mijn anoniem antwoord bekijken". */
async function showMine(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownAnswer(ctx);
  if (!own) return;
  const starter = await starterOf(ctx, own.post);
  if (!starter) return;
  await replyPrivately(ctx, own.group, answerView(starter, own.answer, own.mode, ctx.t, ctx.person.language, own.group.timeZone));
}

/** "Aanpassen": the form again, prefilled; saving replaces the texts of this very answer and keeps it named or anonymous. */
async function editMine(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownAnswer(ctx);
  if (!own) return;
  const starter = await starterOf(ctx, own.post);
  if (!starter || !(await requireOpen(ctx, own.post, starter.title))) return;
  await replyPrivately(ctx, own.group, answerForm(starter, own.post.id, own.mode, ctx.t, own.answer.texts));
}

/** "Verwijderen": always possible, also after the post closed or the person left the group. */
async function deleteMine(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownAnswer(ctx);
  if (!own) return;
  await ctx.deps.storage.starterAnswers.delete(own.answer.id);
  const starter = await loadPostText(ctx.deps, own.post, ctx.person.language);
  const title = starter?.title ?? '?';
  const anonymous = own.mode.kind === 'anonymous';
  ctx.deps.logger.info(anonymous ? 'starters: anonymous answer deleted' : 'starters: answer deleted', { postId: own.post.id });
  await replyPrivately(ctx, own.group, { text: ctx.t(anonymous ? 'starters.answer.deletedAnonymous' : 'starters.answer.deleted', { title }) });
}

/** Answering (named or anonymous), and viewing, editing and deleting one's own answer. */
export const answerActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.answer, run: (ctx) => openForm(ctx, 'named') },
  { id: STARTER_ACTIONS.answerAnonymous, run: (ctx) => openForm(ctx, 'anonymous') },
  { id: STARTER_ACTIONS.answerSave, run: saveAnswer },
  { id: STARTER_ACTIONS.answerMine, run: showMine },
  { id: STARTER_ACTIONS.answerEdit, run: editMine },
  { id: STARTER_ACTIONS.answerDelete, run: deleteMine },
];
