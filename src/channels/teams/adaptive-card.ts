import type { Activity } from 'botbuilder';
import type { ActionButton, Card, CardBlock, ChoiceInput, LinkButton, OutboundMessage, TextInput } from '../../core/index.js';

/** The attachment content type Teams renders as an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Keys of `Action.Submit` data that route the click; every other key of a submitted value is an input id. */
export const SUBMIT_ROUTING_KEYS = ['actionId', 'value', 'lkMulti'] as const;

/** One Adaptive Card element or action, as JSON. */
export type AdaptiveElement = { type: string } & Record<string, unknown>;

/** An Adaptive Card 1.5, as JSON. */
export interface AdaptiveCard {
  $schema: string;
  type: 'AdaptiveCard';
  version: '1.5';
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
}

/** Buttons Teams shows on a card before the rest move to the overflow menu. */
const MAX_PRIMARY_ACTIONS = 5;

/** Converts the core's light markdown (*bold*, _italic_, [links](url)) to Teams markdown, where a single `*` means italic. */
export function toTeamsMarkdown(text: string): string {
  return text.replace(/(?<![\w*])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![\w*])/g, '**$1**');
}

/** Drops the emphasis markers, for places Teams shows as plain text (notifications, the card summary). */
export function toPlainText(text: string): string {
  return text.replace(/(?<![\w*])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![\w*])/g, '$1').replace(/(?<![\w_])_(?![\s_])([^_\n]+?)(?<![\s_])_(?![\w_])/g, '$1');
}

const openUrl = (link: LinkButton): AdaptiveElement => ({ type: 'Action.OpenUrl', title: link.label, url: link.url });

// The core's model carries no validation text, so the (already translated) label doubles as the message.
const required = (input: { required?: boolean; label: string }): Record<string, unknown> =>
  input.required ? { isRequired: true, errorMessage: input.label } : {};

function choiceSet(block: ChoiceInput): AdaptiveElement {
  const value = Array.isArray(block.value) ? block.value.join(',') : block.value;
  return {
    type: 'Input.ChoiceSet',
    id: block.id,
    label: block.label,
    choices: block.options.map((o) => ({ title: o.label, value: o.value })),
    isMultiSelect: block.multi ?? false,
    ...(block.style ? { style: block.style } : {}),
    ...(value !== undefined ? { value } : {}),
    ...required(block),
  };
}

function textInput(block: TextInput): AdaptiveElement {
  return {
    type: 'Input.Text',
    id: block.id,
    label: block.label,
    isMultiline: block.multiline ?? false,
    ...(block.placeholder !== undefined ? { placeholder: block.placeholder } : {}),
    ...(block.maxLength !== undefined ? { maxLength: block.maxLength } : {}),
    ...(block.value !== undefined ? { value: block.value } : {}),
    ...required(block),
  };
}

function element(block: CardBlock): AdaptiveElement {
  switch (block.type) {
    case 'text':
      return { type: 'TextBlock', text: toTeamsMarkdown(block.text), wrap: true, ...(block.muted ? { isSubtle: true } : {}) };
    case 'facts':
      return { type: 'FactSet', facts: block.facts.map((f) => ({ title: f.label, value: toTeamsMarkdown(f.value) })) };
    case 'choice':
      return choiceSet(block);
    case 'input':
      return textInput(block);
    case 'links':
      return { type: 'ActionSet', actions: block.links.map(openUrl) };
    case 'image':
      return { type: 'Image', url: block.url, altText: block.alt };
  }
}

function submit(button: ActionButton, multiIds: string[]): AdaptiveElement {
  const data = { actionId: button.id, ...(button.value !== undefined ? { value: button.value } : {}), ...(multiIds.length ? { lkMulti: multiIds } : {}) };
  const style = button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  return { type: 'Action.Submit', title: button.label, data, ...(style ? { style } : {}) };
}

/**
 * Renders a card as an Adaptive Card 1.5. Buttons become `Action.Submit` whose data carries the routing keys;
 * Teams merges the input values into that data, with multi-select values joined by commas, so `lkMulti` names
 * the inputs to split again on the way in. Input ids must therefore not be `actionId`, `value` or `lkMulti`.
 */
export function cardToAdaptiveCard(card: Card): AdaptiveCard {
  const body: AdaptiveElement[] = [];
  if (card.title) body.push({ type: 'TextBlock', text: toTeamsMarkdown(card.title), size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' });
  body.push(...card.blocks.map(element));
  const multiIds = card.blocks.filter((b): b is ChoiceInput => b.type === 'choice' && b.multi === true).map((b) => b.id);
  // Teams shows at most six buttons; the rest go to the card's overflow menu (Adaptive Cards 1.5 secondary actions).
  const actions = (card.actions ?? [])
    .map((a) => (a.type === 'action' ? submit(a, multiIds) : openUrl(a)))
    .map((a, i, all) => (all.length > MAX_PRIMARY_ACTIONS + 1 && i >= MAX_PRIMARY_ACTIONS ? { ...a, mode: 'secondary' } : a));
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/**
 * Renders an outbound message as a Teams activity. With a card, the fallback text goes to `summary`
 * (notifications, screen readers) rather than `text`, or Teams would show it above the card as well.
 */
export function messageToActivity(message: OutboundMessage): Partial<Activity> {
  if (!message.card) return { type: 'message', text: toTeamsMarkdown(message.text), textFormat: 'markdown' };
  return {
    type: 'message',
    summary: toPlainText(message.text),
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: cardToAdaptiveCard(message.card) }],
  };
}
