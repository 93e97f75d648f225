import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack, type FakeSlackCall } from '../../fakes/fake-slack.js';
import { startSlackDriver } from './slack-driver.js';
import { cancelledVisit, hostNeverAnswers, wholeVisit, type VisitDriver } from './visit-flow.js';

/*
 * Collegial visits end to end through the Slack adapter on the fake clock (Monday 23 November 2026, 09:00 Brussels):
 * the whole visit, a cancellation, and a host who never answers. The script is shared with Teams (visit-flow.ts).
 */

let fake: FakeSlack;
let driver: VisitDriver & { stop(): Promise<void> };

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  driver = await startSlackDriver(fake);
});
afterEach(async () => {
  await driver.stop();
});

describe('collegial visits through the Slack adapter', () => {
  it('request → suggestion → slot → cover → confirmation → preparation → reminders → reflection → check-in', async () => {
    await wholeVisit(driver);
    // An never wrote to the bot: it opened her DM itself to tell her.
    expect(fake.callsTo('conversations.open').some((c) => c.body['users'] === 'U1')).toBe(true);
    expect(driver.privateTo('an').some((s) => s.text.startsWith('Ter info:'))).toBe(true);
    // Forms sent on their own (not as the answer to a click) are DM messages with input blocks, not modals.
    const prep = driver.privateTo('dirk').find((s) => s.title === 'Bereid je klasbezoek voor');
    expect(prep?.modal).toBe(false);
    expect((prep?.raw as FakeSlackCall).method).toBe('chat.postMessage');
    expect(JSON.stringify((prep?.raw as FakeSlackCall).body['blocks'])).toContain('"type":"input"');
    // Modals opened only with the trigger of a click they answered.
    for (const call of fake.callsTo('views.open')) expect(String(call.body['trigger_id'])).toMatch(/^trig\.(bo|cas|dirk)\.\d+$/);
  });

  it('a cancellation from "bezoek mijn": the other side is told, no reminders follow, the calendar file says CANCELLED', async () => {
    await cancelledVisit(driver);
  });

  it('a host who never answers: the proposal expires after three school days, the facilitator is told, new suggestions follow', async () => {
    await hostNeverAnswers(driver);
  });
});
