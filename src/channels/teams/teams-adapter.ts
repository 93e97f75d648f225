import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from '../../core/index.js';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** The Azure Bot registration; an empty app id turns Bot Framework authentication off (development only). */
export interface TeamsCredentials {
  appId?: string;
  appPassword?: string;
  appType: string;
  appTenantId?: string;
}

/** How one inbound request ends: the HTTP status and body to answer, and why, for the log. */
export interface ProcessOutcome {
  status: number;
  body?: unknown;
  /** Set when the request was refused, e.g. the authentication failure. */
  refusal?: string;
}

// The SDK's HTTP pipeline retries 429 and 5xx up to three times, waiting Retry-After each time (seconds per send).
// Proactive sends must fail fast and say why, because the reminder engine decides when to try again.
function withoutRetries(client: ConnectorClient, logger: Logger): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(options: { phase: string }): unknown[] } } }).client?.pipeline;
  const removed = pipeline?.removePolicy({ phase: 'Retry' }) ?? [];
  if (removed.length === 0) logger.warn('teams: could not switch off the SDK retry policy for proactive sends (botbuilder internals changed?)');
  return client;
}

/** Authentication as configured, whose proactive connector clients do not retry; replies inside a turn keep the SDK retries. */
class LeerkringBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    credentials: TeamsCredentials,
    private readonly logger: Logger,
  ) {
    super({
      MicrosoftAppId: credentials.appId ?? '',
      MicrosoftAppPassword: credentials.appPassword ?? '',
      MicrosoftAppType: credentials.appType,
      MicrosoftAppTenantId: credentials.appTenantId ?? '',
    });
  }

  // Only continueConversationAsync (and createConversationAsync) come through here; inbound turns use the inner factory.
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    const logger = this.logger;
    return { create: async (serviceUrl, audience) => withoutRetries(await inner.create(serviceUrl, audience), logger) };
  }
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

// The SDK throws AuthenticationError (with a statusCode) for missing or rejected tokens, but lets jsonwebtoken's own
// errors through for a forged signature, and a network error when it cannot fetch the signing keys.
function authenticationFailure(error: unknown): ProcessOutcome {
  const statusCode = (error as { statusCode?: unknown } | undefined)?.statusCode;
  const name = error instanceof Error ? error.name : '';
  const refusal = error instanceof Error ? error.message : String(error);
  const unverifiable = typeof statusCode === 'number' ? statusCode >= 500 : !JWT_ERRORS.has(name);
  if (unverifiable) return { status: 503, body: { code: 'ServiceUnavailable', message: 'the request could not be authenticated right now' }, refusal };
  return { status: 401, body: { code: 'Unauthorized', message: 'the request is not authenticated' }, refusal };
}

// What CloudAdapter.process does to a parsed body before processing it (botbuilder activityValidator).
function withDates(activity: Record<string, unknown>): Activity {
  const fixed: Record<string, unknown> = { ...activity };
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']] as const) {
    const value = fixed[field];
    if (typeof value === 'string') {
      fixed[raw] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed as unknown as Activity;
}

/**
 * The CloudAdapter, run on a body restify already parsed and the adapter already validated. It replaces
 * `CloudAdapter.process`, which answers 500 (and writes the error to the console) for a forged token and
 * would put internal error messages in the response body; authentication and turn errors are told apart here.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  /** Authenticates the request and runs the turn; rejects only when the turn itself failed beyond onTurnError. */
  async processParsed(authHeader: string, body: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<ProcessOutcome> {
    const activity = withDates(body);
    let authentication;
    try {
      authentication = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      return authenticationFailure(error);
    }
    const response = await this.processActivity(authentication, activity, logic);
    return { status: response?.status ?? 200, ...(response?.body !== undefined ? { body: response.body } : {}) };
  }
}

/** Builds the adapter for the configured Azure Bot registration. */
export function createTeamsAdapter(credentials: TeamsCredentials, logger: Logger): TeamsCloudAdapter {
  return new TeamsCloudAdapter(new LeerkringBotFrameworkAuthentication(credentials, logger));
}
