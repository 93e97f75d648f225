import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { groupOfConversation, groupsOfPerson } from '../groups/group-access.js';
import type { Group } from '../groups/group.js';
import { inputValue } from '../moments/moment-text.js';
import { decodeBrowse, filterFromInputs, listCard, PAGE_SIZE, starterCard, type BrowseState } from './browse-cards.js';
import { openNewStarterForm } from './custom-starters.js';
import { fold, readFilterWords } from './filter-words.js';
import { parseStarterRef, STARTER_ACTIONS } from './starter-actions.js';
import { groupsForBrowsing, isFacilitator, visibleCustom } from './starter-access.js';
import { availableStarters, filterStarters, tagsOf } from './starter-catalog.js';
import { loadStarterText } from './starter-text.js';

/** First words after `starters` that open the form for an own starter. */
const NEW_WORDS = ['nieuw', 'nieuwe', 'new', 'nouveau', 'nouvelle'];

/** The group of this channel when the person facilitates it; undefined in personal chats and for members. */
async function facilitatedGroupHere(ctx: HandlerContext): Promise<Group | undefined> {
  if (ctx.event.address.scope === 'personal') return undefined;
  const group = await groupOfConversation(ctx);
  return group && (await isFacilitator(ctx, group)) ? group : undefined;
}

/** Shows one page of the starters this person may see here, narrowed by the state's filter. */
async function showList(ctx: HandlerContext, state: BrowseState, notice?: string): Promise<void> {
  const groups = await groupsForBrowsing(ctx);
  const entries = await availableStarters(ctx.deps, ctx.person.language, groups);
  const matches = filterStarters(entries, state);
  // A page past the end (the list shrank since the button was made) falls back to the first.
  const page = state.page * PAGE_SIZE >= matches.length ? 0 : state.page;
  await ctx.reply(
    listCard(
      {
        matches,
        state: { ...state, page },
        tags: tagsOf(entries),
        ...(notice ? { notice } : {}),
        canCreate: (await facilitatedGroupHere(ctx)) !== undefined,
        personal: ctx.event.address.scope === 'personal',
      },
      ctx.t,
    ),
  );
}

/** `starters [fase] [tag:x]`, `starters nieuw`. */
async function startersCommand(ctx: HandlerContext, args: string): Promise<void> {
  const first = fold(args.trim().split(/\s+/)[0] ?? '');
  if (NEW_WORDS.includes(first)) return openNewStarterForm(ctx);
  const entries = await availableStarters(ctx.deps, ctx.person.language, await groupsForBrowsing(ctx));
  const { filter, unknown } = readFilterWords(args, tagsOf(entries));
  const notice = unknown.length > 0 ? ctx.t('starters.list.unknownWords', { words: unknown.join(' ') }) : undefined;
  return showList(ctx, { page: 0, ...filter }, notice);
}

/** The filter form or "Meer": the button's value carries page and filter; without one, the form's choices count. */
async function browse(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const { value, inputs } = ctx.event;
  const state = value ? decodeBrowse(value) : { page: 0, ...filterFromInputs(inputValue(inputs['phase']), inputValue(inputs['tag'])) };
  return showList(ctx, state);
}

/** "Bekijk": one starter in the person's language (an own starter in its own), with "Posten" for facilitators here. */
async function show(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const ref = parseStarterRef(ctx.event.value);
  if (!ref) return ctx.reply({ text: ctx.t('starters.notFound') });
  let own: { customId: string; groupName: string; groupId: string } | undefined;
  if (ref.source === 'custom') {
    const found = await visibleCustom(ctx, ref.id);
    if (!found) return ctx.reply({ text: ctx.t('starters.notFound') });
    if (found.custom.status !== 'active') return ctx.reply({ text: ctx.t('starters.custom.notActive', { title: found.custom.title }) });
    own = { customId: found.custom.id, groupName: found.group.name, groupId: found.group.id };
  }
  const starter = await loadStarterText(ctx.deps, ref.source, ref.id, own?.groupId, ctx.person.language);
  if (!starter) return ctx.reply({ text: ctx.t('starters.notFound') });
  const here = await facilitatedGroupHere(ctx);
  // Another group's own starter cannot be posted here, even by someone who facilitates both.
  const facilitatorHere = here !== undefined && (own === undefined || own.groupId === here.id);
  const personal = ctx.event.address.scope === 'personal';
  const postHint = personal && (await groupsOfPerson(ctx.deps, ctx.person)).some((g) => g.role === 'facilitator');
  return ctx.reply(starterCard(starter, { ...(own ? { own } : {}), facilitatorHere, postHint }, ctx.t));
}

/** `starters`, `gespreksstarters`, `amorces`. */
export const browseCommands: Command[] = [{ words: ['starters', 'starter', 'gespreksstarters', 'amorces', 'amorce'], run: startersCommand }];

/** The list's filter and "Meer" buttons, and "Bekijk". */
export const browseActions: ActionHandler[] = [
  { id: STARTER_ACTIONS.browse, run: browse },
  { id: STARTER_ACTIONS.show, run: show },
];
