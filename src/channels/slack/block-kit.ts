import type { types } from '@slack/bolt';
import type { ActionButton, Card, CardBlock, ChoiceInput, LinkButton, OutboundMessage, TextInput } from '../../core/index.js';

type KnownBlock = types.KnownBlock;
type ActionsBlock = types.ActionsBlock;
type Button = types.Button;
type InputBlock = types.InputBlock;
type PlainTextOption = types.PlainTextOption;
type ModalView = types.ModalView;

/** Block Kit limits we respect (docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  actionsElements: 25,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  label: 2000,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  actionId: 255,
  optionText: 75,
  optionValue: 150,
  options: 100,
  expandedOptions: 10,
  placeholder: 150,
  inputMaxLength: 3000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  altText: 2000,
  fallbackText: 40000,
} as const;

/** The callback id of every modal Leerkring opens; its submissions come back as actions. */
export const DIALOG_CALLBACK_ID = 'leerkring.dialog';

/** Marks a repeated action id so ids stay unique within a block; stripped again on the way in. */
const DUPLICATE_MARK = '~';

/** Cuts text to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${value.slice(0, cut)}…`;
}

const escapeMrkdwn = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The core's light markdown (*bold*, _italic_, [label](url)) as Slack mrkdwn, with &, < and > escaped. */
export function toMrkdwn(value: string): string {
  return escapeMrkdwn(value)
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_whole, label: string, url: string) => `<${url}|${label.replace(/\|/g, '/')}>`);
}

const plain = (value: string, max: number): types.PlainTextElement => ({ type: 'plain_text', text: truncate(value, max), emoji: true });

/** Removes the marker a duplicate action id got in `cardToBlockKit`. */
export const originalActionId = (actionId: string): string => actionId.replace(new RegExp(`${DUPLICATE_MARK}\\d+$`), '');

/** Hands out ids that are unique within one message or view. */
function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}${DUPLICATE_MARK}${count}`;
  };
}

function choiceBlock(input: ChoiceInput, blockId: string): InputBlock | undefined {
  // Slack refuses an option value over 150 characters; dropping the option beats sending a cut value back.
  const options: PlainTextOption[] = input.options
    .filter((o) => o.value.length > 0 && o.value.length <= SLACK_LIMITS.optionValue)
    .slice(0, SLACK_LIMITS.options)
    .map((o) => ({ text: plain(o.label, SLACK_LIMITS.optionText), value: o.value }));
  if (options.length === 0) return undefined;
  const wanted = input.value === undefined ? [] : Array.isArray(input.value) ? input.value : [input.value];
  const initial = options.filter((o) => wanted.includes(o.value ?? ''));
  // Radio buttons and checkboxes take at most 10 options; longer lists fall back to a dropdown.
  const expanded = input.style === 'expanded' && options.length <= SLACK_LIMITS.expandedOptions;
  const actionId = input.id;
  let element: InputBlock['element'];
  if (input.multi) {
    element = expanded
      ? { type: 'checkboxes', action_id: actionId, options, ...(initial.length > 0 ? { initial_options: initial } : {}) }
      : { type: 'multi_static_select', action_id: actionId, options, ...(initial.length > 0 ? { initial_options: initial } : {}) };
  } else {
    const [first] = initial;
    element = expanded
      ? { type: 'radio_buttons', action_id: actionId, options, ...(first ? { initial_option: first } : {}) }
      : { type: 'static_select', action_id: actionId, options, ...(first ? { initial_option: first } : {}) };
  }
  return { type: 'input', block_id: blockId, label: plain(input.label, SLACK_LIMITS.label), optional: !input.required, element };
}

function textInputBlock(input: TextInput, blockId: string): InputBlock {
  const maxLength = input.maxLength === undefined ? undefined : Math.min(Math.max(1, Math.floor(input.maxLength)), SLACK_LIMITS.inputMaxLength);
  const initial = input.value === undefined || input.value === '' ? undefined : maxLength === undefined ? input.value : input.value.slice(0, maxLength);
  return {
    type: 'input',
    block_id: blockId,
    label: plain(input.label, SLACK_LIMITS.label),
    optional: !input.required,
    element: {
      type: 'plain_text_input',
      action_id: input.id,
      ...(input.multiline ? { multiline: true } : {}),
      ...(maxLength !== undefined ? { max_length: maxLength } : {}),
      ...(input.placeholder ? { placeholder: plain(input.placeholder, SLACK_LIMITS.placeholder) } : {}),
      ...(initial !== undefined ? { initial_value: initial } : {}),
    },
  };
}

function linkButton(link: LinkButton, actionId: string): Button {
  // Slack posts a block_actions payload even for URL buttons; the action id lets us recognise and ignore it.
  return { type: 'button', action_id: actionId, text: plain(link.label, SLACK_LIMITS.buttonText), url: truncate(link.url, SLACK_LIMITS.url) };
}

function actionButton(action: ActionButton, actionId: string): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(action.label, SLACK_LIMITS.buttonText),
    ...(action.value !== undefined ? { value: action.value.slice(0, SLACK_LIMITS.buttonValue) } : {}),
    ...(action.style ? { style: action.style } : {}),
  };
}

function actionsBlocks(buttons: Button[]): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += SLACK_LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + SLACK_LIMITS.actionsElements) });
  }
  return blocks;
}

function contentBlocks(blocks: CardBlock[], blockId: (id: string) => string, linkId: () => string): KnownBlock[] {
  const out: KnownBlock[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'text':
        if (block.text.trim() === '') break;
        out.push(
          block.muted
            ? { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(toMrkdwn(block.text), SLACK_LIMITS.sectionText) }] }
            : { type: 'section', text: { type: 'mrkdwn', text: truncate(toMrkdwn(block.text), SLACK_LIMITS.sectionText) } },
        );
        break;
      case 'facts':
        for (let i = 0; i < block.facts.length; i += SLACK_LIMITS.fields) {
          const fields = block.facts.slice(i, i + SLACK_LIMITS.fields).map((f) => ({
            type: 'mrkdwn' as const,
            text: truncate(`*${escapeMrkdwn(f.label)}*\n${toMrkdwn(f.value)}`, SLACK_LIMITS.fieldText),
          }));
          out.push({ type: 'section', fields });
        }
        break;
      case 'choice': {
        const input = choiceBlock(block, blockId(block.id));
        if (input) out.push(input);
        break;
      }
      case 'input':
        out.push(textInputBlock(block, blockId(block.id)));
        break;
      case 'links':
        out.push(...actionsBlocks(block.links.map((l) => linkButton(l, linkId()))));
        break;
      case 'image':
        out.push({ type: 'image', image_url: truncate(block.url, SLACK_LIMITS.url), alt_text: truncate(block.alt.trim() || block.url, SLACK_LIMITS.altText) });
        break;
    }
  }
  return out;
}

function linkIds(): () => string {
  let n = 0;
  return () => `link-${++n}`;
}

// When a card is too long, content is cut from the end but its buttons always stay.
function fit(content: KnownBlock[], actions: KnownBlock[], max: number): KnownBlock[] {
  const room = Math.max(0, max - actions.length);
  return [...content.slice(0, room), ...actions].slice(0, max);
}

/** A card as Block Kit message blocks. */
export function cardToBlockKit(card: Card): KnownBlock[] {
  const blockId = uniqueIds();
  const actionId = uniqueIds();
  const linkId = linkIds();
  const content: KnownBlock[] = [];
  if (card.title?.trim()) content.push({ type: 'header', text: plain(card.title, SLACK_LIMITS.headerText) });
  content.push(...contentBlocks(card.blocks, blockId, linkId));
  const buttons = (card.actions ?? []).map((a) => (a.type === 'action' ? actionButton(a, actionId(a.id)) : linkButton(a, linkId())));
  return fit(content, actionsBlocks(buttons), SLACK_LIMITS.messageBlocks);
}

/** The action button a dialog's submit stands for: the card's first action button. */
export const dialogAction = (card: Card): ActionButton | undefined => card.actions?.find((a): a is ActionButton => a.type === 'action');

/** A card as a modal: its first action button becomes the submit button, its other action buttons are left out. */
export function cardToModalView(card: Card, privateMetadata: string): ModalView {
  const blockId = uniqueIds();
  const linkId = linkIds();
  const title = card.title?.trim() ?? '';
  const submit = dialogAction(card);
  const content: KnownBlock[] = [];
  // A modal title holds 24 characters; a longer title is repeated in full as a header.
  if (title.length > SLACK_LIMITS.modalTitle) content.push({ type: 'header', text: plain(title, SLACK_LIMITS.headerText) });
  content.push(...contentBlocks(card.blocks, blockId, linkId));
  const links = (card.actions ?? []).filter((a): a is LinkButton => a.type === 'link').map((l) => linkButton(l, linkId()));
  return {
    type: 'modal',
    callback_id: DIALOG_CALLBACK_ID,
    title: plain(title || 'Leerkring', SLACK_LIMITS.modalTitle),
    ...(submit ? { submit: plain(submit.label, SLACK_LIMITS.modalButton) } : {}),
    private_metadata: privateMetadata,
    blocks: fit(content, actionsBlocks(links), SLACK_LIMITS.modalBlocks),
  };
}

/** The `text` and `blocks` of a chat.postMessage or response_url message. */
export function toSlackMessage(message: OutboundMessage): { text: string; blocks?: KnownBlock[] } {
  const text = truncate(toMrkdwn(message.text), SLACK_LIMITS.fallbackText);
  return message.card ? { text, blocks: cardToBlockKit(message.card) } : { text };
}
