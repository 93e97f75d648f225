import type { webApi } from '@slack/bolt';
import type { Card, Logger, OutboundMessage } from '../../core/index.js';
import { SLACK_LIMITS, cardToModalView, dialogAction, toSlackMessage } from './block-kit.js';
import { describeSlackError, slackErrorCode } from './slack-errors.js';
import type { ReplyRoute } from './slack-inbound.js';
import type { DialogMetadata } from './slack-payloads.js';

type WebClient = webApi.WebClient;

/** What replies need: the Web API client and a logger. */
export interface ReplyDeps {
  client: WebClient;
  logger: Logger;
}

// A trigger_id is valid for 3 seconds after the click; leave room for the views.open round trip.
const TRIGGER_WINDOW_MS = 2500;
const RESPONSE_URL_TIMEOUT_MS = 10_000;

/** Posts an ephemeral answer to a response_url (valid 30 minutes, 5 times). */
export async function postToResponseUrl(url: string, message: OutboundMessage): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...toSlackMessage(message) }),
    signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

function dialogMetadata(route: ReplyRoute, card: Card): string | undefined {
  const action = dialogAction(card);
  if (!action) return undefined;
  const metadata: DialogMetadata = {
    actionId: action.id,
    ...(action.value !== undefined ? { value: action.value } : {}),
    conversationId: route.channelId,
    scope: route.scope,
    ...(route.threadTs ? { threadTs: route.threadTs } : {}),
    ...(route.ephemeral && route.responseUrl ? { responseUrl: route.responseUrl } : {}),
  };
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata ? json : undefined;
}

/**
 * The Turn's reply for one Slack payload: a dialog card opens a modal while the click's trigger is fresh;
 * otherwise the answer goes ephemerally to the response_url or is posted in the conversation.
 */
export function createReply(route: ReplyRoute, deps: ReplyDeps): (message: OutboundMessage) => Promise<void> {
  let triggerUsed = false;

  async function openDialog(card: Card): Promise<boolean> {
    const metadata = dialogMetadata(route, card);
    if (!route.triggerId || !metadata) return false;
    try {
      await deps.client.views.open({ trigger_id: route.triggerId, view: cardToModalView(card, metadata) });
      return true;
    } catch (error) {
      deps.logger.warn('slack: could not open the dialog; posting it inline', { error: describeSlackError(error) });
      return false;
    }
  }

  return async (message) => {
    const { card } = message;
    if (card?.presentation === 'dialog' && route.triggerId && !triggerUsed && Date.now() - route.receivedAt < TRIGGER_WINDOW_MS) {
      triggerUsed = true;
      if (await openDialog(card)) return;
    }
    if (route.ephemeral && route.responseUrl) return postToResponseUrl(route.responseUrl, message);
    try {
      await deps.client.chat.postMessage({ channel: route.channelId, ...toSlackMessage(message), ...(route.threadTs ? { thread_ts: route.threadTs } : {}) });
    } catch (error) {
      // A command typed in a DM between two people: the bot may not post there, but the response_url reaches the person.
      const code = slackErrorCode(error);
      if (route.responseUrl && (code === 'channel_not_found' || code === 'not_in_channel')) return postToResponseUrl(route.responseUrl, message);
      throw error;
    }
  };
}
