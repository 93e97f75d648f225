import { createHmac } from 'node:crypto';

/** The v0 Slack signature of a raw body at a timestamp (seconds). */
export function slackSignature(secret: string, rawBody: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** Headers of a request Slack signed: content type, timestamp and signature. */
export function slackSignedHeaders(
  secret: string,
  rawBody: string,
  contentType = 'application/json',
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, rawBody, timestamp),
  };
}
