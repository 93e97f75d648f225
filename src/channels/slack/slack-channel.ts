import { App, LogLevel, webApi } from '@slack/bolt';
import type { ChannelModule } from '../channel.js';
import { DEFAULT_LANGUAGE, t, type Core, type Logger } from '../../core/index.js';
import { toBoltLogger } from './bolt-logger.js';
import { RestifyReceiver } from './restify-receiver.js';
import { describeSlackError } from './slack-errors.js';
import { BotIdentity, UserNames } from './slack-identity.js';
import {
  SLACK,
  fromAppMention,
  fromBlockActions,
  fromMemberEvent,
  fromMessageEvent,
  fromSlashCommand,
  fromViewSubmission,
  type Translation,
} from './slack-inbound.js';
import { createSlackDirectory } from './slack-directory.js';
import { SlackMessenger } from './slack-messenger.js';
import { createReply } from './slack-reply.js';

/** What the Slack channel needs from the composition root. */
export interface SlackChannelOptions {
  signingSecret: string;
  botToken: string;
  /** Web API base URL, e.g. https://slack.com/api/ (a fake in tests). */
  apiUrl: string;
  core: Core;
  logger: Logger;
  maxBodyBytes: number;
}

/** The Slack channel module, plus its receiver (tests wait on it) and a graceful stop. */
export interface SlackChannel extends ChannelModule {
  readonly receiver: RestifyReceiver;
  /** Waits for work still running on acknowledged requests; call before closing storage. */
  close(): Promise<void>;
}

const WEB_API_TIMEOUT_MS = 10_000;

/** The Slack channel: a Bolt App on the shared server whose listeners only translate to core events. */
export function createSlackChannel(opts: SlackChannelOptions): SlackChannel {
  const { core, logger } = opts;
  const boltLogger = toBoltLogger(logger);
  // Retries belong to the reminder engine; a 429 must surface at once instead of sleeping inside the client.
  const clientOptions = {
    slackApiUrl: opts.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: WEB_API_TIMEOUT_MS,
    logger: boltLogger,
  };
  const client = new webApi.WebClient(opts.botToken, clientOptions);
  const receiver = new RestifyReceiver({ signingSecret: opts.signingSecret, maxBodyBytes: opts.maxBodyBytes, logger });
  const identity = new BotIdentity(client, logger);
  const names = new UserNames(client, logger);

  // `authorize` instead of `token`: Bolt 5.1's token mode with tokenVerificationEnabled:false calls auth.test
  // before every ack. Here the token is handed over at once and the bot user id is looked up lazily (BotIdentity).
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: opts.botToken }),
    logger: boltLogger,
    logLevel: LogLevel.DEBUG,
    clientOptions,
    ignoreSelf: false,
    convoStore: false,
  });

  app.error(async (error) => {
    logger.error('slack: listener failed', { error: describeSlackError(error) });
  });

  async function dispatch(what: string, translation: Translation): Promise<void> {
    if (!translation.ok) {
      logger.debug(`slack: ${what} ignored`, { reason: translation.reason });
      return;
    }
    const { event, route } = translation;
    if ('actor' in event && event.actor && event.actor.name === undefined) {
      // A click's trigger_id lives 3 seconds: never spend them waiting for a display name.
      const name = await names.get(event.actor.tenantId, event.actor.id, route.triggerId ? 0 : undefined);
      if (name) event.actor.name = name;
    }
    const reply = createReply(route, { client, logger });
    try {
      await core.handle({ event, reply });
    } catch (error) {
      logger.error('slack: turn failed', { eventId: event.id, kind: event.kind, error: describeSlackError(error) });
      try {
        await reply({ text: t(DEFAULT_LANGUAGE, 'error.generic') });
      } catch (apologyError) {
        logger.debug('slack: apology not delivered', { eventId: event.id, error: describeSlackError(apologyError) });
      }
    }
  }

  // Events API requests are acknowledged by Bolt before these listeners run.
  app.event('message', async ({ body }) => {
    const receivedAt = Date.now();
    await dispatch('message', fromMessageEvent(body, await identity.userId(), receivedAt));
  });
  app.event('app_mention', async ({ body }) => {
    const receivedAt = Date.now();
    await dispatch('app_mention', fromAppMention(body, await identity.userId(), receivedAt));
  });
  app.event('member_joined_channel', async ({ body }) => {
    await dispatch('member_joined_channel', fromMemberEvent(body, await identity.userId(), Date.now()));
  });
  app.event('member_left_channel', async ({ body }) => {
    await dispatch('member_left_channel', fromMemberEvent(body, await identity.userId(), Date.now()));
  });

  // Any command name, so renaming /leerkring in the Slack app settings needs no code change.
  app.command(/.*/, async ({ ack, body }) => {
    const receivedAt = Date.now();
    await ack();
    await dispatch('command', fromSlashCommand(body, receivedAt));
  });
  app.action({ type: 'block_actions' }, async ({ ack, body }) => {
    const receivedAt = Date.now();
    await ack();
    await dispatch('block_actions', fromBlockActions(body, receivedAt));
  });
  app.view({ type: 'view_submission' }, async ({ ack, body }) => {
    const receivedAt = Date.now();
    await ack({ response_action: 'clear' });
    await dispatch('view_submission', fromViewSubmission(body, receivedAt));
  });

  return {
    name: SLACK,
    receiver,
    mount: (server) => receiver.mount(server),
    messenger: new SlackMessenger(client, logger),
    directory: createSlackDirectory({ client, identity, names }),
    close: () => receiver.stop(),
  };
}
