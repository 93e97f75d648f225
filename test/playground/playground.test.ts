import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../src/channels/playground/demo-people.js';
import { TRANSCRIPT_LIMITS } from '../../src/channels/playground/transcript.js';
import { personKey } from '../../src/core/index.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const DEV = { PLAYGROUND_ENABLED: 'true', NODE_ENV: 'development' };
const AN = DEMO_PEOPLE.find((p) => p.name === 'An Peeters')!;
const JONAS = DEMO_PEOPLE.find((p) => p.name === 'Jonas Claes')!;
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What the playground pushes over SSE and returns from /playground/history. */
interface Entry {
  seq: number;
  conversationId: string;
  direction: 'in' | 'out';
  op: 'create' | 'update' | 'delete';
  // Activities are JSON from the bot; tests read them loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  activity: Record<string, any>;
  label?: string;
}

/** Reads /playground/events with fetch and collects the entries. */
async function openEvents(baseUrl: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/playground/events`, { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const received: Entry[] = [];
  let raw = '';
  let ended = false;
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        raw += value;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (data) received.push(JSON.parse(data) as Entry);
        }
        wake();
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      wake();
    }
  })();

  return {
    response,
    received,
    raw: () => raw,
    ended: () => ended,
    /** Resolves with the first entry (already received or still to come) that matches. */
    async waitFor(match: (entry: Entry) => boolean, what: string, timeoutMs = 10_000): Promise<Entry> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (ended) throw new Error(`events ended before ${what}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(received.map((e) => [e.direction, e.conversationId, e.activity['type'], e.activity['text'] ?? '']))}`);
        await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, left))]);
      }
    },
    async waitForEnd(timeoutMs = 5_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!ended && Date.now() < deadline) await Promise.race([changed(), new Promise((resolve) => setTimeout(resolve, 50))]);
    },
    close: () => controller.abort(),
  };
}

const cardsOf = (entry: Entry): Array<Record<string, unknown>> =>
  ((entry.activity['attachments'] as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD)
    .map((a) => a.content);

/** The text of every TextBlock of a card, in order. */
const cardTexts = (card: Record<string, unknown>): string[] =>
  ((card['body'] as Array<{ type: string; text?: string }> | undefined) ?? []).filter((b) => b.type === 'TextBlock').map((b) => b.text ?? '');

const hasCardTitled = (title: string) => (entry: Entry) => entry.direction === 'out' && cardsOf(entry).some((card) => cardTexts(card)[0] === title);

async function postJson(url: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe('playground over HTTP (no browser)', () => {
  let app: TestApp;
  let events: Awaited<ReturnType<typeof openEvents>>;
  const personal = (personId: string) => `pg-personal-${personId}`;

  beforeAll(async () => {
    app = await startTestApp(DEV);
    events = await openEvents(app.url);
  });
  afterAll(async () => {
    events?.close();
    await app?.stop();
  });

  it('serves the page, its script and style, and the official Adaptive Cards bundle, locally', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('Leerkring — speeltuin');
    expect(html).toContain('Wie ben je?');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i); // no CDN
    for (const [path, type] of [
      ['/playground/app.js', /^text\/javascript/],
      ['/playground/style.css', /^text\/css/],
      ['/playground/adaptivecards.js', /^text\/javascript/],
    ] as const) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      const body = await response.text();
      if (path.endsWith('adaptivecards.js')) expect(body).toContain('AdaptiveCards');
    }
  });

  it('lists the demo people, each with stable Teams ids, in the playground tenant', async () => {
    const response = await fetch(`${app.url}/playground/people`);
    const data = (await response.json()) as { tenantId: string; team: { conversationId: string }; people: Array<Record<string, string>> };
    expect(data.tenantId).toBe('playground');
    expect(data.team.conversationId).toBe('pg-team-channel');
    const names = data.people.map((p) => p['name']);
    expect(names).toEqual(expect.arrayContaining(['An Peeters', 'Jonas Claes', 'Fatima El Idrissi', 'Lotte Maes', 'Pieter Wouters', 'Sofie Janssens']));
    for (const p of data.people) {
      expect(p['aadObjectId']).toMatch(/^[0-9a-f-]{36}$/);
      expect(p['userId']).toBe(`29:${p['id']}`);
      expect(p['personalConversationId']).toBe(`pg-personal-${p['id']}`);
    }
    expect(new Set(data.people.map((p) => p['aadObjectId'])).size).toBe(data.people.length);
  });

  it('sends "hulp" through the real Teams adapter and pushes the help card over SSE', async () => {
    const sent = await postJson(`${app.url}/playground/send`, { personId: AN.id, text: 'hulp' });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ ok: true, status: 200, conversationId: personal(AN.id) });

    const mine = await events.waitFor((e) => e.direction === 'in' && e.activity['id'] === sent.json['id'], 'own message');
    expect(mine.activity).toMatchObject({
      type: 'message',
      channelId: 'msteams',
      text: 'hulp',
      from: { id: `29:${AN.id}`, name: 'An Peeters', aadObjectId: AN.aadObjectId },
      recipient: { id: '28:leerkring', name: 'Leerkring' },
      conversation: { id: personal(AN.id), conversationType: 'personal', tenantId: 'playground' },
      channelData: { tenant: { id: 'playground' } },
      locale: 'nl-BE',
    });
    expect(mine.activity['serviceUrl']).toBe(`${app.url}/playground/connector/`);

    const help = await events.waitFor(hasCardTitled('Wat Leerkring kan'), 'help card');
    expect(help.conversationId).toBe(personal(AN.id));
    expect(help.activity['type']).toBe('message');
    expect(cardsOf(help)[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(help.seq).toBeGreaterThan(mine.seq);
  });

  it('sends a card submit as Teams does (a message with value, no text) and the bot acts on it', async () => {
    const sent = await postJson(`${app.url}/playground/send`, { personId: JONAS.id, value: { actionId: 'lang.set', language: 'en' }, label: 'Bewaren' });
    expect(sent.status).toBe(200);
    const submit = await events.waitFor((e) => e.activity['id'] === sent.json['id'], 'submit');
    expect(submit.activity['text']).toBeUndefined();
    expect(submit.activity['value']).toEqual({ actionId: 'lang.set', language: 'en' });
    expect(submit.label).toBe('Bewaren');
    await events.waitFor((e) => e.conversationId === personal(JONAS.id) && e.activity['text'] === 'From now on I will speak English with you.', 'English confirmation');
  });

  it('lets a team channel try group behaviour: install shows the group welcome, @mentions reach the bot', async () => {
    const installed = await postJson(`${app.url}/playground/install`, { personId: AN.id });
    expect(installed.status).toBe(200);
    const update = await events.waitFor((e) => e.activity['id'] === installed.json['id'], 'install activity');
    expect(update.activity).toMatchObject({
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:leerkring' }],
      conversation: { id: 'pg-team-channel', conversationType: 'channel', tenantId: 'playground' },
      channelData: { team: { id: 'pg-team' }, eventType: 'teamMemberAdded' },
    });
    const welcome = await events.waitFor((e) => e.conversationId === 'pg-team-channel' && hasCardTitled('Welkom bij Leerkring')(e), 'group welcome');
    expect(JSON.stringify(cardsOf(welcome))).toContain('Hallo allemaal');

    const sent = await postJson(`${app.url}/playground/send`, { personId: JONAS.id, text: 'hulp', conversation: 'team' });
    expect(sent.status).toBe(200);
    const mention = await events.waitFor((e) => e.activity['id'] === sent.json['id'], 'channel message');
    expect(mention.activity['text']).toBe('<at>Leerkring</at> hulp');
    expect(mention.activity['entities']).toContainEqual({ type: 'mention', text: '<at>Leerkring</at>', mentioned: { id: '28:leerkring', name: 'Leerkring' } });
    // Jonas chose English in the previous test; his language follows him into the channel.
    await events.waitFor((e) => e.conversationId === 'pg-team-channel' && e.seq > mention.seq && hasCardTitled('What Leerkring can do')(e), 'help card in the channel');
  });

  it('refuses bad bodies with 400 and a message, and non-JSON with 415', async () => {
    const url = `${app.url}/playground/send`;
    const cases: unknown[] = [
      '{not json',
      {},
      { personId: AN.id },
      { personId: AN.id, text: 'hulp', value: { actionId: 'help.show' } },
      { personId: AN.id, text: 42 },
      { personId: AN.id, value: 'help.show' },
      { personId: AN.id, text: 'hulp', conversation: 'meeting' },
      { personId: AN.id, text: 'hulp', extra: true },
    ];
    for (const body of cases) {
      const { status, json } = await postJson(url, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(json), JSON.stringify(body)).toMatch(/"(error|message)":"[^"]{5,}/);
    }
    expect((await postJson(url, `personId=${AN.id}&text=hulp`, 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await postJson(`${app.url}/playground/install`, { personId: 'nobody' })).status).toBe(400);
  });

  it('refuses an unknown person with 400 and says where the people are listed', async () => {
    const { status, json } = await postJson(`${app.url}/playground/send`, { personId: 'jan-janssens', text: 'hulp' });
    expect(status).toBe(400);
    expect(json['error']).toMatch(/unknown person "jan-janssens".*\/playground\/people/);
  });

  it('keeps the history per conversation, so a reload shows it', async () => {
    const missing = await fetch(`${app.url}/playground/history`);
    expect(missing.status).toBe(400);
    const response = await fetch(`${app.url}/playground/history?conversationId=${personal(AN.id)}`);
    expect(response.status).toBe(200);
    const { conversationId, entries } = (await response.json()) as { conversationId: string; entries: Entry[] };
    expect(conversationId).toBe(personal(AN.id));
    expect(entries.every((e) => e.conversationId === personal(AN.id))).toBe(true);
    expect(entries.find((e) => e.direction === 'in')?.activity['text']).toBe('hulp');
    expect(entries.some(hasCardTitled('Wat Leerkring kan'))).toBe(true);
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
    const team = (await (await fetch(`${app.url}/playground/history?conversationId=pg-team-channel`)).json()) as { entries: Entry[] };
    expect(team.entries.some(hasCardTitled('Welkom bij Leerkring'))).toBe(true);
    expect(team.entries.some(hasCardTitled('Wat Leerkring kan'))).toBe(false);
  });

  it('delivers proactive messages (stored reference → playground connector) to the page', async () => {
    const address = await app.storage.addresses.get(personKey('teams', 'playground', AN.aadObjectId));
    expect(address?.ref?.['serviceUrl']).toBe(`${app.url}/playground/connector/`);
    const result = await app.messenger.send(address!, { text: 'Herinnering: PLG morgen om 15u30' });
    expect(result.ok).toBe(true);
    const pushed = await events.waitFor((e) => e.activity['text'] === 'Herinnering: PLG morgen om 15u30', 'proactive message');
    expect(pushed).toMatchObject({ conversationId: personal(AN.id), direction: 'out', op: 'create' });
  });

  it('acts as the connector: ids, updates, deletes, roster and paged roster in Teams shapes', async () => {
    const base = `${app.url}/playground/connector/v3`;
    const posted = await postJson(`${base}/conversations/pg-team-channel/activities`, { type: 'message', text: 'eerste versie' });
    expect(posted.status).toBe(200);
    const id = String(posted.json['id']);
    const put = await fetch(`${base}/conversations/pg-team-channel/activities/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'tweede versie' }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ id });
    await events.waitFor((e) => e.op === 'update' && e.activity['id'] === id && e.activity['text'] === 'tweede versie', 'update');
    let history = (await (await fetch(`${app.url}/playground/history?conversationId=pg-team-channel`)).json()) as { entries: Entry[] };
    expect(history.entries.filter((e) => e.activity['id'] === id).map((e) => e.activity['text'])).toEqual(['tweede versie']);
    expect((await fetch(`${base}/conversations/pg-team-channel/activities/${id}`, { method: 'DELETE' })).status).toBe(200);
    history = (await (await fetch(`${app.url}/playground/history?conversationId=pg-team-channel`)).json()) as { entries: Entry[] };
    expect(history.entries.some((e) => e.activity['id'] === id)).toBe(false);

    const members = (await (await fetch(`${base}/conversations/pg-team-channel/members`)).json()) as Array<Record<string, string>>;
    expect(members).toHaveLength(DEMO_PEOPLE.length);
    expect(members[0]).toMatchObject({ id: `29:${AN.id}`, name: 'An Peeters', aadObjectId: AN.aadObjectId, tenantId: 'playground', userRole: 'user' });
    expect(members[0]?.['email']).toMatch(/@playground\.example$/);

    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = (await (await fetch(`${base}/conversations/pg-team/pagedmembers?pageSize=4${token ? `&continuationToken=${token}` : ''}`)).json()) as {
        members: Array<Record<string, string>>;
        continuationToken?: string;
      };
      expect(page.members.length).toBeLessThanOrEqual(4);
      seen.push(...page.members.map((m) => m['aadObjectId'] ?? ''));
      token = page.continuationToken;
    } while (token);
    expect(seen).toEqual(DEMO_PEOPLE.map((p) => p.aadObjectId));

    expect((await fetch(`${base}/conversations/${encodeURIComponent('19:unknown@thread.tacv2')}/members`)).status).toBe(404);
    const one = await fetch(`${base}/conversations/pg-team/members/${encodeURIComponent(`29:${JONAS.id}`)}`);
    expect(((await one.json()) as Record<string, string>)['name']).toBe('Jonas Claes');
    const team = (await (await fetch(`${base}/teams/pg-team`)).json()) as Record<string, string>;
    expect(team).toMatchObject({ id: 'pg-team', name: 'PLG Begrijpend lezen' });

    // A proactive 1:1 with a roster member (createConversation) opens that person's personal conversation.
    const created = await postJson(`${base}/conversations`, { isGroup: false, members: [{ id: `29:${JONAS.id}` }], tenantId: 'playground' });
    expect(created).toEqual({ status: 201, json: { id: personal(JONAS.id) } });
  });

  it('keeps at most the last 200 activities of a conversation', async () => {
    const url = `${app.url}/playground/connector/v3/conversations/pg-bounded/activities`;
    const total = TRANSCRIPT_LIMITS.perConversation + 5;
    for (let i = 1; i <= total; i++) await postJson(url, { type: 'message', text: `bericht ${i}` });
    const { entries } = (await (await fetch(`${app.url}/playground/history?conversationId=pg-bounded`)).json()) as { entries: Entry[] };
    expect(entries).toHaveLength(200);
    expect(entries[0]?.activity['text']).toBe('bericht 6');
    expect(entries.at(-1)?.activity['text']).toBe(`bericht ${total}`);
  });

  it('logged no errors along the way, and never what people wrote', () => {
    expect(app.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    const playgroundLines = app.logger.lines.filter((l) => l.msg.startsWith('playground'));
    expect(playgroundLines.length).toBeGreaterThan(0);
    expect(JSON.stringify(playgroundLines)).not.toMatch(/hulp|Herinnering|eerste versie/);
  });
});

describe('playground lifecycle and production', () => {
  it('ends open event streams when the app stops', async () => {
    const app = await startTestApp(DEV);
    const events = await openEvents(app.url);
    expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await app.stop();
    await events.waitForEnd();
    expect(events.ended()).toBe(true);
    expect(events.raw()).toContain(': connected');
  });

  it('is not mounted in production', async () => {
    const app = await startTestApp({ ...DEV, NODE_ENV: 'production', TEAMS_ENABLED: 'false' });
    try {
      for (const path of ['/', '/playground/people', '/playground/app.js', '/playground/events']) {
        expect((await fetch(`${app.url}${path}`)).status, path).toBe(404);
      }
      expect((await postJson(`${app.url}/playground/send`, { personId: AN.id, text: 'hulp' })).status).toBe(404);
    } finally {
      await app.stop();
    }
  });

  it('is not mounted in production even with Teams credentials', async () => {
    const app = await startTestApp({ ...DEV, NODE_ENV: 'production', MICROSOFT_APP_ID: '11111111-1111-1111-1111-111111111111', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
    try {
      expect((await fetch(`${app.url}/`)).status).toBe(404);
    } finally {
      await app.stop();
    }
  });
});

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) console.warn(`Chromium not found at ${chromiumPath}; install Debian's chromium (.ci/run does) to run the browser test`);

// Playwright refuses --user-data-dir in launch args; chromium.launch always starts from a fresh temporary profile.
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('playground page in headless Chromium', () => {
  let app: TestApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!haveChromium) return;
    app = await startTestApp(DEV);
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.skipIf(!haveChromium)(
    'renders cards with the official renderer, submits them like Teams, and shows proactive messages live',
    async () => {
      if (!app || !browser) throw new Error('setup failed');
      const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });

      await page.goto(`${app.url}/`);
      expect(await page.locator('h1').textContent()).toContain('Leerkring — speeltuin');
      await page.getByLabel('Wie ben je?').selectOption({ label: 'An Peeters' });
      await page.locator('#person-info', { hasText: 'begeleider' }).waitFor();

      const input = page.getByLabel('Bericht aan Leerkring');
      await input.fill('hulp');
      await input.press('Enter');

      // An is new, so the welcome card comes first; the help card lists the commands ("dit overzicht").
      const helpCard = page.locator('.ac-adaptiveCard', { hasText: 'dit overzicht' });
      await helpCard.waitFor();
      await expect(helpCard.textContent()).resolves.toContain('Wat Leerkring kan');
      await expect(page.locator('.msg--me .msg__text', { hasText: 'hulp' }).count()).resolves.toBe(1);

      await helpCard.getByRole('button', { name: 'Taal kiezen' }).click();
      // The help card mentions "kies je taal" too; the language card is the one with the radio buttons.
      const languageCard = page.locator('.ac-adaptiveCard', { hasText: 'Kies je taal', has: page.getByRole('radio') });
      await languageCard.waitFor();
      // A second copy of the same form: its radio buttons must not form one group with the first card's.
      await helpCard.getByRole('button', { name: 'Taal kiezen' }).click();
      await expect.poll(() => languageCard.count()).toBe(2);
      await languageCard.first().getByLabel('Engels (en)').check();
      await languageCard.last().getByLabel('Frans (fr)').check();
      await expect(languageCard.first().getByLabel('Engels (en)').isChecked()).resolves.toBe(true);
      await languageCard.first().getByRole('button', { name: 'Bewaren' }).click();
      await page.locator('.msg__text', { hasText: 'From now on I will speak English with you.' }).waitFor();
      await page.locator('.msg__submit', { hasText: 'Bewaren' }).waitFor();

      // A proactive message, as the reminder scheduler will send it: stored address → messenger → connector → SSE.
      const address = await app.storage.addresses.get(personKey('teams', 'playground', AN.aadObjectId));
      expect(address).toBeDefined();
      const result = await app.messenger.send(address!, { text: 'Herinnering: PLG morgen om 15u30' });
      expect(result.ok).toBe(true);
      await page.locator('.msg__text', { hasText: 'Herinnering: PLG morgen om 15u30' }).waitFor();

      // The team channel: the group welcome after install; a message for the other tab shows an unread badge.
      await page.getByRole('tab', { name: /Teamkanaal/ }).click();
      await page.getByRole('button', { name: 'Voeg Leerkring toe aan het team' }).click();
      // An chose English above, but a post to the whole group is in the default language (Dutch).
      await page.locator('.ac-adaptiveCard', { hasText: 'Welkom bij Leerkring' }).waitFor();
      await page.locator('.note', { hasText: 'An Peeters voegde Leerkring toe aan het team' }).waitFor();
      await app.messenger.send(address!, { text: 'Vergeet je leervraag niet.' });
      await page.locator('#badge-personal:not([hidden])', { hasText: '1' }).waitFor();
      expect(await page.locator('.msg__text', { hasText: 'Vergeet je leervraag niet.' }).count()).toBe(0);
      await page.getByRole('tab', { name: /Persoonlijk gesprek/ }).click();
      await page.locator('.msg__text', { hasText: 'Vergeet je leervraag niet.' }).waitFor();
      await expect(page.locator('#badge-personal').isHidden()).resolves.toBe(true);

      // A reload keeps the person and shows the history.
      await page.reload();
      await page.locator('.msg__text', { hasText: 'Herinnering: PLG morgen om 15u30' }).waitFor();
      await page.locator('.ac-adaptiveCard', { hasText: 'dit overzicht' }).waitFor();
      await expect(page.getByLabel('Wie ben je?').inputValue()).resolves.toBe(AN.id);

      await page.screenshot({ path: '/tmp/playground.png', fullPage: false });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: '/tmp/playground-phone.png', fullPage: false });
      await page.close();
      expect(problems).toEqual([]);
    },
    90_000,
  );
});
