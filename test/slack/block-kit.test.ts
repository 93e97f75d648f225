import { describe, expect, it } from 'vitest';
import { button, link, text, type Card } from '../../src/core/index.js';
import { cardToBlockKit, cardToModalView, originalActionId, toMrkdwn, toSlackMessage, truncate } from '../../src/channels/slack/block-kit.js';

const pt = (value: string) => ({ type: 'plain_text', text: value, emoji: true });
const opt = (value: string, label: string) => ({ text: pt(label), value });
const languages = [
  { value: 'nl', label: 'Nederlands' },
  { value: 'en', label: 'Engels' },
  { value: 'fr', label: 'Frans' },
];

describe('cardToBlockKit', () => {
  it('turns title and text into a header and mrkdwn sections; muted text into a context block', () => {
    expect(cardToBlockKit({ title: 'Wat Leerkring kan', blocks: [text('*hulp*: dit overzicht'), text('Binnenkort meer', true)] })).toEqual([
      { type: 'header', text: pt('Wat Leerkring kan') },
      { type: 'section', text: { type: 'mrkdwn', text: '*hulp*: dit overzicht' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Binnenkort meer' }] },
    ]);
  });

  it('turns facts into section fields, 10 per section', () => {
    const facts = Array.from({ length: 12 }, (_, i) => ({ label: `L${i}`, value: `v${i}` }));
    const blocks = cardToBlockKit({ blocks: [{ type: 'facts', facts }] });
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ type: 'section', fields: expect.arrayContaining([{ type: 'mrkdwn', text: '*L0*\nv0' }]) as unknown });
    expect((blocks[0] as { fields: unknown[] }).fields).toHaveLength(10);
    expect((blocks[1] as { fields: unknown[] }).fields).toEqual([
      { type: 'mrkdwn', text: '*L10*\nv10' },
      { type: 'mrkdwn', text: '*L11*\nv11' },
    ]);
  });

  it('turns a compact single choice into a static_select input with its initial option', () => {
    expect(cardToBlockKit({ blocks: [{ type: 'choice', id: 'language', label: 'Taal', options: languages, value: 'en', required: true }] })).toEqual([
      {
        type: 'input',
        block_id: 'language',
        label: pt('Taal'),
        optional: false,
        element: { type: 'static_select', action_id: 'language', options: languages.map((l) => opt(l.value, l.label)), initial_option: opt('en', 'Engels') },
      },
    ]);
  });

  it('turns an expanded single choice into radio buttons', () => {
    const [block] = cardToBlockKit({ blocks: [{ type: 'choice', id: 'language', label: 'Taal', options: languages, style: 'expanded', value: 'nl' }] });
    expect(block).toMatchObject({ optional: true, element: { type: 'radio_buttons', action_id: 'language', initial_option: opt('nl', 'Nederlands') } });
  });

  it('turns an expanded multi choice into checkboxes and a compact one into multi_static_select', () => {
    const choice = { type: 'choice' as const, id: 'days', label: 'Dagen', options: languages, multi: true, value: ['nl', 'fr'] };
    const [expanded] = cardToBlockKit({ blocks: [{ ...choice, style: 'expanded' }] });
    expect(expanded).toMatchObject({ element: { type: 'checkboxes', action_id: 'days', initial_options: [opt('nl', 'Nederlands'), opt('fr', 'Frans')] } });
    const [compact] = cardToBlockKit({ blocks: [{ ...choice, value: [] }] });
    expect(compact).toMatchObject({ element: { type: 'multi_static_select', action_id: 'days' } });
    expect((compact as { element: object }).element).not.toHaveProperty('initial_options');
  });

  it('falls back to a dropdown when an expanded choice has more than 10 options', () => {
    const options = Array.from({ length: 11 }, (_, i) => ({ value: `o${i}`, label: `Optie ${i}` }));
    const [single] = cardToBlockKit({ blocks: [{ type: 'choice', id: 'c', label: 'C', options, style: 'expanded' }] });
    const [multi] = cardToBlockKit({ blocks: [{ type: 'choice', id: 'm', label: 'M', options, style: 'expanded', multi: true }] });
    expect(single).toMatchObject({ element: { type: 'static_select' } });
    expect(multi).toMatchObject({ element: { type: 'multi_static_select' } });
  });

  it('keeps option labels within 75 characters and drops option values Slack would refuse', () => {
    const [block] = cardToBlockKit({
      blocks: [{ type: 'choice', id: 'c', label: 'C', options: [{ value: 'a', label: 'x'.repeat(100) }, { value: 'v'.repeat(151), label: 'te lang' }] }],
    });
    const options = (block as { element: { options: Array<{ text: { text: string } }> } }).element.options;
    expect(options).toHaveLength(1);
    expect(options[0]!.text.text).toHaveLength(75);
  });

  it('turns a text input into a plain_text_input with its settings', () => {
    expect(
      cardToBlockKit({
        blocks: [{ type: 'input', id: 'question', label: 'Je leervraag', placeholder: 'Bv. hoe differentieer ik?', multiline: true, maxLength: 500, value: 'Begin', required: true }],
      }),
    ).toEqual([
      {
        type: 'input',
        block_id: 'question',
        label: pt('Je leervraag'),
        optional: false,
        element: { type: 'plain_text_input', action_id: 'question', multiline: true, max_length: 500, placeholder: pt('Bv. hoe differentieer ik?'), initial_value: 'Begin' },
      },
    ]);
  });

  it('turns links into url buttons and an image into an image block', () => {
    expect(cardToBlockKit({ blocks: [{ type: 'links', links: [link('Agenda', 'https://example.org/a.ics')] }, { type: 'image', url: 'https://example.org/c.png', alt: 'Grafiek' }] })).toEqual([
      { type: 'actions', elements: [{ type: 'button', action_id: 'link-1', text: pt('Agenda'), url: 'https://example.org/a.ics' }] },
      { type: 'image', image_url: 'https://example.org/c.png', alt_text: 'Grafiek' },
    ]);
  });

  it('turns buttons into an actions block with action ids, values and styles', () => {
    const card: Card = {
      blocks: [],
      actions: [button('visit.accept', 'Aanvaarden', { value: 'v-1', style: 'primary' }), button('visit.decline', 'Weigeren', { style: 'danger' }), link('Meer', 'https://example.org')],
    };
    expect(cardToBlockKit(card)).toEqual([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'visit.accept', text: pt('Aanvaarden'), value: 'v-1', style: 'primary' },
          { type: 'button', action_id: 'visit.decline', text: pt('Weigeren'), style: 'danger' },
          { type: 'button', action_id: 'link-1', text: pt('Meer'), url: 'https://example.org' },
        ],
      },
    ]);
  });

  it('keeps action ids and block ids unique, and the marker comes off again', () => {
    const card: Card = {
      blocks: [
        { type: 'input', id: 'note', label: 'A' },
        { type: 'input', id: 'note', label: 'B' },
      ],
      actions: [button('vote', 'Ja', { value: 'yes' }), button('vote', 'Nee', { value: 'no' })],
    };
    const blocks = cardToBlockKit(card) as unknown as Array<Record<string, unknown>>;
    expect(blocks.map((b) => b['block_id']).filter(Boolean)).toEqual(['note', 'note~2']);
    const ids = (blocks[2] as { elements: Array<{ action_id: string }> }).elements.map((e) => e.action_id);
    expect(ids).toEqual(['vote', 'vote~2']);
    expect(ids.map(originalActionId)).toEqual(['vote', 'vote']);
  });

  it('respects Slack limits: 50 blocks (buttons kept), 25 buttons per actions block, 3000 text, 75 label, 2000 value, 150 header', () => {
    const many: Card = {
      title: 'T'.repeat(200),
      blocks: Array.from({ length: 60 }, (_, i) => text(`regel ${i} ${'x'.repeat(i === 0 ? 4000 : 0)}`)),
      actions: Array.from({ length: 30 }, (_, i) => button(`a${i}`, 'L'.repeat(100), { value: 'v'.repeat(2500) })),
    };
    const blocks = cardToBlockKit(many) as unknown as Array<Record<string, any>>;
    expect(blocks).toHaveLength(50);
    expect(blocks[0]!['text'].text).toHaveLength(150);
    expect(blocks[1]!['text'].text).toHaveLength(3000);
    const actions = blocks.filter((b) => b['type'] === 'actions');
    expect(actions.map((a) => a['elements'].length)).toEqual([25, 5]);
    expect(actions[0]!['elements'][0].text.text).toHaveLength(75);
    expect(actions[0]!['elements'][0].value).toHaveLength(2000);
  });

  it('skips empty text and choices without options', () => {
    expect(cardToBlockKit({ blocks: [text('  '), { type: 'choice', id: 'c', label: 'C', options: [] }] })).toEqual([]);
  });
});

describe('cardToModalView', () => {
  const form: Card = {
    title: 'Kies je taal',
    presentation: 'dialog',
    blocks: [{ type: 'choice', id: 'language', label: 'Taal', options: languages, style: 'expanded', value: 'nl', required: true }],
    actions: [button('lang.set', 'Bewaren', { style: 'primary' }), button('lang.cancel', 'Annuleren'), link('Uitleg', 'https://example.org')],
  };

  it('makes a modal: title, submit = first action button, inputs, links; other buttons left out', () => {
    expect(cardToModalView(form, '{"actionId":"lang.set"}')).toEqual({
      type: 'modal',
      callback_id: 'leerkring.dialog',
      title: pt('Kies je taal'),
      submit: pt('Bewaren'),
      private_metadata: '{"actionId":"lang.set"}',
      blocks: [
        {
          type: 'input',
          block_id: 'language',
          label: pt('Taal'),
          optional: false,
          element: { type: 'radio_buttons', action_id: 'language', options: languages.map((l) => opt(l.value, l.label)), initial_option: opt('nl', 'Nederlands') },
        },
        { type: 'actions', elements: [{ type: 'button', action_id: 'link-1', text: pt('Uitleg'), url: 'https://example.org' }] },
      ],
    });
  });

  it('cuts the title to 24 characters and repeats a long title as a header', () => {
    const view = cardToModalView({ ...form, title: 'Plan een collegiaal klasbezoek' }, '{}');
    expect(view.title.text).toHaveLength(24);
    expect(view.blocks[0]).toEqual({ type: 'header', text: pt('Plan een collegiaal klasbezoek') });
    expect(cardToModalView({ ...form, actions: [button('x', 'Een veel te lange knoptekst hier')] }, '{}').submit?.text).toHaveLength(24);
  });
});

describe('text conversion', () => {
  it('escapes &, < and > and converts links and **bold**', () => {
    expect(toMrkdwn('Q&A <b> **vet** [agenda](https://x.org/a?b=1&c=2)')).toBe('Q&amp;A &lt;b&gt; *vet* <https://x.org/a?b=1&amp;c=2|agenda>');
    expect(toMrkdwn('*vet* en _schuin_')).toBe('*vet* en _schuin_');
  });

  it('truncates with an ellipsis without splitting emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('builds text and blocks for a message; text only without a card', () => {
    expect(toSlackMessage({ text: 'Hallo <iedereen>' })).toEqual({ text: 'Hallo &lt;iedereen&gt;' });
    expect(toSlackMessage({ text: 'x', card: { blocks: [text('y')] } }).blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'y' } }]);
  });
});
