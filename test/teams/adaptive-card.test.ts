import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cardToAdaptiveCard, messageToActivity, toPlainText, toTeamsMarkdown, type AdaptiveCard } from '../../src/channels/teams/adaptive-card.js';
import { button, link, text, translator, type Card } from '../../src/core/index.js';
import { helpMessage, languageForm, welcomeMessage } from '../../src/core/features/basics/basics-cards.js';

// The adaptivecards package ships extensionless ESM that Node cannot load; its UMD bundle parses cards fine.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/** Every parse and validation complaint of the Adaptive Cards SDK about a card. */
function problems(card: AdaptiveCard): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...events, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

const everyBlock: Card = {
  title: 'Collegiaal bezoek',
  blocks: [
    text('Wie komt *kijken* in je klas?'),
    text('Je kan dit later _aanpassen_.', true),
    { type: 'facts', facts: [{ label: 'Wanneer', value: 'di 24/11, 10u' }, { label: 'Waar', value: 'lokaal 2.14' }] },
    { type: 'choice', id: 'day', label: 'Dag', style: 'compact', options: [{ value: 'mon', label: 'Maandag' }, { value: 'tue', label: 'Dinsdag' }], value: 'tue', required: true },
    { type: 'choice', id: 'focus', label: 'Focus', style: 'expanded', multi: true, value: ['a', 'c'], options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }, { value: 'c', label: 'C' }] },
    { type: 'input', id: 'note', label: 'Opmerking', placeholder: 'Wat wil je vragen?', multiline: true, maxLength: 500, required: true },
    { type: 'input', id: 'room', label: 'Lokaal', value: '2.14' },
    { type: 'links', links: [link('Kalender (.ics)', 'https://example.org/visit.ics')] },
    { type: 'image', url: 'https://example.org/chart.png', alt: 'Grafiek van de antwoorden' },
  ],
  actions: [button('visits.accept', 'Ja, graag', { value: 'v-1', style: 'primary' }), button('visits.decline', 'Nee', { value: 'v-1', style: 'danger' }), button('help.show', 'Hulp'), link('Meer info', 'https://example.org/info')],
};

describe('cardToAdaptiveCard', () => {
  it('renders every block type as Adaptive Card 1.5', () => {
    const card = cardToAdaptiveCard(everyBlock);
    expect(card).toEqual({
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'Collegiaal bezoek', size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
        { type: 'TextBlock', text: 'Wie komt **kijken** in je klas?', wrap: true },
        { type: 'TextBlock', text: 'Je kan dit later _aanpassen_.', wrap: true, isSubtle: true },
        { type: 'FactSet', facts: [{ title: 'Wanneer', value: 'di 24/11, 10u' }, { title: 'Waar', value: 'lokaal 2.14' }] },
        {
          type: 'Input.ChoiceSet',
          id: 'day',
          label: 'Dag',
          choices: [{ title: 'Maandag', value: 'mon' }, { title: 'Dinsdag', value: 'tue' }],
          isMultiSelect: false,
          style: 'compact',
          value: 'tue',
          isRequired: true,
          errorMessage: 'Dag',
        },
        {
          type: 'Input.ChoiceSet',
          id: 'focus',
          label: 'Focus',
          choices: [{ title: 'A', value: 'a' }, { title: 'B', value: 'b' }, { title: 'C', value: 'c' }],
          isMultiSelect: true,
          style: 'expanded',
          value: 'a,c',
        },
        { type: 'Input.Text', id: 'note', label: 'Opmerking', isMultiline: true, placeholder: 'Wat wil je vragen?', maxLength: 500, isRequired: true, errorMessage: 'Opmerking' },
        { type: 'Input.Text', id: 'room', label: 'Lokaal', isMultiline: false, value: '2.14' },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'Kalender (.ics)', url: 'https://example.org/visit.ics' }] },
        { type: 'Image', url: 'https://example.org/chart.png', altText: 'Grafiek van de antwoorden' },
      ],
      actions: [
        { type: 'Action.Submit', title: 'Ja, graag', data: { actionId: 'visits.accept', value: 'v-1', lkMulti: ['focus'] }, style: 'positive' },
        { type: 'Action.Submit', title: 'Nee', data: { actionId: 'visits.decline', value: 'v-1', lkMulti: ['focus'] }, style: 'destructive' },
        { type: 'Action.Submit', title: 'Hulp', data: { actionId: 'help.show', lkMulti: ['focus'] } },
        { type: 'Action.OpenUrl', title: 'Meer info', url: 'https://example.org/info' },
      ],
    });
  });

  it('produces cards the Adaptive Cards SDK parses and validates without complaint', () => {
    expect(problems(cardToAdaptiveCard(everyBlock))).toEqual([]);
    const t = translator('nl');
    for (const message of [helpMessage(t, 'nl'), languageForm(t, 'nl'), welcomeMessage(t, 'personal', 'An'), welcomeMessage(t, 'group')]) {
      expect(message.card).toBeDefined();
      if (message.card) expect(problems(cardToAdaptiveCard(message.card)), message.text).toEqual([]);
    }
  });

  it('moves buttons beyond the fifth into the overflow menu when a card has more than six', () => {
    const many = (n: number) => cardToAdaptiveCard({ blocks: [], actions: Array.from({ length: n }, (_, i) => ({ type: 'action' as const, id: `a${i}`, label: `Knop ${i}` })) }) as { actions: Array<{ mode?: string }> };
    expect(many(6).actions.every((a) => a.mode === undefined)).toBe(true);
    const thirteen = many(13).actions;
    expect(thirteen.slice(0, 5).every((a) => a.mode === undefined)).toBe(true);
    expect(thirteen.slice(5).every((a) => a.mode === 'secondary')).toBe(true);
  });

  it('leaves out lkMulti, actions and the title when there is nothing to put in them', () => {
    const card = cardToAdaptiveCard({ blocks: [text('Alleen tekst')], actions: [button('help.show', 'Hulp')] });
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Alleen tekst', wrap: true }]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Hulp', data: { actionId: 'help.show' } }]);
    expect(cardToAdaptiveCard({ blocks: [] })).not.toHaveProperty('actions');
  });
});

describe('Teams markdown', () => {
  it('turns the core’s *bold* into **bold** and leaves italics, links and lone asterisks alone', () => {
    expect(toTeamsMarkdown('*hulp*: dit overzicht')).toBe('**hulp**: dit overzicht');
    expect(toTeamsMarkdown('Kies *taal nl*, *taal en* of *taal fr*.')).toBe('Kies **taal nl**, **taal en** of **taal fr**.');
    expect(toTeamsMarkdown('_schuin_ en [link](https://example.org/a_b*c)')).toBe('_schuin_ en [link](https://example.org/a_b*c)');
    expect(toTeamsMarkdown('5 * 3 * 2 en 2*3*4')).toBe('5 * 3 * 2 en 2*3*4');
    expect(toTeamsMarkdown('**al vet**')).toBe('**al vet**');
  });

  it('drops emphasis for plain-text places', () => {
    expect(toPlainText('Typ *hulp* of _help_, 5 * 3')).toBe('Typ hulp of help, 5 * 3');
  });
});

describe('messageToActivity', () => {
  it('sends text alone as Teams markdown', () => {
    expect(messageToActivity({ text: 'Typ *hulp*' })).toEqual({ type: 'message', text: 'Typ **hulp**', textFormat: 'markdown' });
  });

  it('sends a card as an attachment with the fallback in summary, not text', () => {
    const activity = messageToActivity({ text: 'Wat *Leerkring* kan', card: { title: 'Wat Leerkring kan', blocks: [] } });
    expect(activity.text).toBeUndefined();
    expect(activity.summary).toBe('Wat Leerkring kan');
    expect(activity.attachments).toEqual([{ contentType: 'application/vnd.microsoft.card.adaptive', content: cardToAdaptiveCard({ title: 'Wat Leerkring kan', blocks: [] }) }]);
  });
});
