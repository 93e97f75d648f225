import { expect } from 'vitest';
import { VISIT_ACTIONS } from '../../../src/core/features/visits/visit-actions.js';
import type { Group } from '../../../src/core/features/groups/group.js';
import type { TestApp } from '../../helpers/test-app.js';

/*
 * The collegial-visit flow end to end, written once for both channels. Each channel's test file implements the
 * small driver below on top of its real adapter (the fake Bot Connector or the fake Slack Web API) and the fake clock;
 * everything asserted here is what the fakes recorded: texts, card titles, choices and button values.
 */

/** The people of the test network: An facilitates; Bo and Cas teach at De Linde, An, Dirk and Eva at Sint-Jan. */
export type Who = 'an' | 'bo' | 'cas' | 'dirk' | 'eva';
/** Everyone, the facilitator (who adds the bot) first. */
export const EVERYONE: readonly Who[] = ['an', 'bo', 'cas', 'dirk', 'eva'];
/** Display names. */
export const NAMES: Record<Who, string> = { an: 'An Peeters', bo: 'Bo Janssens', cas: 'Cas Willems', dirk: 'Dirk Maes', eva: 'Eva Jacobs' };
/** Schools, set with `profiel`. */
export const SCHOOLS: Record<Who, string> = { an: 'Sint-Jan', bo: 'De Linde', cas: 'De Linde', dirk: 'Sint-Jan', eva: 'Sint-Jan' };

/** A form's inputs as a person fills them in: single values as strings, multi-choices as lists. */
export type Inputs = Record<string, string | string[]>;

/** One message (or modal) the bot showed a person, read the same way in both channels. */
export interface Sent {
  /** The fallback text (Teams: text or summary; Slack: text). */
  text: string;
  /** Everything in it (texts, card, links) as one searchable string. */
  all: string;
  /** The card's title, when it has one. */
  title: string | undefined;
  /** Its action buttons: routing id, value and label. */
  buttons: Array<{ actionId: string; value: string | undefined; label: string }>;
  /** The URLs of its link buttons. */
  links: string[];
  /** The options of one of its choice inputs. */
  choices(inputId: string): Array<{ value: string; label: string }>;
  /** A Slack modal (opened with a click's trigger) rather than a message. */
  modal: boolean;
  /** The channel's own record (a connector request or a fake Slack call), for the driver. */
  raw: unknown;
}

/** What a test does in a channel, and what it reads back. */
export interface VisitDriver {
  readonly app: TestApp;
  /** The group of the test channel. */
  group(): Promise<Group>;
  /** The person key of a test person in this channel. */
  key(who: Who): string;
  /** The person types `text` in their 1:1 with the bot, or in the group's channel (addressed to the bot). */
  say(who: Who, text: string, where: 'private' | 'channel'): Promise<Sent[]>;
  /**
   * The person clicks `actionId` on a message (or submits a modal) with these inputs; the rest of the form keeps its
   * values. With several such buttons, `value` picks one. Returns what reached them privately since.
   */
  submit(who: Who, from: Sent, actionId: string, inputs?: Inputs, value?: string): Promise<Sent[]>;
  /** What reached one person privately, oldest first (1:1 messages, answers only they see, modals). */
  privateTo(who: Who): Sent[];
  /** What the bot posted in the group's channel for everyone. */
  channelPosts(): Sent[];
  /** Moves the fake clock to `iso` and runs what is due. */
  at(iso: string): Promise<void>;
  /** True when a form sent as the answer to a click opens as a modal (Slack) instead of a card in the chat (Teams). */
  readonly formsAsModals: boolean;
}

// Tuesday 1 December 2026, period 3 (10:20–11:10 in Brussels), and when each message about it is due.
const SLOT_START = '2026-12-01T09:20:00.000Z';
const AT = {
  prepare: '2026-11-27T14:30:00.000Z',
  dayBefore: '2026-11-30T09:20:00.000Z',
  hourBefore: '2026-12-01T08:20:00.000Z',
  reflect: '2026-12-01T10:25:00.000Z',
  checkIn: '2027-01-04T14:30:00.000Z',
};
const QUESTION = 'Hoe zet ik stations in zodat elke leerling op eigen niveau werkt?';
const COVER_NOTE = 'Sara, stagiair 3de jaar';

const minute = (iso: string, delta: number): string => new Date(Date.parse(iso) + delta * 60_000).toISOString();
const texts = (sent: Sent[]): string => sent.map((s) => s.all).join('\n');
const titled = (sent: Sent[], title: string): Sent[] => sent.filter((s) => s.title === title);
const newSince = (d: VisitDriver, who: Who, before: number): Sent[] => d.privateTo(who).slice(before);

/** The newest message to `who` with a button for `actionId`. */
export function lastWith(d: VisitDriver, who: Who, actionId: string): Sent {
  const found = [...d.privateTo(who)].reverse().find((s) => s.buttons.some((b) => b.actionId === actionId));
  if (!found) throw new Error(`${who} got no ${actionId} button; got:\n${d.privateTo(who).map((s) => `${s.title ?? ''} | ${s.text}`).join('\n')}`);
  return found;
}
const buttonValue = (sent: Sent, actionId: string): string | undefined => sent.buttons.find((b) => b.actionId === actionId)?.value;

/**
 * The network: `groep soort netwerk` by An; Bo, Cas and Dirk set their school through `profiel`, An's and Eva's is
 * set in storage, so they never write to the bot before it has to reach them (it opens the 1:1 itself).
 */
export async function setUpNetwork(d: VisitDriver): Promise<string> {
  await d.say('an', 'groep soort netwerk', 'channel');
  const group = await d.group();
  expect(group.kind, 'the group became a network').toBe('network');
  for (const who of ['bo', 'cas', 'dirk'] as const) {
    const card = (await d.say(who, 'profiel', 'private')).find((s) => s.buttons.some((b) => b.actionId === 'profile.edit'));
    expect(card, `${who} got the profile card`).toBeDefined();
    const form = (await d.submit(who, card!, 'profile.edit')).find((s) => s.buttons.some((b) => b.actionId === 'profile.save'));
    expect(form, `${who} got the profile form`).toBeDefined();
    expect(form!.modal, who).toBe(d.formsAsModals);
    await d.submit(who, form!, 'profile.save', { school: SCHOOLS[who] });
  }
  for (const who of ['an', 'eva'] as const) {
    const person = await d.app.storage.people.get(d.key(who));
    expect(person, who).toBeDefined();
    await d.app.storage.people.save({ ...person!, school: SCHOOLS[who], schoolRole: 'teacher' });
  }
  for (const who of EVERYONE) expect((await d.app.storage.people.get(d.key(who)))?.school, who).toBe(SCHOOLS[who]);
  return group.id;
}

/** `gastheer` typed in the channel: the form arrives privately; the person submits it. */
export async function offerToHost(d: VisitDriver, who: Who, inputs: Inputs): Promise<void> {
  const channelBefore = d.channelPosts().length;
  const before = d.privateTo(who).length;
  await d.say(who, 'gastheer', 'channel');
  // Only a short pointer may show in the channel; the form itself goes to the person.
  for (const post of d.channelPosts().slice(channelBefore)) expect(post.buttons).toEqual([]);
  const form = newSince(d, who, before).find((s) => s.buttons.some((b) => b.actionId === VISIT_ACTIONS.offerSubmit));
  expect(form, texts(newSince(d, who, before))).toBeDefined();
  const replies = await d.submit(who, form!, VISIT_ACTIONS.offerSubmit, inputs);
  expect(texts(replies)).toContain('Bedankt! Je aanbod voor');
}

/** `bezoek` in the person's 1:1 and the request form submitted; returns the suggestions card that follows. */
export async function requestVisit(d: VisitDriver, who: Who, inputs: Inputs): Promise<Sent> {
  const form = (await d.say(who, 'bezoek', 'private')).find((s) => s.buttons.some((b) => b.actionId === VISIT_ACTIONS.requestSubmit));
  expect(form, texts(d.privateTo(who))).toBeDefined();
  expect(form!.choices('form').map((c) => c.value)).toContain('observe');
  const replies = await d.submit(who, form!, VISIT_ACTIONS.requestSubmit, {
    question: QUESTION,
    themes: ['differentiation'],
    lens: 'methods',
    form: 'observe',
    scope: 'network',
    halfDays: [],
    weeks: '4',
    trio: 'no',
    ...inputs,
  });
  expect(texts(replies)).toMatch(/Je aanvraag voor .+ staat klaar/);
  const suggestions = titled(replies, 'Collega’s voor je bezoek').at(-1);
  expect(suggestions, texts(replies)).toBeDefined();
  return suggestions!;
}

/** Bo offers Tuesday period 3 and Thursday period 2; Dirk is free exactly then. */
async function offerAndRequest(d: VisitDriver): Promise<Sent> {
  await offerToHost(d, 'bo', { themes: ['differentiation'], show: 'Stations en hoekenwerk in het tweede jaar', halfDays: [], periods: ['2-3', '4-2'], maxVisitors: '1' });
  expect(await d.app.storage.hostOffers.listByGroup((await d.group()).id)).toHaveLength(1);
  return requestVisit(d, 'dirk', { periods: ['2-3', '4-2'] });
}

/**
 * Steps 1–2: Dirk asks Bo, Bo accepts Tuesday 1 December, Dirk records his cover, both get the confirmation and the
 * facilitator hears of it. Returns the visit id and its calendar link.
 */
export async function confirmVisitThroughChannel(d: VisitDriver): Promise<{ visitId: string; icsUrl: string }> {
  const suggestions = await offerAndRequest(d);
  // Bo is suggested, with his school, what he shows and why.
  expect(suggestions.text).toContain(QUESTION);
  expect(suggestions.all).toContain(NAMES.bo);
  expect(suggestions.all).toContain('De Linde');
  expect(suggestions.all).toContain('Stations en hoekenwerk in het tweede jaar');
  expect(suggestions.all).toContain('• Werkt rond differentiatie en klaspraktijk');
  expect(suggestions.all).toContain('• Een andere school: De Linde');
  expect(suggestions.all).toContain('• Jullie kunnen allebei op di 3e lesuur en do 2e lesuur');
  const [request] = await d.app.storage.visitRequests.listByVisitor(d.key('dirk'));
  const ask = suggestions.buttons.filter((b) => b.actionId === VISIT_ACTIONS.ask);
  expect(ask.map((b) => b.value)).toEqual([`${request!.id}|${d.key('bo')}`]);
  expect(ask[0]!.label).toBe(`Vraag ${NAMES.bo}`);
  expect(buttonValue(suggestions, VISIT_ACTIONS.requestWithdraw)).toBe(request!.id);

  // Dirk asks Bo: Bo gets the proposal privately, with three times to choose from.
  const boBefore = d.privateTo('bo').length;
  const asked = await d.submit('dirk', suggestions, VISIT_ACTIONS.ask);
  expect(texts(asked)).toContain(`Ik heb het aan ${NAMES.bo} gevraagd. Je krijgt een antwoord tegen donderdag 26 november.`);
  const proposal = titled(newSince(d, 'bo', boBefore), 'Vraag voor een klasbezoek')[0];
  expect(proposal, texts(newSince(d, 'bo', boBefore))).toBeDefined();
  expect(proposal!.all).toContain(`${NAMES.dirk} (Sint-Jan) wil graag bij jou in de klas komen kijken`);
  expect(proposal!.all).toContain(QUESTION);
  const [visit] = await d.app.storage.visits.listByPerson(d.key('bo'));
  expect(visit).toMatchObject({ status: 'proposed', hostKey: d.key('bo'), visitorKeys: [d.key('dirk')] });
  // The answer buttons carry the visit and its sequence, so an older card is recognised as stale.
  expect(proposal!.buttons.map((b) => [b.actionId, b.value])).toEqual([
    [VISIT_ACTIONS.accept, `${visit!.id}|0`],
    [VISIT_ACTIONS.counter, `${visit!.id}|0`],
    [VISIT_ACTIONS.decline, `${visit!.id}|0`],
  ]);
  const slots = proposal!.choices('slot');
  // The first slot comes after the host's answer deadline (three school days), so there is time to arrange cover.
  expect(slots.map((s) => s.label)).toEqual(['di 1 dec, 3e lesuur (10:20–11:10)', 'do 3 dec, 2e lesuur (09:15–10:05)', 'di 8 dec, 3e lesuur (10:20–11:10)']);
  // Nobody else heard of it; nothing in the channel.
  for (const who of ['an', 'cas', 'eva'] as const) expect(texts(d.privateTo(who)), who).not.toContain('klasbezoek');

  // Bo takes Tuesday 1 December; Dirk gets the cover form.
  const dirkBefore = d.privateTo('dirk').length;
  const accepted = await d.submit('bo', proposal!, VISIT_ACTIONS.accept, { slot: slots[0]!.value });
  expect(texts(accepted)).toContain('Genoteerd: ');
  expect(texts(accepted)).toContain(`zodra ${NAMES.dirk} de vervanging`);
  const cover = titled(newSince(d, 'dirk', dirkBefore), 'Wie neemt je klas over?')[0];
  expect(cover, texts(newSince(d, 'dirk', dirkBefore))).toBeDefined();
  expect(cover!.all).toContain(`${NAMES.bo} ontvangt je graag`);
  expect(cover!.all).toContain('leerling');
  expect(buttonValue(cover!, VISIT_ACTIONS.coverSubmit)).toBe(visit!.id);
  expect(cover!.choices('cover').map((c) => c.value)).toContain('student-teacher');

  // Dirk records his cover: both get the confirmation with the calendar link, An the notice.
  const befores = Object.fromEntries(EVERYONE.map((w) => [w, d.privateTo(w).length])) as Record<Who, number>;
  const channelBefore = d.channelPosts().length;
  const saved = await d.submit('dirk', cover!, VISIT_ACTIONS.coverSubmit, { cover: 'student-teacher', coverNote: COVER_NOTE });
  expect(texts(saved)).toContain('De vervanging is geregeld en het bezoek is bevestigd.');
  const confirmed = await d.app.storage.visits.get(visit!.id);
  expect(confirmed).toMatchObject({ status: 'confirmed', sequence: 2, slot: { date: '2026-12-01', periods: [3], start: SLOT_START } });
  const icsPath = `/kalender/bezoek/${confirmed!.icsToken}.ics`;
  const dirkConfirmation = titled(newSince(d, 'dirk', befores.dirk), 'Bezoek bevestigd')[0];
  const boConfirmation = titled(newSince(d, 'bo', befores.bo), 'Bezoek bevestigd')[0];
  expect(dirkConfirmation?.all).toContain(`Het staat vast: je gaat op bezoek bij ${NAMES.bo}`);
  expect(dirkConfirmation?.all).toContain(COVER_NOTE);
  expect(boConfirmation?.all).toContain(`Het staat vast: ${NAMES.dirk} komt bij jou in de klas kijken`);
  expect(boConfirmation?.all).not.toContain(COVER_NOTE);
  for (const confirmation of [dirkConfirmation!, boConfirmation!]) {
    expect(confirmation.all).toContain('dinsdag 1 december 2026, 3e lesuur (10:20–11:10)');
    expect(confirmation.links.some((u) => u.endsWith(icsPath)), JSON.stringify(confirmation.links)).toBe(true);
  }
  expect(texts(newSince(d, 'an', befores.an))).toContain(`Ter info: ${NAMES.dirk} gaat op bezoek bij ${NAMES.bo}`);
  for (const who of ['cas', 'eva'] as const) expect(newSince(d, who, befores[who]), who).toEqual([]);
  expect(d.channelPosts().length).toBe(channelBefore);
  return { visitId: visit!.id, icsUrl: dirkConfirmation!.links.find((u) => u.endsWith(icsPath))! };
}

/** The calendar file over real HTTP, unfolded. */
export async function fetchIcs(d: VisitDriver, url: string): Promise<string> {
  const res = await fetch(`${d.app.url}${new URL(url).pathname}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  return (await res.text()).replace(/\r?\n[ \t]/g, '');
}

/** Request → suggestion → slot → cover → confirmation → preparation → reminders → reflection → check-in. */
export async function wholeVisit(d: VisitDriver): Promise<void> {
  await setUpNetwork(d);
  const { visitId, icsUrl } = await confirmVisitThroughChannel(d);
  const ics = await fetchIcs(d, icsUrl);
  expect(ics).toContain(`UID:${visitId}@leerkring`);
  expect(ics).toContain('SEQUENCE:2');
  expect(ics).toContain('DTSTART:20261201T092000Z');
  expect(ics).toContain('DTEND:20261201T101000Z');
  expect(ics).toContain('STATUS:CONFIRMED');

  // Three days before: both get the preparation form, with the note about pupils; nothing a minute earlier.
  const channelBefore = d.channelPosts().length;
  await d.at(minute(AT.prepare, -1));
  for (const who of ['dirk', 'bo'] as const) expect(titled(d.privateTo(who), 'Bereid je klasbezoek voor'), who).toHaveLength(0);
  await d.at(AT.prepare);
  const dirkPrep = lastWith(d, 'dirk', VISIT_ACTIONS.prepSubmit);
  const boPrep = lastWith(d, 'bo', VISIT_ACTIONS.prepSubmit);
  for (const form of [dirkPrep, boPrep]) {
    expect(form.title).toBe('Bereid je klasbezoek voor');
    expect(form.all).toContain('leerling');
    expect(buttonValue(form, VISIT_ACTIONS.prepSubmit)).toBe(visitId);
  }
  expect(dirkPrep.all).toContain(QUESTION); // prefilled with his learning question
  expect(titled(d.privateTo('an'), 'Bereid je klasbezoek voor')).toHaveLength(0);

  // Each submits; each receives the other's answers.
  let boBefore = d.privateTo('bo').length;
  const dirkSaved = await d.submit('dirk', dirkPrep, VISIT_ACTIONS.prepSubmit, { questions: 'Hoe start je de stations op?', practical: 'Ik zit graag achteraan.' });
  expect(texts(dirkSaved)).toContain(`Je voorbereiding ging naar ${NAMES.bo}`);
  const toBo = titled(newSince(d, 'bo', boBefore), `Voorbereiding van ${NAMES.dirk}`)[0];
  expect(toBo?.all).toContain('Hoe start je de stations op?');
  expect(toBo?.all).toContain(QUESTION);
  let dirkBefore = d.privateTo('dirk').length;
  const boSaved = await d.submit('bo', boPrep, VISIT_ACTIONS.prepSubmit, { show: 'De rotatie tussen de hoeken', feedback: 'Kijk naar mijn instructie', practical: 'Lokaal B204' });
  expect(texts(boSaved)).toContain(`Je voorbereiding ging naar ${NAMES.dirk}`);
  const toDirk = titled(newSince(d, 'dirk', dirkBefore), `Voorbereiding van ${NAMES.bo}`)[0];
  expect(toDirk?.all).toContain('Lokaal B204');

  // The day before and the hour before: reminders with the other side's preparation.
  dirkBefore = d.privateTo('dirk').length;
  boBefore = d.privateTo('bo').length;
  await d.at(AT.dayBefore);
  const dayDirk = titled(newSince(d, 'dirk', dirkBefore), 'Morgen: klasbezoek');
  const dayBo = titled(newSince(d, 'bo', boBefore), 'Morgen: klasbezoek');
  expect(dayDirk).toHaveLength(1);
  expect(dayBo).toHaveLength(1);
  expect(dayDirk[0]!.all).toContain(`Zo bereidde ${NAMES.bo} zich voor`);
  expect(dayDirk[0]!.all).toContain('Lokaal B204');
  expect(dayBo[0]!.all).toContain('Hoe start je de stations op?');
  expect(dayBo[0]!.links.some((u) => u.endsWith(new URL(icsUrl).pathname))).toBe(true);
  await d.at(AT.hourBefore);
  expect(titled(d.privateTo('dirk'), 'Zo meteen: klasbezoek')).toHaveLength(1);
  expect(titled(d.privateTo('bo'), 'Zo meteen: klasbezoek')).toHaveLength(1);
  expect(titled(d.privateTo('an'), 'Morgen: klasbezoek')).toHaveLength(0);

  // After the end: the reflection forms. Dirk thanks Bo and asks him something, keeping it private.
  await d.at(minute(AT.reflect, -1));
  expect(titled(d.privateTo('dirk'), 'Hoe was het klasbezoek?')).toHaveLength(0);
  await d.at(AT.reflect);
  const dirkReflect = lastWith(d, 'dirk', VISIT_ACTIONS.reflectSubmit);
  const boReflect = lastWith(d, 'bo', VISIT_ACTIONS.reflectSubmit);
  for (const form of [dirkReflect, boReflect]) {
    expect(form.title).toBe('Hoe was het klasbezoek?');
    expect(form.all).toContain('leerling');
    expect(form.buttons.map((b) => b.actionId)).toContain(VISIT_ACTIONS.reflectSubmit);
    expect(form.choices('share').map((c) => c.value)).toEqual(['private', 'group']);
  }
  boBefore = d.privateTo('bo').length;
  const anBefore = d.privateTo('an').length;
  const reflected = await d.submit('dirk', dirkReflect, VISIT_ACTIONS.reflectSubmit, {
    saw: 'Drie stations met een duidelijke timer',
    try: 'Een timer op het bord bij groepswerk',
    question: 'Hoe verdeel je de groepjes?',
    thanks: 'Bedankt voor de gastvrijheid!',
    share: 'private',
  });
  expect(texts(reflected)).toContain('Dank je voor je reflectie! Ze blijft bij jou.');
  expect(texts(reflected)).toContain(`${NAMES.bo} kreeg je dank en je vraag.`);
  const message = titled(newSince(d, 'bo', boBefore), `Bericht van ${NAMES.dirk}`)[0];
  expect(message?.all).toContain('Bedankt voor de gastvrijheid!');
  expect(message?.all).toContain(`${NAMES.dirk} heeft nog een vraag voor je: “Hoe verdeel je de groepjes?”`);
  expect(message?.all).not.toContain('Drie stations met een duidelijke timer');
  expect(newSince(d, 'an', anBefore)).toEqual([]);
  expect(d.channelPosts().length).toBe(channelBefore);
  expect(await d.app.storage.visits.get(visitId)).toMatchObject({ status: 'done', reflections: { [d.key('dirk')]: { shared: false } } });

  // checkInWeeks (4) later: Dirk's check-in; he offers to share at a team moment and An hears of it.
  await d.at(minute(AT.checkIn, -1));
  expect(titled(d.privateTo('dirk'), 'Heb je het al uitgeprobeerd?')).toHaveLength(0);
  await d.at(AT.checkIn);
  const checkIn = lastWith(d, 'dirk', VISIT_ACTIONS.shareWithTeam);
  expect(checkIn.title).toBe('Heb je het al uitgeprobeerd?');
  expect(checkIn.all).toContain('Een timer op het bord bij groepswerk');
  expect(titled(d.privateTo('bo'), 'Heb je het al uitgeprobeerd?')).toHaveLength(0);
  const shared = await d.submit('dirk', checkIn, VISIT_ACTIONS.shareWithTeam);
  expect(texts(shared)).toContain(`Top! Ik liet het ${NAMES.an} weten`);
  const told = titled(newSince(d, 'an', anBefore), 'Kennisdeling na een klasbezoek')[0];
  expect(told?.all).toContain(`${NAMES.dirk} wil op een teammoment delen wat het klasbezoek bij ${NAMES.bo}`);
  expect(told?.all).toContain(QUESTION);
  // Without his consent the facilitator does not read what he meant to try.
  expect(told?.all).not.toContain('Een timer op het bord');
  expect(d.channelPosts().length).toBe(channelBefore);

  // Over the whole visit: nothing of it in the channel; the private answers stayed between the two; the others heard nothing.
  const secrets = [QUESTION, COVER_NOTE, 'Hoe verdeel je de groepjes?', 'Bedankt voor de gastvrijheid!', 'Drie stations met een duidelijke timer', 'Lokaal B204'];
  for (const secret of secrets) expect(texts(d.channelPosts()), secret).not.toContain(secret);
  expect(texts(d.privateTo('an'))).not.toContain('Hoe verdeel je de groepjes?');
  for (const who of ['cas', 'eva'] as const) expect(texts(d.privateTo(who)), who).not.toContain(NAMES.dirk);
}

/** A confirmed visit cancelled by the host from `bezoek mijn`: Dirk is told, no reminders follow, the calendar file says CANCELLED. */
export async function cancelledVisit(d: VisitDriver): Promise<void> {
  await setUpNetwork(d);
  const { visitId, icsUrl } = await confirmVisitThroughChannel(d);

  // Dirk first changes his cover from `bezoek mijn`: the form answers his click (a modal on Slack).
  const dirkMine = (await d.say('dirk', 'bezoek mijn', 'private')).find((s) => s.title === `Bezoek bij ${NAMES.bo}`);
  expect(dirkMine?.all).toContain(COVER_NOTE);
  const change = dirkMine!.buttons.find((b) => b.actionId === VISIT_ACTIONS.coverSubmit);
  expect(change).toMatchObject({ label: 'Vervanging wijzigen', value: `${visitId}|${d.key('dirk')}|form` });
  const coverForm = (await d.submit('dirk', dirkMine!, VISIT_ACTIONS.coverSubmit)).find((s) => s.title === 'Wie neemt je klas over?');
  expect(coverForm, texts(d.privateTo('dirk').slice(-3))).toBeDefined();
  expect(coverForm!.modal).toBe(d.formsAsModals);
  expect(coverForm!.all).toContain(COVER_NOTE);
  const boBeforeChange = d.privateTo('bo').length;
  const changed = await d.submit('dirk', coverForm!, VISIT_ACTIONS.coverSubmit, { cover: 'co-teacher', coverNote: 'Jonas neemt over' });
  expect(texts(changed)).toContain('De vervanging is bijgewerkt.');
  expect((await d.app.storage.visits.get(visitId))?.cover[d.key('dirk')]).toMatchObject({ kind: 'co-teacher', note: 'Jonas neemt over' });
  expect(newSince(d, 'bo', boBeforeChange)).toEqual([]);

  const mine = await d.say('bo', 'bezoek mijn', 'private');
  expect(texts(mine)).toContain('Je bezoeken: 1 lopend');
  const card = mine.find((s) => s.buttons.some((b) => b.actionId === VISIT_ACTIONS.cancel));
  expect(card, texts(mine)).toBeDefined();
  expect(buttonValue(card!, VISIT_ACTIONS.cancel)).toBe(visitId);
  expect(card!.links.some((u) => u.endsWith(new URL(icsUrl).pathname))).toBe(true);

  const ask = (await d.submit('bo', card!, VISIT_ACTIONS.cancel)).find((s) => s.buttons.some((b) => b.actionId === VISIT_ACTIONS.cancelConfirm));
  expect(ask?.all).toContain(`Het bezoek met ${NAMES.dirk}`);
  expect(await d.app.storage.visits.get(visitId)).toMatchObject({ status: 'confirmed' });
  const dirkBefore = d.privateTo('dirk').length;
  const anBefore = d.privateTo('an').length;
  const done = await d.submit('bo', ask!, VISIT_ACTIONS.cancelConfirm);
  expect(texts(done)).toContain(`Het bezoek is geannuleerd. Ik liet het ${NAMES.dirk} weten.`);
  expect(texts(newSince(d, 'dirk', dirkBefore))).toContain(`${NAMES.bo} moest het bezoek van`);
  // His request is open again and new suggestions follow.
  const again = titled(newSince(d, 'dirk', dirkBefore), 'Collega’s voor je bezoek')[0];
  expect(again?.all).toContain('Je bezoek ging niet door, dus hier zijn nieuwe voorstellen.');
  expect((await d.app.storage.visitRequests.listByVisitor(d.key('dirk')))[0]?.status).toBe('open');
  expect(texts(newSince(d, 'an', anBefore))).toContain(`Ter info: het bezoek van ${NAMES.dirk} bij ${NAMES.bo}`);
  expect(await d.app.storage.visits.get(visitId)).toMatchObject({ status: 'cancelled', sequence: 3, cancelledBy: d.key('bo') });

  const ics = await fetchIcs(d, icsUrl);
  expect(ics).toContain(`UID:${visitId}@leerkring`);
  expect(ics).toContain('STATUS:CANCELLED');
  expect(ics).toContain('SEQUENCE:3');

  // Nothing about this visit arrives any more: no preparation, reminders, reflection or check-in.
  const counts = { dirk: d.privateTo('dirk').length, bo: d.privateTo('bo').length };
  for (const iso of [AT.prepare, AT.dayBefore, AT.hourBefore, AT.reflect, AT.checkIn, '2027-01-31T12:00:00.000Z']) await d.at(iso);
  for (const who of ['dirk', 'bo'] as const) {
    const later = newSince(d, who, counts[who]);
    expect(later.map((s) => s.title ?? s.text), who).toEqual([]);
  }
}

/** Cas asks Eva on a Thursday; Eva never answers; three school days later (a weekend between) the proposal expires. */
export async function hostNeverAnswers(d: VisitDriver): Promise<void> {
  await setUpNetwork(d);
  await offerToHost(d, 'eva', { themes: ['differentiation'], show: 'Coöperatief leren in het vierde jaar', halfDays: [], periods: ['2-3', '4-2'], maxVisitors: '1' });
  await offerToHost(d, 'bo', { themes: ['feedback'], show: 'Feedback met exit tickets', halfDays: ['5am'], periods: [], maxVisitors: '1' });
  // Thursday 26 November, 09:00 in Brussels.
  await d.at('2026-11-26T08:00:00.000Z');
  const suggestions = await requestVisit(d, 'cas', { periods: ['2-3', '4-2'], halfDays: ['5am'] });
  const askEva = suggestions.buttons.find((b) => b.actionId === VISIT_ACTIONS.ask && b.value?.endsWith(`|${d.key('eva')}`));
  expect(askEva, JSON.stringify(suggestions.buttons)).toBeDefined();

  const evaBefore = d.privateTo('eva').length;
  const asked = await d.submit('cas', suggestions, VISIT_ACTIONS.ask, {}, askEva!.value);
  // Three school days from Thursday: Friday, Monday, Tuesday.
  expect(texts(asked)).toContain(`Ik heb het aan ${NAMES.eva} gevraagd. Je krijgt een antwoord tegen dinsdag 1 december.`);
  const proposal = titled(newSince(d, 'eva', evaBefore), 'Vraag voor een klasbezoek')[0];
  expect(proposal?.all).toContain(`${NAMES.cas} (De Linde) wil graag bij jou in de klas komen kijken`);
  const [visit] = await d.app.storage.visits.listByPerson(d.key('eva'));
  expect(visit).toMatchObject({ status: 'proposed', answerBy: '2026-12-01T08:00:00.000Z' });

  // Over the weekend and Monday, nothing happens.
  const casBefore = d.privateTo('cas').length;
  const anBefore = d.privateTo('an').length;
  await d.at('2026-11-28T12:00:00.000Z');
  await d.at('2026-11-30T16:00:00.000Z');
  await d.at('2026-12-01T07:59:00.000Z');
  expect(newSince(d, 'cas', casBefore)).toEqual([]);
  expect((await d.app.storage.visits.get(visit!.id))?.status).toBe('proposed');

  // Tuesday 09:00: expired. Eva is told kindly, An hears it, Cas gets new suggestions without Eva.
  const evaAt = d.privateTo('eva').length;
  await d.at('2026-12-01T08:00:00.000Z');
  expect(await d.app.storage.visits.get(visit!.id)).toMatchObject({ status: 'expired' });
  expect(texts(newSince(d, 'eva', evaAt))).toContain(`Je hebt niet op tijd op de vraag van ${NAMES.cas} geantwoord`);
  expect(texts(newSince(d, 'an', anBefore))).toContain(`${NAMES.eva} antwoordde niet op tijd op de bezoekvraag van ${NAMES.cas}`);
  const next = titled(newSince(d, 'cas', casBefore), 'Collega’s voor je bezoek')[0];
  expect(next, texts(newSince(d, 'cas', casBefore))).toBeDefined();
  expect(next!.all).toContain('Je vorige gastheer of gastvrouw antwoordde niet op tijd');
  expect(next!.buttons.filter((b) => b.actionId === VISIT_ACTIONS.ask).map((b) => b.value)).not.toContainEqual(expect.stringContaining(d.key('eva')));
  if (next!.buttons.some((b) => b.actionId === VISIT_ACTIONS.ask)) expect(next!.all).toContain(NAMES.bo);
  else expect(next!.all).toContain('konden deze keer niet');

  // Eva's late click finds the question closed.
  const late = await d.submit('eva', proposal!, VISIT_ACTIONS.accept, { slot: '0' });
  expect(texts(late)).toContain('Dit bezoek is verlopen zonder antwoord');
  expect((await d.app.storage.visits.get(visit!.id))?.status).toBe('expired');
}
