import type { SendFailure } from '../../core/index.js';

// Errors that mean this person or conversation cannot be reached (or the app was removed); retrying will not help.
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'users_not_found',
  'account_inactive',
  'cannot_dm_bot',
  'user_disabled',
  'messages_tab_disabled',
  'user_is_restricted',
  'restricted_action',
  'team_access_not_granted',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'ekm_access_denied',
]);

interface SlackErrorShape {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  data?: { error?: unknown; response_metadata?: { retryAfter?: unknown } };
  original?: unknown;
}

const shape = (error: unknown): SlackErrorShape => (typeof error === 'object' && error !== null ? (error as SlackErrorShape) : {});

/** The Web API's error string (`channel_not_found`, …) when Slack answered `ok: false`. */
export function slackErrorCode(error: unknown): string | undefined {
  const e = shape(error);
  return e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' ? e.data.error : undefined;
}

/** A short description for logs: codes and statuses only, never request bodies. */
export function describeSlackError(error: unknown): string {
  const e = shape(error);
  const platform = slackErrorCode(error);
  if (platform) return `slack error ${platform}`;
  if (e.code === 'slack_webapi_rate_limited_error') return `rate limited, retry after ${String(e.retryAfter)}s`;
  if (e.code === 'slack_webapi_http_error') return `http ${String(e.statusCode)}`;
  if (e.code === 'slack_webapi_request_error') return `request failed: ${e.original instanceof Error ? e.original.message : 'network'}`;
  return error instanceof Error ? error.message : String(error);
}

/** Maps a Web API error to the core's send failure: 429 → rate-limited, gone/forbidden → unreachable, else transient. */
export function toSendFailure(error: unknown): SendFailure {
  const e = shape(error);
  const detail = describeSlackError(error);
  if (e.code === 'slack_webapi_rate_limited_error') {
    const seconds = typeof e.retryAfter === 'number' && Number.isFinite(e.retryAfter) ? e.retryAfter : 1;
    return { ok: false, reason: 'rate-limited', retryAfterMs: Math.max(0, seconds) * 1000, detail };
  }
  const platform = slackErrorCode(error);
  if (platform === 'ratelimited') {
    const seconds = e.data?.response_metadata?.retryAfter;
    return { ok: false, reason: 'rate-limited', retryAfterMs: (typeof seconds === 'number' ? seconds : 60) * 1000, detail };
  }
  if (platform && UNREACHABLE.has(platform)) return { ok: false, reason: 'unreachable', detail };
  if (e.code === 'slack_webapi_http_error' && e.statusCode === 429) return { ok: false, reason: 'rate-limited', retryAfterMs: 1000, detail };
  // 5xx, network, timeouts, and Slack errors about this one message (invalid_blocks, …): nothing says the person is gone.
  return { ok: false, reason: 'transient', detail };
}
