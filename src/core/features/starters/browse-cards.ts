import type { Translate } from '../../i18n/translate.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { shorten } from '../moments/moment-text.js';
import { STARTER_PHASES, type StarterPhase } from './starter.js';
import { STARTER_ACTIONS } from './starter-actions.js';
import type { StarterEntry, StarterFilter } from './starter-catalog.js';
import type { StarterText } from './starter-text.js';

/** Most starters one list shows; "Meer" shows the next ones. */
export const PAGE_SIZE = 10;

/** Value of the "all" option of the filter choices. */
const ALL = 'all';

/** A browse request as carried by the "Meer" button: page and filter. */
export interface BrowseState extends StarterFilter {
  page: number;
}

/** Encodes a browse state as a button value. */
export function encodeBrowse(state: BrowseState): string {
  const params = new URLSearchParams({ p: String(state.page) });
  if (state.phase) params.set('phase', state.phase);
  if (state.tag) params.set('tag', state.tag);
  return params.toString();
}

const isPhase = (value: string | undefined | null): value is StarterPhase => (STARTER_PHASES as readonly string[]).includes(value ?? '');

/** Reads a browse state from a button value; page 0 without a filter when it is malformed. */
export function decodeBrowse(value: string): BrowseState {
  const params = new URLSearchParams(value);
  const page = Number(params.get('p'));
  const phase = params.get('phase');
  const tag = params.get('tag');
  return { page: Number.isInteger(page) && page > 0 ? page : 0, ...(isPhase(phase) ? { phase } : {}), ...(tag ? { tag: tag.slice(0, 30) } : {}) };
}

/** Reads the filter choices of the list's form ("all" is no filter). */
export function filterFromInputs(phase: string, tag: string): StarterFilter {
  return { ...(isPhase(phase) ? { phase } : {}), ...(tag && tag !== ALL ? { tag: tag.slice(0, 30) } : {}) };
}

/** "Reflecteren · feedback", for the line that says what the list is filtered on. */
const filterLine = (filter: StarterFilter, t: Translate): string =>
  [filter.phase ? t(`starters.phase.${filter.phase}`) : undefined, filter.tag ? `#${filter.tag}` : undefined].filter((p) => p !== undefined).join(' · ');

/** What a list card shows. */
export interface ListView {
  /** Every starter that matches the filter; the card shows one page of them. */
  matches: StarterEntry[];
  state: BrowseState;
  /** Every tag there is to choose from. */
  tags: string[];
  /** A note above the list, e.g. about words that were not understood. */
  notice?: string;
  /** A facilitator in their group's channel may write an own starter. */
  canCreate: boolean;
  personal: boolean;
}

function entryLine(entry: StarterEntry, n: number, t: Translate, personal: boolean): string {
  const own = entry.own ? ` · _${personal ? t('starters.ownOf', { group: entry.own.groupName }) : t('starters.own')}_` : '';
  return `${n}. *${entry.title}* · ${t(`starters.phase.${entry.phase}`)}${own}`;
}

/** One page of starters with a "Bekijk" button each, a filter form, and "Meer" when there are more. */
export function listCard(view: ListView, t: Translate): OutboundMessage {
  const { matches, state } = view;
  const from = state.page * PAGE_SIZE;
  const page = matches.slice(from, from + PAGE_SIZE);
  const heading = t('starters.title');
  const blocks: CardBlock[] = [];
  if (view.notice) blocks.push(text(view.notice));
  const filter = filterLine(state, t);
  if (filter) blocks.push(text(t('starters.list.filtered', { filter })));
  if (page.length === 0) blocks.push(text(t('starters.list.none')));
  else {
    blocks.push(
      text(matches.length > PAGE_SIZE ? t('starters.list.range', { from: from + 1, to: from + page.length, count: matches.length }) : t('starters.list.count', { count: matches.length }), true),
    );
    blocks.push(text(page.map((e, i) => entryLine(e, from + i + 1, t, view.personal)).join('\n')));
  }
  blocks.push(
    {
      type: 'choice',
      id: 'phase',
      label: t('starters.field.phase'),
      style: 'compact',
      options: [{ value: ALL, label: t('starters.list.allPhases') }, ...STARTER_PHASES.map((p) => ({ value: p, label: t(`starters.phase.${p}`) }))],
      value: state.phase ?? ALL,
    },
    {
      type: 'choice',
      id: 'tag',
      label: t('starters.field.tags'),
      style: 'compact',
      options: [{ value: ALL, label: t('starters.list.allTags') }, ...view.tags.map((tag) => ({ value: tag, label: tag }))],
      value: state.tag && view.tags.includes(state.tag) ? state.tag : ALL,
    },
    text(view.personal ? `${t('starters.list.hint')} ${t('starters.list.hintPersonal')}` : t('starters.list.hint'), true),
  );
  const actions: ActionButton[] = page.map((e) => button(STARTER_ACTIONS.show, t('starters.button.show', { title: shorten(e.title, 50) }), { value: e.ref }));
  actions.push(button(STARTER_ACTIONS.browse, t('starters.button.filter')));
  if (from + PAGE_SIZE < matches.length) actions.push(button(STARTER_ACTIONS.browse, t('starters.button.more'), { value: encodeBrowse({ ...state, page: state.page + 1 }) }));
  if (view.canCreate) actions.push(button(STARTER_ACTIONS.customNew, t('starters.button.new')));
  const lines = page.map((e, i) => entryLine(e, from + i + 1, t, view.personal));
  return { text: [heading, ...(filter ? [filter] : []), ...lines].join('\n'), card: { title: heading, blocks, actions } };
}

/** What one starter's card may offer besides its texts. */
export interface StarterCardOptions {
  /** Set for a group's own starter. */
  own?: { customId: string; groupName: string };
  /** A facilitator in the group's channel: "Posten" (and for own starters edit and retire). */
  facilitatorHere: boolean;
  /** In a personal chat, for someone who facilitates a group: where posting happens. */
  postHint: boolean;
}

/** One starter: intro, numbered questions, further reading, and what the person may do with it. */
export function starterCard(starter: StarterText, opts: StarterCardOptions, t: Translate): OutboundMessage {
  const facts = [
    { label: t('starters.field.phase'), value: t(`starters.phase.${starter.phase}`) },
    ...(starter.tags.length > 0 ? [{ label: t('starters.field.tags'), value: starter.tags.join(', ') }] : []),
    { label: t('starters.field.source'), value: opts.own ? t('starters.ownOf', { group: opts.own.groupName }) : t('starters.fromLibrary') },
  ];
  const questions = starter.questions.map((q, i) => `${i + 1}. ${q}`);
  const blocks: CardBlock[] = [{ type: 'facts', facts }];
  if (starter.intro) blocks.push(text(starter.intro));
  blocks.push(text(`*${t('starters.show.questions')}*\n${questions.join('\n')}`));
  if (starter.links.length > 0) {
    blocks.push(text(`*${t('starters.show.links')}*`), { type: 'links', links: starter.links.map((l) => ({ type: 'link', label: l.label, url: l.url })) });
  }
  if (opts.postHint) blocks.push(text(t('starters.show.postInChannel'), true));
  const actions: ActionButton[] = [];
  if (opts.facilitatorHere) {
    actions.push(button(STARTER_ACTIONS.post, t('starters.button.post'), { value: starter.ref, style: 'primary' }));
    if (opts.own) {
      actions.push(button(STARTER_ACTIONS.customEdit, t('starters.button.edit'), { value: opts.own.customId }));
      actions.push(button(STARTER_ACTIONS.customRetire, t('starters.button.retire'), { value: opts.own.customId, style: 'danger' }));
    }
  }
  actions.push(button(STARTER_ACTIONS.browse, t('starters.button.back')));
  return {
    text: [starter.title, ...(starter.intro ? [starter.intro] : []), ...questions].join('\n'),
    card: { title: starter.title, blocks, actions },
  };
}
