import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConnector, type ConnectorRequest, type FakeConnector } from '../../fakes/fake-connector.js';
import { startTeamsDriver } from './teams-driver.js';
import { cancelledVisit, hostNeverAnswers, wholeVisit, type VisitDriver } from './visit-flow.js';

/*
 * Collegial visits end to end through the Teams adapter on the fake clock (Monday 23 November 2026, 09:00 Brussels):
 * the whole visit, a cancellation, and a host who never answers. The script is shared with Slack (visit-flow.ts).
 */

let connector: FakeConnector;
let driver: VisitDriver & { stop(): Promise<void> };

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  driver = await startTeamsDriver(connector);
});
afterEach(async () => {
  await driver.stop();
});

describe('collegial visits through the Teams adapter', () => {
  it('request → suggestion → slot → cover → confirmation → preparation → reminders → reflection → check-in', async () => {
    await wholeVisit(driver);
    // An never wrote to the bot: her notices came in the 1:1 it opened; Dirk's forms came where he talks to it.
    const notice = driver.privateTo('an').find((s) => s.text.startsWith('Ter info:'));
    expect((notice?.raw as ConnectorRequest | undefined)?.conversationId).toMatch(/^a:direct-/);
    const prep = driver.privateTo('dirk').find((s) => s.title === 'Bereid je klasbezoek voor');
    expect((prep?.raw as ConnectorRequest | undefined)?.conversationId).toMatch(/^a:personal-/);
    // Forms are Adaptive Cards with their inputs in the chat; the submit carries the visit id.
    expect(JSON.stringify((prep?.raw as ConnectorRequest).body)).toContain('"type":"Input.Text","id":"learn"');
  });

  it('a cancellation from "bezoek mijn": the other side is told, no reminders follow, the calendar file says CANCELLED', async () => {
    await cancelledVisit(driver);
  });

  it('a host who never answers: the proposal expires after three school days, the facilitator is told, new suggestions follow', async () => {
    await hostNeverAnswers(driver);
  });
});
