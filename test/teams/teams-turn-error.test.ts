import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';
import { startFakeConnector, type FakeConnector } from '../fakes/fake-connector.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { execute, newUser, personalMessage, postActivity, type TeamsUser } from './teams-activities.js';

const APOLOGY = 'Er ging iets mis aan mijn kant. Probeer het zo meteen opnieuw; je gegevens zijn niet verloren.';

describe('Teams turn errors (onTurnError)', () => {
  let app: TestApp;
  let connector: FakeConnector;
  let broken: TeamsUser;

  beforeAll(async () => {
    connector = await startFakeConnector();
    broken = newUser('Pech Vogel');
    const storage = new MemoryStorage();
    const get = storage.people.get.bind(storage.people);
    // Storage that fails for one person only: the core throws in the middle of that person's turn.
    storage.people.get = async (key) => {
      if (key.endsWith(broken.aadObjectId)) throw new Error('disk on fire');
      return get(key);
    };
    app = await startTestApp({}, { storage });
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  it('apologises in Dutch, answers 200 and logs the failure with the activity id', async () => {
    const activity = personalMessage(connector.url, broken, 'hulp');
    const response = await postActivity(app.url, activity);
    expect(response.status).toBe(200);
    expect(connector.posted().map((a) => a.text)).toEqual([APOLOGY]);
    const line = app.logger.lines.find((l) => l.msg === 'teams: turn failed');
    expect(line).toMatchObject({ level: 'error', fields: { activityId: activity['id'], type: 'message', error: 'disk on fire' } });
  });

  it('answers a failed Action.Execute with the apology as the invoke response', async () => {
    const response = await postActivity(app.url, execute(connector.url, broken, 'help.show'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: APOLOGY });
  });

  it('still serves everyone else, and survives a connector that refuses the apology', async () => {
    const other = newUser();
    expect((await postActivity(app.url, personalMessage(connector.url, other, 'hulp'))).status).toBe(200);
    expect(connector.posted().length).toBeGreaterThan(0);

    connector.failNext(10, { status: 400 });
    expect((await postActivity(app.url, personalMessage(connector.url, broken, 'hulp'))).status).toBe(200);
    expect(app.logger.dump()).toContain('teams: could not send the apology');
  });
});
