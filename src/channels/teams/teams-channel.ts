import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { ChannelModule } from '../channel.js';
import { DEFAULT_LANGUAGE, t, type Core, type Logger } from '../../core/index.js';
import { activityToEvent, TeamsActivitySchema } from './activity-to-event.js';
import { messageToActivity } from './adaptive-card.js';
import { createTeamsAdapter, type TeamsCloudAdapter, type TeamsCredentials } from './teams-adapter.js';
import { resolveMentions } from './resolve-mentions.js';
import { DISPATCHED_TYPES, LeerkringTeamsBot } from './teams-bot.js';
import { createTeamsDirectory } from './teams-directory.js';
import { createTeamsMessenger } from './teams-messenger.js';

/** What the composition root passes in: the Azure Bot registration, the core, and the body limit. */
export interface TeamsChannelOptions extends TeamsCredentials {
  core: Core;
  logger: Logger;
  maxBodyBytes: number;
}

// The catch-all for a turn: log with the activity id, and apologise to the person who was waiting for an answer.
function onTurnError(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { id, type } = context.activity;
    logger.error('teams: turn failed', { activityId: id, type, error: error.message });
    const apology = t(DEFAULT_LANGUAGE, 'error.generic');
    try {
      if (type === 'message') await context.sendActivity(messageToActivity({ text: apology }));
      if (type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: apology } } });
      }
    } catch (sendError) {
      logger.warn('teams: could not send the apology', { activityId: id, error: sendError instanceof Error ? sendError.message : String(sendError) });
    }
  };
}

/** Answers 415 unless the body is plain JSON, before restify reads it. */
function requireJson(req: Request, res: Response, next: Next): void {
  if (req.getContentType().trim() !== 'application/json') {
    res.send(415, { code: 'UnsupportedMediaType', message: 'POST /api/messages takes application/json' });
    return next(false);
  }
  // restify would inflate gzip without counting the inflated bytes against maxBodySize; Teams never compresses.
  if (req.header('content-encoding')) {
    res.send(415, { code: 'UnsupportedMediaType', message: 'content encoding is not supported' });
    return next(false);
  }
  return next();
}

function activityRoute(adapter: TeamsCloudAdapter, bot: LeerkringTeamsBot, logger: Logger) {
  return async function handleActivity(req: Request, res: Response): Promise<void> {
    const parsed = TeamsActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      logger.debug('teams: activity refused', { issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).slice(0, 5) });
      res.send(400, { code: 'BadRequest', message: 'the body is not a valid Bot Framework activity' });
      return;
    }
    const { id: activityId, type } = parsed.data;
    try {
      const outcome = await adapter.processParsed(req.header('authorization') ?? '', req.body as Record<string, unknown>, async (context) => {
        if (!DISPATCHED_TYPES.has(context.activity.type)) logger.debug('teams: activity type ignored', { activityId, type });
        if (context.activity.conversation?.conversationType !== 'personal') {
          // In a shared conversation a reply is for everyone: it must not name the person whose click caused it.
          context.onSendActivities(async (_ctx, activities, next) => {
            for (const outgoing of activities) delete outgoing.recipient;
            return next();
          });
        }
        await bot.run(context);
      });
      if (outcome.refusal) logger.warn('teams: request refused', { activityId, status: outcome.status, reason: outcome.refusal });
      if (outcome.body === undefined) res.send(outcome.status);
      else res.send(outcome.status, outcome.body);
    } catch (error) {
      logger.error('teams: activity failed', { activityId, type, error: error instanceof Error ? error.message : String(error) });
      res.send(500, { code: 'InternalError', message: 'the activity could not be processed' });
    }
  };
}

/** The Teams channel: `POST /api/messages` through the Bot Framework CloudAdapter, proactive sends and team rosters. */
export function createTeamsChannel(opts: TeamsChannelOptions): ChannelModule {
  const { core, logger } = opts;
  const adapter = createTeamsAdapter(opts, logger);
  adapter.onTurnError = onTurnError(logger);

  const bot = new LeerkringTeamsBot(async (context) => {
    const { activity } = context;
    const parsed = activityToEvent(activity, activity.recipient?.id ?? '');
    if (!parsed) {
      logger.debug('teams: activity not for the core', { activityId: activity.id, type: activity.type, name: activity.name });
      return false;
    }
    const event = await resolveMentions(context, parsed, logger);
    await core.handle({
      event,
      reply: async (message) => {
        await context.sendActivity(messageToActivity(message));
      },
    });
    return true;
  });

  const appId = opts.appId ? { appId: opts.appId } : {};
  return {
    name: 'teams',
    messenger: createTeamsMessenger({ adapter, ...appId, logger }),
    directory: createTeamsDirectory({ adapter, ...appId }),
    mount(server: Server) {
      // The body parser sits on this route only: Slack verifies its signature over the raw body.
      server.post('/api/messages', requireJson, restify.plugins.bodyParser({ maxBodySize: opts.maxBodyBytes, mapParams: false }), activityRoute(adapter, bot, logger));
    },
  };
}
