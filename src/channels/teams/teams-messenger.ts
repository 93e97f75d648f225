import { TurnContext, type CloudAdapter, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { Address, Logger, Messenger, OutboundMessage, SendFailure, SendResult } from '../../core/index.js';
import { messageToActivity } from './adaptive-card.js';
import { referenceOf } from './conversation-reference.js';

const DEFAULT_RETRY_AFTER_MS = 1000;

/** Reads Retry-After (seconds or an HTTP date) from a RestError's response headers. */
function retryAfterMs(error: unknown, now = Date.now()): number {
  const headers = (error as { response?: { headers?: { get?(name: string): string | undefined } } }).response?.headers;
  const raw = headers?.get?.('retry-after')?.trim();
  if (!raw) return DEFAULT_RETRY_AFTER_MS;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, at - now);
}

/**
 * Maps a failed send to the core's reasons. botbuilder surfaces HTTP failures as an @azure RestError with
 * `statusCode`, `code` (the Bot Connector error code, e.g. ConversationNotFound, BotDisabledByAdmin) and
 * `response.headers`; network failures have a `code` such as ECONNREFUSED and no status.
 */
export function sendFailure(error: unknown): SendFailure {
  const { statusCode, code, message } = (error ?? {}) as { statusCode?: unknown; code?: unknown; message?: unknown };
  const detail = [statusCode, code, typeof message === 'string' ? message.slice(0, 200) : undefined].filter((p) => p !== undefined && p !== '').join(' ');
  if (statusCode === 429) return { ok: false, reason: 'rate-limited', retryAfterMs: retryAfterMs(error), detail };
  // 403: the bot was blocked or uninstalled, or disabled by an admin; 404: the conversation is gone.
  if (statusCode === 403 || statusCode === 404) return { ok: false, reason: 'unreachable', detail };
  return { ok: false, reason: 'transient', detail };
}

/** Proactive sends (reminders, notifications) to stored Teams addresses. It never retries: the caller decides. */
export function createTeamsMessenger(opts: { adapter: CloudAdapter; appId?: string; logger: Logger }): Messenger {
  const { adapter, logger } = opts;
  return {
    async send(address: Address, message: OutboundMessage): Promise<SendResult> {
      const reference = referenceOf(address);
      if (!reference) return { ok: false, reason: 'unreachable', detail: 'the address has no Teams conversation reference' };
      const outcome: { result?: SendResult } = {};
      try {
        // The callback catches its own errors: with onTurnError set, the SDK would swallow them.
        await adapter.continueConversationAsync(opts.appId ?? '', reference, async (context) => {
          try {
            const sent = await context.sendActivity(messageToActivity(message));
            outcome.result = { ok: true, ...(sent?.id ? { messageId: sent.id } : {}) };
          } catch (error) {
            outcome.result = sendFailure(error);
          }
        });
      } catch (error) {
        outcome.result = sendFailure(error);
      }
      const result = outcome.result ?? { ok: false, reason: 'transient', detail: 'the send did not run' };
      if (!result.ok) {
        const fields = { conversationId: address.conversationId, reason: result.reason, detail: result.detail };
        // A 4xx other than 403/404/429 means our request or our credentials are wrong, not the recipient.
        if (result.reason === 'transient' && /^4\d\d /.test(result.detail ?? '')) logger.error('teams: proactive send refused', fields);
        else logger.warn('teams: proactive send failed', fields);
      }
      return result;
    },

    async openDirect(via: Address, userId: string): Promise<Address | undefined> {
      const reference = referenceOf(via);
      if (!reference?.serviceUrl) return undefined;
      const parameters = {
        isGroup: false,
        bot: reference.bot,
        members: [{ id: userId }],
        tenantId: via.tenantId,
        channelData: { tenant: { id: via.tenantId } },
      } as ConversationParameters;
      let created: Partial<ConversationReference> | undefined;
      try {
        // Teams accepts the member's Entra object id here for people in a team where the app is installed.
        await adapter.createConversationAsync(opts.appId ?? '', reference.channelId ?? 'msteams', reference.serviceUrl, undefined as unknown as string, parameters, async (context) => {
          created = TurnContext.getConversationReference(context.activity);
        });
      } catch (error) {
        const failure = sendFailure(error);
        logger.warn('teams: could not open a direct chat', { reason: failure.reason, detail: failure.detail });
        // Refused (403/404) means this person cannot be reached; anything else may pass, so the caller retries.
        if (failure.reason === 'unreachable') return undefined;
        throw error;
      }
      const conversationId = created?.conversation?.id;
      if (!created || !conversationId) return undefined;
      return { channel: via.channel, tenantId: via.tenantId, conversationId, scope: 'personal', userId, ref: JSON.parse(JSON.stringify({ ...created, user: { id: userId } })) as Record<string, unknown> };
    },
  };
}
