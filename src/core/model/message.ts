/**
 * The small, channel-neutral message and card model the core speaks.
 * Each channel owns exactly one converter from this model (Adaptive Cards, Block Kit).
 */

/** A line of text; `muted` renders subtle/secondary. Markdown: *bold*, _italic_ and links only. */
export interface TextBlock {
  type: 'text';
  text: string;
  muted?: boolean;
}

/** Label/value pairs, e.g. date, place, facilitator. */
export interface FactsBlock {
  type: 'facts';
  facts: Array<{ label: string; value: string }>;
}

/** A single- or multi-select input; its value arrives in `inputs[id]` of the submit event. */
export interface ChoiceInput {
  type: 'choice';
  id: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  multi?: boolean;
  /** Preselected value(s). */
  value?: string | string[];
  required?: boolean;
  /** `expanded` shows radio buttons/checkboxes, `compact` a dropdown. */
  style?: 'compact' | 'expanded';
}

/** A free-text input; its value arrives in `inputs[id]` of the submit event. */
export interface TextInput {
  type: 'input';
  id: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  value?: string;
  maxLength?: number;
  required?: boolean;
}

/** Links to further reading or downloads (e.g. a calendar file). */
export interface LinksBlock {
  type: 'links';
  links: LinkButton[];
}

/** An image with alternative text, e.g. a chart rendered on the server. */
export interface ImageBlock {
  type: 'image';
  url: string;
  alt: string;
}

/** A block of a card, in display order. */
export type CardBlock = TextBlock | FactsBlock | ChoiceInput | TextInput | LinksBlock | ImageBlock;

/** A button that sends an action (with the card's inputs) back to the core. */
export interface ActionButton {
  type: 'action';
  /** Routes the click in the core, e.g. `lang.set`. Max 100 chars. */
  id: string;
  label: string;
  /** Opaque payload echoed back with the click. Max 1000 chars. */
  value?: string;
  style?: 'primary' | 'danger';
}

/** A button that opens a URL. */
export interface LinkButton {
  type: 'link';
  label: string;
  url: string;
}

/** A card: title, blocks and buttons. */
export interface Card {
  title?: string;
  blocks: CardBlock[];
  actions?: Array<ActionButton | LinkButton>;
  /**
   * Where a card with inputs is best filled in. `dialog` asks the channel to open it in a
   * dialog when it can (a Slack modal when the click carries a trigger); otherwise it is shown inline.
   */
  presentation?: 'inline' | 'dialog';
}

/** What the core sends: a plain-text fallback (notifications, screen readers) and optionally a card. */
export interface OutboundMessage {
  text: string;
  card?: Card;
}

/** Builds a text block. */
export const text = (value: string, muted = false): TextBlock => (muted ? { type: 'text', text: value, muted } : { type: 'text', text: value });

/** Builds an action button. */
export const button = (id: string, label: string, opts: { value?: string; style?: 'primary' | 'danger' } = {}): ActionButton => ({
  type: 'action',
  id,
  label,
  ...opts,
});

/** Builds a link button. */
export const link = (label: string, url: string): LinkButton => ({ type: 'link', label, url });

/** True when the card asks the person for input. */
export const hasInputs = (card: Card): boolean => card.blocks.some((b) => b.type === 'choice' || b.type === 'input');

/** Limits shared by every channel; the strictest platform decides (Slack section text is 3000). */
export const LIMITS = {
  text: 3000,
  title: 150,
  buttonLabel: 75,
  actionId: 100,
  actionValue: 1000,
  inputId: 64,
  options: 100,
  facts: 10,
  /** Longest inbound text the core accepts; longer is refused politely. */
  inboundText: 4000,
} as const;
