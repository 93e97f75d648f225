import type { ConversationReference } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../src/channels/teams/teams-adapter.js';
import { resolveMentions } from '../../src/channels/teams/resolve-mentions.js';
import { MemoryLogger, type Address, type Directory, type InboundEvent } from '../../src/core/index.js';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { BOT, CHANNEL, TENANT } from './teams-activities.js';

const JAN = { id: '29:jan', name: 'Jan Janssens', aadObjectId: 'aad-jan' };
const ELS = { id: '29:els', name: 'Els Peeters', aadObjectId: 'aad-els' };

const channelAddress = (serviceUrl: string): Address => ({
  channel: 'teams',
  tenantId: TENANT,
  conversationId: CHANNEL.id,
  scope: 'channel',
  ref: { channelId: 'msteams', serviceUrl, conversation: { id: CHANNEL.id, conversationType: 'channel', tenantId: TENANT }, bot: BOT },
});

describe('Teams directory (rosters through the connector)', () => {
  let app: TestApp;
  let connector: FakeConnector;
  let directory: Directory;

  beforeAll(async () => {
    connector = await startFakeConnector();
    app = await startTestApp();
    const teams = app.channels.find((c) => c.name === 'teams');
    if (!teams?.directory) throw new Error('the Teams channel has no directory');
    directory = teams.directory;
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  it('lists everyone but the bot by Entra id, following continuation tokens', async () => {
    const many = Array.from({ length: 1203 }, (_, i) => ({ id: `29:m${i}`, name: `Lid ${i}`, aadObjectId: `aad-m${i}` }));
    connector.setMembers(CHANNEL.id, [{ id: BOT.id, name: BOT.name }, JAN, { id: '29:guest' }, ...many]);
    const members = await directory.listMembers(channelAddress(connector.url));
    expect(members.slice(0, 2)).toEqual([{ id: 'aad-jan', name: 'Jan Janssens' }, { id: '29:guest' }]);
    expect(members).toHaveLength(1205);
    expect(connector.requests.filter((r) => r.url.includes('/pagedmembers'))).toHaveLength(3);
  });

  it('rejects when the roster cannot be read, and when the address has no reference', async () => {
    connector.setMembers(CHANNEL.id, [JAN]);
    connector.failNext(1, { status: 500 });
    await expect(directory.listMembers(channelAddress(connector.url))).rejects.toMatchObject({ statusCode: 500 });
    const { ref: _ref, ...bare } = channelAddress(connector.url);
    await expect(directory.listMembers(bare)).rejects.toThrow('no Teams conversation reference');
  });
});

describe('resolveMentions', () => {
  let connector: FakeConnector;
  const logger = new MemoryLogger();
  const adapter = createTeamsAdapter({ appType: 'MultiTenant' }, logger);

  beforeAll(async () => {
    connector = await startFakeConnector();
    connector.setMembers(CHANNEL.id, [JAN, { id: '29:noaad', name: 'Zonder Entra' }]);
  });
  afterAll(() => connector?.close());

  async function resolve(event: InboundEvent): Promise<InboundEvent> {
    let result: InboundEvent | undefined;
    const reference = channelAddress(connector.url).ref as Partial<ConversationReference>;
    await adapter.continueConversationAsync('', reference, async (context) => {
      result = await resolveMentions(context, event, logger);
    });
    if (!result) throw new Error('the turn did not run');
    return result;
  }

  const message = (mentions: Array<{ id: string; name?: string }>): InboundEvent => ({
    kind: 'message',
    id: 'm-1',
    address: channelAddress(connector.url),
    actor: { id: 'aad-an', tenantId: TENANT },
    text: 'groep rol @Jan facilitator',
    mentions: mentions.map((m) => ({ ...m, tenantId: TENANT })),
  });

  it('replaces 29: ids by Entra ids and drops the ones it cannot resolve', async () => {
    const event = await resolve(message([{ id: JAN.id, name: 'Jan' }, { id: ELS.id, name: 'Els' }, { id: '29:noaad' }, { id: 'aad-known', name: 'Al bekend' }]));
    expect(event.kind === 'message' && event.mentions).toEqual([
      { id: 'aad-jan', name: 'Jan', tenantId: TENANT },
      { id: 'aad-known', name: 'Al bekend', tenantId: TENANT },
    ]);
    expect(connector.requests.map((r) => `${r.method} ${decodeURIComponent(r.url)}`)).toContain(`GET /v3/conversations/${CHANNEL.id}/members/${JAN.id}`);
    expect(logger.dump()).toContain('could not resolve a mention');
  });

  it('leaves events without mentions alone and removes an emptied list', async () => {
    const plain: InboundEvent = { ...message([]), mentions: undefined } as InboundEvent;
    expect(await resolve(plain)).toBe(plain);
    expect(await resolve(message([{ id: ELS.id }]))).not.toHaveProperty('mentions');
  });
});
