import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import { sendToPerson } from '../../app/direct-messages.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import type { ActionEvent } from '../../model/events.js';
import { newId, newToken } from '../../model/ids.js';
import type { OutboundMessage } from '../../model/message.js';
import { activeMembers, requireFacilitator, requireGroupHere } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { requireMember, sameTenant } from '../moments/moment-access.js';
import { postToGroup } from '../moments/notify.js';
import { inputValue } from '../moments/moment-text.js';
import { parseSaveValue } from '../starters/answer-cards.js';
import { editKeyHash, isEditSecret, newEditSecret, sha256Hex } from '../starters/edit-key.js';
import { dayIn } from '../starters/post-times.js';
import { invitation, needsForm, NEEDS_ACTIONS, ownValue, rephraseForm, rephraseOffer, savedMessage, startForm, valuesOf, type AnswerMode, type NeedsFormValues } from './needs-cards.js';
import { armRound } from './needs-jobs.js';
import type { NeedsKey } from './needs-messages.js';
import { needsT, tOf } from './needs-translate.js';
import { suggestionFor } from './needs-rephrase.js';
import { fullResultsMessage, loadRoundResults } from './results/needs-results.js';
import { link, text } from '../../model/message.js';
import { DOWNLOAD_TTL_MS } from '../starters/results/answers-csv.js';
import { NEEDS_RESULTS_THRESHOLD } from './results/needs-aggregate.js';
import { closingDate, readClosing, type ClosingRefusal } from './needs-time.js';
import { NEEDS_FORMS, NEEDS_LIMITS, NEEDS_PLACES, NEEDS_THEMES, NEEDS_WAYS, type NeedsAnswer, type NeedsRound } from './needs.js';

// Anonymity: the anonymous form, its confirmation (the only place the edit secret appears) and the rephrasing offer
// go to the author alone; the channel only ever hears one neutral line. Anonymous answers are stored without person
// key or role, with day-only dates; log lines name the round only.


const REFUSALS: Record<ClosingRefusal, NeedsKey> = { bad: 'needs.start.badDate', past: 'needs.start.past', 'too-far': 'needs.start.tooFar' };

/** True when the round still takes answers: open and before its closing time. */
export const isOpen = (round: NeedsRound, now: Date): boolean => round.status === 'open' && now.getTime() < Date.parse(round.closesAt);

/** Answers only the person: here in a direct chat, otherwise privately plus one neutral line in the conversation. */
async function privately(ctx: HandlerContext, group: Group, message: OutboundMessage): Promise<void> {
  if (ctx.event.address.scope === 'personal') return ctx.reply(message);
  const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
  await ctx.reply({ text: tOf(ctx)(result.ok ? 'needs.private.sent' : 'needs.private.unreachable') });
}

/** The open round of a group, if any. */
async function openRoundOf(ctx: HandlerContext, group: Group): Promise<NeedsRound | undefined> {
  const now = ctx.deps.clock.now();
  return (await ctx.deps.storage.needsRounds.listByGroup(group.id)).find((r) => isOpen(r, now));
}

/** A facilitator in the group's channel, with no round running yet; otherwise answers why not. */
async function startable(ctx: HandlerContext): Promise<Group | undefined> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return undefined;
  const running = await openRoundOf(ctx, group);
  if (running) {
    await ctx.reply({ text: tOf(ctx)('needs.start.alreadyOpen', { group: group.name, date: closingDate(running, group, ctx.person.language) }) });
    return undefined;
  }
  return group;
}

const RESULTS_WORDS = /^\s*(resultaten|results|r[ée]sultats)\s*$/i;

/** `noden resultaten` (`needs results`, `besoins résultats`): the latest round's results, privately to a facilitator. */
async function resultsCommand(ctx: HandlerContext): Promise<void> {
  const group = await requireGroupHere(ctx);
  if (!group || !(await requireFacilitator(ctx, group))) return;
  const rounds = await ctx.deps.storage.needsRounds.listByGroup(group.id);
  const latest = [...rounds].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!latest) return ctx.reply({ text: tOf(ctx)('needs.results.noRound') });
  const language = ctx.person.language;
  const message = await fullResultsMessage(ctx.deps, latest, await loadRoundResults(ctx.deps, latest, language), group, language);
  if (ctx.event.address.scope === 'personal') return ctx.reply(message);
  const result = await sendToPerson(ctx.deps, ctx.person.key, message, group);
  await ctx.reply({ text: tOf(ctx)(result.ok ? 'needs.results.sent' : 'needs.private.unreachable') });
}

/** `Exporteer CSV` on the results card: a download link valid 24 hours, to the facilitator only. */
async function exportResults(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const round = ctx.event.value ? await ctx.deps.storage.needsRounds.get(ctx.event.value) : undefined;
  const group = round ? await ctx.deps.storage.groups.get(round.groupId) : undefined;
  if (!round || !group || !sameTenant(group, ctx.person)) return ctx.reply({ text: tOf(ctx)('needs.results.noRound') });
  if (!(await requireFacilitator(ctx, group))) return;
  const t = tOf(ctx);
  const answers = await ctx.deps.storage.needsAnswers.listByRound(round.id);
  if (answers.length < NEEDS_RESULTS_THRESHOLD) {
    return privately(ctx, group, { text: t('needs.results.withheld', { group: group.name, count: answers.length, min: NEEDS_RESULTS_THRESHOLD }) });
  }
  const token = newToken();
  const expiresAt = new Date(ctx.deps.clock.now().getTime() + DOWNLOAD_TTL_MS).toISOString();
  await ctx.deps.storage.downloads.save({ token, kind: 'needs-answers', subjectId: round.id, groupId: group.id, createdBy: ctx.person.key, expiresAt });
  const url = `${ctx.deps.publicUrl.replace(/\/+$/, '')}/downloads/${token}.csv`;
  const line = t('needs.results.exportReady', { url });
  ctx.deps.logger.info('needs: export link made', { roundId: round.id });
  await privately(ctx, group, { text: line, card: { blocks: [text(line), { type: 'links', links: [link(t('needs.results.exportDownload'), url)] }] } });
}

/** `noden`, `noden tot 15/12`: the start form (closing date prefilled when given and valid). */
async function needsCommand(ctx: HandlerContext, args: string): Promise<void> {
  if (RESULTS_WORDS.test(args)) return resultsCommand(ctx);
  const group = await startable(ctx);
  if (!group) return;
  const t = tOf(ctx);
  if (args.trim() !== '') {
    const read = readClosing(args, group, ctx.deps.clock.now());
    if (!read.ok) return ctx.reply({ text: t(REFUSALS[read.reason], { input: args.trim(), weeks: NEEDS_LIMITS.maxWeeks }) });
  }
  return ctx.reply(startForm(t, args.trim().replace(/^\S+\s+(?=\d)/, '')));
}

/** The start form's submit: saves the round, arms its jobs, posts a neutral line and sends every member the form. */
async function startRound(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const group = await startable(ctx);
  if (!group) return;
  const t = tOf(ctx);
  const input = inputValue(ctx.event.inputs['closes']);
  const read = readClosing(input, group, ctx.deps.clock.now());
  if (!read.ok) return ctx.reply(startForm(t, input, t(REFUSALS[read.reason], { input, weeks: NEEDS_LIMITS.maxWeeks })));
  const now = ctx.deps.clock.now().toISOString();
  const round: NeedsRound = {
    id: newId('nr'),
    groupId: group.id,
    createdBy: ctx.person.key,
    status: 'open',
    closesAt: read.closesAt,
    allowAnonymous: inputValue(ctx.event.inputs['anonymous']) !== 'no',
    remindersSent: {},
    createdAt: now,
  };
  await ctx.deps.storage.needsRounds.save(round);
  armRound(ctx.deps, round);
  ctx.deps.logger.info('needs: round started', { roundId: round.id, groupId: group.id });
  await postToGroup(ctx.deps, group, { text: needsT(DEFAULT_LANGUAGE)('needs.start.channelPost', { date: closingDate(round, group, DEFAULT_LANGUAGE) }) });
  const members = await activeMembers(ctx.deps, group.id);
  let sent = 0;
  for (const member of members) {
    const language = member.person?.language ?? DEFAULT_LANGUAGE;
    const message = invitation(needsT(language), round.id, group.name, closingDate(round, group, language), round.allowAnonymous);
    const result = await sendToPerson(ctx.deps, member.membership.personKey, message, group);
    if (result.ok) sent++;
  }
  await ctx.reply({ text: t('needs.start.started', { date: closingDate(round, group, ctx.person.language), sent, members: members.length }) });
}

/** A round and its group by id, within the person's tenant; otherwise answers "not found". */
async function roundForPerson(ctx: HandlerContext, roundId: string | undefined): Promise<{ round: NeedsRound; group: Group } | undefined> {
  const round = roundId ? await ctx.deps.storage.needsRounds.get(roundId) : undefined;
  const group = round ? await ctx.deps.storage.groups.get(round.groupId) : undefined;
  if (round && group && sameTenant(group, ctx.person)) return { round, group };
  await ctx.reply({ text: tOf(ctx)('needs.answer.notFound') });
  return undefined;
}

/** True when the round takes answers; otherwise a polite refusal. */
async function requireOpen(ctx: HandlerContext, round: NeedsRound): Promise<boolean> {
  if (isOpen(round, ctx.deps.clock.now())) return true;
  await ctx.reply({ text: tOf(ctx)('needs.answer.closed') });
  return false;
}

/** A member of the round's group, with the round open. */
async function answerable(ctx: HandlerContext, roundId: string | undefined): Promise<{ round: NeedsRound; group: Group } | undefined> {
  const found = await roundForPerson(ctx, roundId);
  if (!found || !(await requireMember(ctx, found.group)) || !(await requireOpen(ctx, found.round))) return undefined;
  return found;
}

/** "Invullen" / "Anoniem invullen": the form, privately; prefilled with one's named answer when there is one. */
async function openForm(ctx: HandlerContext<ActionEvent>, kind: AnswerMode['kind']): Promise<void> {
  const found = await answerable(ctx, ctx.event.value);
  if (!found) return;
  const { round, group } = found;
  if (kind === 'anonymous' && !round.allowAnonymous) return privately(ctx, group, { text: tOf(ctx)('needs.answer.anonymousOff') });
  const mode: AnswerMode = kind === 'anonymous' ? { kind: 'anonymous', secret: newEditSecret() } : { kind: 'named' };
  const existing = kind === 'named' ? await ctx.deps.storage.needsAnswers.findNamed(round.id, ctx.person.key) : undefined;
  await privately(ctx, group, needsForm(tOf(ctx), ctx.person.language, round.id, mode, existing ? valuesOf(existing) : {}));
}

const many = (v: string | string[] | undefined): string[] =>
  (Array.isArray(v) ? v : (v ?? '').split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');

type Fields = Pick<NeedsAnswer, 'learnWhat' | 'themes' | 'ways' | 'position'> & { otherTheme?: string };

/** The form's inputs, validated; or the values to show again with the problem. */
function readForm(ctx: HandlerContext<ActionEvent>): { ok: true; fields: Fields } | { ok: false; values: NeedsFormValues; error: string } {
  const t = tOf(ctx);
  const inputs = ctx.event.inputs;
  const themeIds = new Set<string>(NEEDS_THEMES.map((x) => x.id));
  const wayIds = new Set<string>(NEEDS_WAYS.map((x) => x.id));
  const values = {
    learnWhat: inputValue(inputs['learnWhat']),
    themes: [...new Set(many(inputs['themes']).filter((x) => themeIds.has(x)))],
    otherTheme: inputValue(inputs['otherTheme']),
    ways: [...new Set(many(inputs['ways']).filter((x) => wayIds.has(x)))],
    nowPlace: inputValue(inputs['nowPlace']),
    nowForm: inputValue(inputs['nowForm']),
    wantedPlace: inputValue(inputs['wantedPlace']),
    wantedForm: inputValue(inputs['wantedForm']),
  };
  const fail = (error: string) => ({ ok: false as const, values, error });
  if (values.learnWhat.length > NEEDS_LIMITS.learnWhat)
    return fail(t('needs.answer.tooLong', { field: t('needs.field.learnWhat'), length: values.learnWhat.length, max: NEEDS_LIMITS.learnWhat }));
  if (values.otherTheme.length > NEEDS_LIMITS.otherTheme)
    return fail(t('needs.answer.tooLong', { field: t('needs.field.otherTheme'), length: values.otherTheme.length, max: NEEDS_LIMITS.otherTheme }));
  // "Ander thema" typed without ticking "other" still counts as the theme other.
  if (values.otherTheme !== '' && !values.themes.includes('other')) values.themes.push('other');
  if (values.learnWhat === '' && values.themes.length === 0) return fail(t('needs.answer.empty'));
  const place = (v: string) => NEEDS_PLACES.find((p) => p === v);
  const form = (v: string) => NEEDS_FORMS.find((f) => f === v);
  const nowPlace = place(values.nowPlace);
  const nowForm = form(values.nowForm);
  const wantedPlace = place(values.wantedPlace);
  const wantedForm = form(values.wantedForm);
  if (!nowPlace || !nowForm || !wantedPlace || !wantedForm) return fail(t('needs.answer.position'));
  return {
    ok: true,
    fields: {
      learnWhat: values.learnWhat,
      themes: values.themes,
      ...(values.otherTheme ? { otherTheme: values.otherTheme } : {}),
      ways: values.ways,
      position: { now: { place: nowPlace, form: nowForm }, wanted: { place: wantedPlace, form: wantedForm } },
    },
  };
}

/** A named answer's id follows from round and person, so saving twice keeps one answer. */
const namedId = async (roundId: string, personKey: string): Promise<string> => `na_${(await sha256Hex(`${roundId}|${personKey}`)).slice(0, 20)}`;

/** Keeps an accepted learning question only while the text it came from did not change. */
const keptQuestion = (existing: NeedsAnswer | undefined, learnWhat: string): { learningQuestion?: string } =>
  existing?.learningQuestion && existing.learnWhat === learnWhat ? { learningQuestion: existing.learningQuestion } : {};

/** The form's submit: validated; named → one per person (replaced); anonymous → no key, no role, day-only dates. */
async function saveAnswer(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const parsed = parseSaveValue(ctx.event.value);
  if (!parsed) return ctx.reply({ text: t('needs.answer.notFound') });
  const found = await answerable(ctx, parsed.postId);
  if (!found) return;
  const { round, group } = found;
  const { mode } = parsed;
  // Never save as named what the person wrote believing it anonymous: refuse instead.
  if (mode.kind === 'anonymous' && !round.allowAnonymous) return privately(ctx, group, { text: t('needs.answer.anonymousOff') });
  const read = readForm(ctx);
  if (!read.ok) return privately(ctx, group, needsForm(t, ctx.person.language, round.id, mode, read.values, read.error));
  const { fields } = read;
  let answer: NeedsAnswer;
  let replaced: boolean;
  let shownMode: AnswerMode = mode;
  if (mode.kind === 'named') {
    const now = ctx.deps.clock.now().toISOString();
    const existing = await ctx.deps.storage.needsAnswers.findNamed(round.id, ctx.person.key);
    answer = {
      id: existing?.id ?? (await namedId(round.id, ctx.person.key)),
      roundId: round.id,
      groupId: round.groupId,
      anonymous: false,
      personKey: ctx.person.key,
      ...(ctx.person.schoolRole ? { schoolRole: ctx.person.schoolRole } : {}),
      ...fields,
      ...keptQuestion(existing, fields.learnWhat),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    replaced = existing !== undefined;
    await ctx.deps.storage.needsAnswers.save(answer);
    ctx.deps.logger.info('needs: answer saved', { roundId: round.id });
  } else {
    const secret = mode.secret ?? newEditSecret();
    const hash = await editKeyHash(secret);
    const existing = await ctx.deps.storage.needsAnswers.findByEditKeyHash(hash);
    if (existing && (!existing.anonymous || existing.roundId !== round.id)) return privately(ctx, group, { text: t('needs.answer.notFound') });
    if (!existing) {
      // One new anonymous answer per person: so nobody can push a round past the results threshold alone.
      const current = (await ctx.deps.storage.needsRounds.get(round.id)) ?? round;
      const salt = current.anonymousSalt ?? newToken();
      const mark = await sha256Hex(`${salt}|${ctx.person.key}`);
      if ((current.anonymousMarks ?? []).includes(mark)) return privately(ctx, group, { text: t('needs.answer.anonymousAlready') });
      await ctx.deps.storage.needsRounds.save({ ...current, anonymousSalt: salt, anonymousMarks: [...(current.anonymousMarks ?? []), mark].sort() });
    }
    const day = dayIn(ctx.deps.clock.now(), group.timeZone);
    answer = {
      id: existing?.id ?? newId('na'),
      roundId: round.id,
      groupId: round.groupId,
      anonymous: true,
      editKeyHash: hash,
      ...fields,
      ...keptQuestion(existing, fields.learnWhat),
      createdAt: existing?.createdAt ?? day,
      updatedAt: day,
    };
    replaced = existing !== undefined;
    shownMode = { kind: 'anonymous', secret };
    await ctx.deps.storage.needsAnswers.save(answer);
    ctx.deps.logger.info('needs: anonymous answer saved', { roundId: round.id });
  }
  const messages = [savedMessage(t, round.id, shownMode, replaced, closingDate(round, group, ctx.person.language))];
  const suggestion = answer.learningQuestion ? undefined : suggestionFor(answer.learnWhat, ctx.person.language);
  if (suggestion) messages.push(rephraseOffer(t, ownValue(round.id, shownMode), suggestion));
  if (ctx.event.address.scope === 'personal') {
    for (const m of messages) await ctx.reply(m);
    return;
  }
  for (const m of messages) await privately(ctx, group, m);
}

/** One's own answer from a button value: a round id (named) or an edit secret (anonymous). */
async function ownAnswer(ctx: HandlerContext<ActionEvent>): Promise<{ round: NeedsRound; group: Group; answer: NeedsAnswer | undefined; mode: AnswerMode } | undefined> {
  const value = ctx.event.value ?? '';
  if (isEditSecret(value)) {
    // The secret is the only key: no membership or person is looked at, so nothing ties the answer to anyone.
    const answer = await ctx.deps.storage.needsAnswers.findByEditKeyHash(await editKeyHash(value));
    const round = answer?.anonymous ? await ctx.deps.storage.needsRounds.get(answer.roundId) : undefined;
    const group = round ? await ctx.deps.storage.groups.get(round.groupId) : undefined;
    if (!answer || !round || !group || !sameTenant(group, ctx.person)) {
      await ctx.reply({ text: tOf(ctx)('needs.answer.notFound') });
      return undefined;
    }
    return { round, group, answer, mode: { kind: 'anonymous', secret: value } };
  }
  const found = await roundForPerson(ctx, value);
  if (!found) return undefined;
  return { ...found, answer: await ctx.deps.storage.needsAnswers.findNamed(found.round.id, ctx.person.key), mode: { kind: 'named' } };
}

/** "Aanpassen": the form again, prefilled, while the round is open. */
async function editAnswer(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownAnswer(ctx);
  if (!own || !(await requireOpen(ctx, own.round))) return;
  if (own.mode.kind === 'named' && !(await requireMember(ctx, own.group))) return;
  await privately(ctx, own.group, needsForm(tOf(ctx), ctx.person.language, own.round.id, own.mode, own.answer ? valuesOf(own.answer) : {}));
}

/** Sets (or with undefined keeps) the learning question of one's own answer. */
async function setLearningQuestion(ctx: HandlerContext<ActionEvent>, pick: (own: { answer: NeedsAnswer }) => string | undefined): Promise<void> {
  const t = tOf(ctx);
  const own = await ownAnswer(ctx);
  if (!own || !(await requireOpen(ctx, own.round))) return;
  if (!own.answer) return privately(ctx, own.group, { text: t('needs.answer.none') });
  const question = pick({ answer: own.answer });
  if (question === undefined) return privately(ctx, own.group, { text: t('needs.answer.notFound') });
  const updatedAt = own.answer.anonymous ? dayIn(ctx.deps.clock.now(), own.group.timeZone) : ctx.deps.clock.now().toISOString();
  await ctx.deps.storage.needsAnswers.save({ ...own.answer, learningQuestion: question, updatedAt });
  await privately(ctx, own.group, { text: t('needs.rephrase.saved', { question }) });
}

/** "Overnemen": the suggestion (made again from the stored text, so no text travels in the button) becomes the learning question. */
const acceptSuggestion = (ctx: HandlerContext<ActionEvent>): Promise<void> => setLearningQuestion(ctx, ({ answer }) => suggestionFor(answer.learnWhat, ctx.person.language));

/** "Aanpassen" of the suggestion: a small form, prefilled. */
async function editSuggestion(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const own = await ownAnswer(ctx);
  if (!own || !(await requireOpen(ctx, own.round))) return;
  if (!own.answer) return privately(ctx, own.group, { text: tOf(ctx)('needs.answer.none') });
  const question = own.answer.learningQuestion ?? suggestionFor(own.answer.learnWhat, ctx.person.language) ?? '';
  await privately(ctx, own.group, rephraseForm(tOf(ctx), ownValue(own.round.id, own.mode), question));
}

/** The edited learning question's submit. */
async function saveSuggestion(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const question = inputValue(ctx.event.inputs['learningQuestion']);
  const value = ctx.event.value ?? '';
  if (question === '' || question.length > NEEDS_LIMITS.learningQuestion) {
    const error =
      question === '' ? t('needs.rephrase.empty') : t('needs.answer.tooLong', { field: t('needs.field.learningQuestion'), length: question.length, max: NEEDS_LIMITS.learningQuestion });
    return ctx.reply(rephraseForm(t, value, question.slice(0, NEEDS_LIMITS.learningQuestion), error));
  }
  await setLearningQuestion(ctx, () => question);
}

/** "Laten zo": nothing changes. */
const keepAsIs = (ctx: HandlerContext<ActionEvent>): Promise<void> => ctx.reply({ text: tOf(ctx)('needs.rephrase.kept') });

export const needsCommands: Command[] = [{ words: ['noden', 'needs', 'besoins'], run: needsCommand }];

export const needsActions: ActionHandler[] = [
  { id: NEEDS_ACTIONS.start, run: startRound },
  { id: NEEDS_ACTIONS.fill, run: (ctx) => openForm(ctx, 'named') },
  { id: NEEDS_ACTIONS.fillAnonymous, run: (ctx) => openForm(ctx, 'anonymous') },
  { id: NEEDS_ACTIONS.save, run: saveAnswer },
  { id: NEEDS_ACTIONS.edit, run: editAnswer },
  { id: NEEDS_ACTIONS.rephraseAccept, run: acceptSuggestion },
  { id: NEEDS_ACTIONS.rephraseEdit, run: editSuggestion },
  { id: NEEDS_ACTIONS.rephraseSave, run: saveSuggestion },
  { id: NEEDS_ACTIONS.rephraseKeep, run: keepAsIs },
  { id: NEEDS_ACTIONS.exportResults, run: exportResults },
];
