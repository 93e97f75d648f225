import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { newId } from '../../model/ids.js';
import { button, text, type OutboundMessage } from '../../model/message.js';
import { facilitatorNames, groupOfConversation, groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { comingMoments, momentForPerson, requireComing, requireMember } from './moment-access.js';
import { formatWhen, inputValue, shorten } from './moment-text.js';
import { MOMENT_ACTIONS, type Moment } from './moment.js';

/** Longest own question. */
export const QUESTION_MAX = 1000;

/** The small form for an own question about one moment. */
function askForm(moment: Moment, t: HandlerContext['t'], language: HandlerContext['person']['language']): OutboundMessage {
  const intro = t('question.form.intro', { title: moment.title, when: formatWhen(moment, language) });
  return {
    text: intro,
    card: {
      title: t('question.form.heading'),
      presentation: 'dialog',
      blocks: [text(intro), { type: 'input', id: 'question', label: t('question.form.label'), multiline: true, maxLength: QUESTION_MAX, required: true }],
      actions: [button(MOMENT_ACTIONS.askSave, t('question.form.submit'), { value: moment.id, style: 'primary' })],
    },
  };
}

/** Checks the text and stores it for the moment; answers the member in their language. */
async function store(ctx: HandlerContext, moment: Moment, group: Group, raw: string): Promise<void> {
  const question = raw.trim();
  if (!question) return ctx.reply({ text: ctx.t('question.usage') });
  if (question.length > QUESTION_MAX) return ctx.reply({ text: ctx.t('question.tooLong', { length: question.length, max: QUESTION_MAX }) });
  await ctx.deps.storage.questions.save({ id: newId('q'), groupId: group.id, momentId: moment.id, personKey: ctx.person.key, text: question, createdAt: ctx.deps.clock.now().toISOString() });
  await ctx.reply({ text: ctx.t('question.saved', { title: moment.title, when: formatWhen(moment, ctx.person.language), names: await facilitatorNames(ctx.deps, group, ctx.t) }) });
}

/** In a personal chat with several groups: which group's next moment is the question for? */
function chooseMomentCard(options: Array<{ group: Group; moment: Moment }>, question: string, ctx: HandlerContext): OutboundMessage {
  const heading = ctx.t('question.choose');
  return {
    text: heading,
    card: {
      title: heading,
      blocks: [
        {
          type: 'choice',
          id: 'moment',
          label: ctx.t('question.choose.label'),
          style: 'expanded',
          required: true,
          options: options.map(({ group, moment }) => ({ value: moment.id, label: shorten(`${group.name}: ${moment.title}, ${formatWhen(moment, ctx.person.language)}`, 150) })),
          value: options[0]!.moment.id,
        },
        { type: 'input', id: 'question', label: ctx.t('question.form.label'), multiline: true, maxLength: QUESTION_MAX, value: question },
      ],
      actions: [button(MOMENT_ACTIONS.askSave, ctx.t('question.form.submit'), { style: 'primary' })],
    },
  };
}

/** `vraag <tekst>`: for the next moment of this channel's group, or of the person's group(s) in a personal chat. */
async function questionCommand(ctx: HandlerContext, args: string): Promise<void> {
  if (!args.trim()) return ctx.reply({ text: ctx.t('question.usage') });
  if (args.trim().length > QUESTION_MAX) return ctx.reply({ text: ctx.t('question.tooLong', { length: args.trim().length, max: QUESTION_MAX }) });
  const now = ctx.deps.clock.now();
  if (ctx.event.address.scope !== 'personal') {
    const group = await groupOfConversation(ctx);
    if (!group) return ctx.reply({ text: ctx.t('group.none') });
    if (!(await requireMember(ctx, group))) return;
    const next = (await comingMoments(ctx.deps, group.id, now))[0];
    if (!next) return ctx.reply({ text: ctx.t('question.noMoment', { group: group.name }) });
    return store(ctx, next, group, args);
  }
  const groups = await groupsOfPerson(ctx.deps, ctx.person);
  if (groups.length === 0) return ctx.reply({ text: ctx.t('group.noneForYou') });
  const options: Array<{ group: Group; moment: Moment }> = [];
  for (const { group } of groups) {
    const next = (await comingMoments(ctx.deps, group.id, now))[0];
    if (next) options.push({ group, moment: next });
  }
  if (options.length === 0) return ctx.reply({ text: ctx.t('question.noMomentAny') });
  if (options.length === 1) return store(ctx, options[0]!.moment, options[0]!.group, args);
  return ctx.reply(chooseMomentCard(options, args.trim(), ctx));
}

async function saveFromForm(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const found = await momentForPerson(ctx, ctx.event.value || inputValue(ctx.event.inputs['moment']));
  if (!found) return;
  if (!(await requireMember(ctx, found.group)) || !(await requireComing(ctx, found.moment))) return;
  return store(ctx, found.moment, found.group, inputValue(ctx.event.inputs['question']));
}

/** `vraag`, `question`. */
export const questionCommands: Command[] = [{ words: ['vraag', 'question'], run: questionCommand }];

/** The own-question button, its form and the choice card's submit. */
export const questionActions: ActionHandler[] = [
  {
    id: MOMENT_ACTIONS.ask,
    async run(ctx) {
      const found = await momentForPerson(ctx, ctx.event.value);
      if (!found || !(await requireMember(ctx, found.group)) || !(await requireComing(ctx, found.moment))) return;
      await ctx.reply(askForm(found.moment, ctx.t, ctx.person.language));
    },
  },
  { id: MOMENT_ACTIONS.askSave, run: saveFromForm },
];
