import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';
import {
  createCore,
  FakeClock,
  ManualScheduler,
  MemoryDirectory,
  MemoryLogger,
  MemoryMessenger,
  personKey,
  type Address,
  type InboundEvent,
  type OutboundMessage,
} from '../../src/core/index.js';

const personal: Address = { channel: 'chat', tenantId: 't1', conversationId: 'dm-1', scope: 'personal', userId: 'u1' };
const team: Address = { channel: 'chat', tenantId: 't1', conversationId: 'team-1', scope: 'channel' };
const actor = { id: 'u1', tenantId: 't1', name: 'An Peeters' };

type Unsent<E> = E extends InboundEvent ? Omit<E, 'id'> & { id?: string } : never;

function setup() {
  const storage = new MemoryStorage();
  const logger = new MemoryLogger();
  const core = createCore({ storage, clock: new FakeClock('2026-11-23T08:00:00Z'), messenger: new MemoryMessenger(), directory: new MemoryDirectory(), logger, publicUrl: 'http://localhost:3978', scheduler: new ManualScheduler() });
  let n = 0;
  async function send(event: Unsent<InboundEvent>): Promise<OutboundMessage[]> {
    const replies: OutboundMessage[] = [];
    await core.handle({ event: { id: `e${++n}`, ...event } as InboundEvent, reply: async (m) => void replies.push(m) });
    return replies;
  }
  const say = (text: string, address = personal) => send({ kind: 'message', actor, address, text });
  return { storage, logger, send, say };
}

describe('core conversation basics', () => {
  it('welcomes a person on first contact, then answers the command', async () => {
    const { say } = setup();
    const first = await say('hulp');
    expect(first.map((m) => m.card?.title)).toEqual(['Welkom bij Leerkring', 'Wat Leerkring kan']);
    expect(first[0]?.text).toContain('Hallo An Peeters!');
    const second = await say('hulp');
    expect(second.map((m) => m.card?.title)).toEqual(['Wat Leerkring kan']);
  });

  it('answers help in all three languages and keeps the choice per person', async () => {
    const { say, storage } = setup();
    await say('hulp');
    expect((await say('taal en'))[0]?.text).toBe('From now on I will speak English with you.');
    expect((await say('help'))[0]?.card?.title).toBe('What Leerkring can do');
    expect((await say('langue fr'))[0]?.text).toBe('Désormais, je vous parle en français.');
    expect((await say('aide'))[0]?.card?.title).toBe('Ce que Leerkring sait faire');
    expect((await storage.people.get(personKey('chat', 't1', 'u1')))?.language).toBe('fr');
  });

  it('refuses an unknown language and explains the choices', async () => {
    const { say } = setup();
    await say('hulp');
    expect((await say('taal de'))[0]?.text).toBe('Die taal ken ik niet. Kies *taal nl*, *taal en* of *taal fr*.');
  });

  it('shows a language form without an argument and applies its submit', async () => {
    const { say, send } = setup();
    await say('hulp');
    const form = (await say('taal'))[0];
    expect(form?.card?.blocks.some((b) => b.type === 'choice' && b.id === 'language')).toBe(true);
    const done = await send({ kind: 'action', actor, address: personal, actionId: 'lang.set', inputs: { language: 'en' } });
    expect(done[0]?.text).toBe('From now on I will speak English with you.');
  });

  it('answers anything it does not understand with a pointer to help', async () => {
    const { say } = setup();
    await say('hulp');
    expect((await say('koffie?'))[0]?.text).toBe('Sorry, dat begrijp ik niet: "koffie?". Typ *hulp* om te zien wat ik kan.');
  });

  it('refuses oversized text politely and keeps working', async () => {
    const { say } = setup();
    await say('hulp');
    expect((await say('x'.repeat(5000)))[0]?.text).toContain('te lang (5000 tekens)');
    expect((await say('hulp'))[0]?.card?.title).toBe('Wat Leerkring kan');
  });

  it('answers an unknown button without crashing', async () => {
    const { send } = setup();
    const replies = await send({ kind: 'action', actor, address: personal, actionId: 'nope', inputs: {} });
    expect(replies[0]?.text).toBe('Die knop ken ik niet (meer). Typ *hulp* om verder te gaan.');
  });

  it('handles a redelivered event only once', async () => {
    const { send, logger } = setup();
    const event = { id: 'same', kind: 'message' as const, actor, address: personal, text: 'hulp' };
    expect(await send(event)).toHaveLength(2);
    expect(await send(event)).toHaveLength(0);
    expect(logger.dump()).toContain('duplicate delivery ignored');
  });

  it('welcomes a group when installed in a channel and remembers the channel address', async () => {
    const { send, storage } = setup();
    const replies = await send({ kind: 'installed', actor, address: team });
    expect(replies[0]?.card?.title).toBe('Welkom bij Leerkring');
    expect(replies[0]?.text).toContain('Hallo allemaal!');
    expect(await storage.addresses.get('conv:chat:t1:team-1')).toMatchObject({ conversationId: 'team-1' });
  });

  it('keeps people of different tenants apart', async () => {
    const { send, storage } = setup();
    await send({ kind: 'message', actor, address: personal, text: 'taal en' });
    const other = { ...actor, tenantId: 't2' };
    await send({ kind: 'message', actor: other, address: { ...personal, tenantId: 't2' }, text: 'hulp' });
    expect((await storage.people.listByTenant('chat', 't1')).map((p) => p.language)).toEqual(['en']);
    expect((await storage.people.listByTenant('chat', 't2')).map((p) => p.language)).toEqual(['nl']);
  });
});

describe('core delivery bookkeeping', () => {
  it('forgets the delivery when handling fails, so the platform retry is processed', async () => {
    const storage = new MemoryStorage();
    const failing = { ...storage, people: { ...storage.people, save: async () => Promise.reject(new Error('disk full')) } };
    const deps = { storage: failing as unknown as MemoryStorage, clock: new FakeClock('2026-11-23T08:00:00Z'), messenger: new MemoryMessenger(), directory: new MemoryDirectory(), logger: new MemoryLogger(), publicUrl: 'http://localhost:3978', scheduler: new ManualScheduler() };
    const event = { id: 'retry-me', kind: 'message' as const, actor, address: personal, text: 'hulp' };
    await expect(createCore(deps).handle({ event, reply: async () => {} })).rejects.toThrow('disk full');
    const replies: OutboundMessage[] = [];
    await createCore({ ...deps, storage }).handle({ event, reply: async (m) => void replies.push(m) });
    expect(replies.map((m) => m.card?.title)).toEqual(['Welkom bij Leerkring', 'Wat Leerkring kan']);
  });
});

describe('first contact', () => {
  it('welcomes someone known from a roster on their first own message, once', async () => {
    const storage = new MemoryStorage();
    const deps = { storage, clock: new FakeClock('2026-11-23T08:00:00Z'), messenger: new MemoryMessenger(), directory: new MemoryDirectory(), logger: new MemoryLogger(), publicUrl: 'http://localhost:3978', scheduler: new ManualScheduler() };
    // Created earlier by a roster sync: a person record without any greeting.
    await storage.people.save({ key: personKey('chat', 't1', 'u1'), channel: 'chat', tenantId: 't1', userId: 'u1', name: 'An Peeters', language: 'nl', timeZone: 'Europe/Brussels', createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' });
    const core = createCore(deps);
    const say = async (id: string, text: string) => {
      const replies: OutboundMessage[] = [];
      await core.handle({ event: { id, kind: 'message', actor, address: personal, text }, reply: async (m) => void replies.push(m) });
      return replies;
    };
    expect((await say('m1', 'hallo')).map((m) => m.card?.title)).toEqual(['Welkom bij Leerkring']);
    expect((await say('m2', 'hallo'))[0]?.text).toContain('Sorry, dat begrijp ik niet');
  });
});
