import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/index.js';
import { describeSlackError } from './slack-errors.js';
import { AuthTestSchema, UserInfoSchema } from './slack-payloads.js';

type WebClient = webApi.WebClient;

/** The bot's own user id, asked with auth.test on first need and kept; a failed ask is retried next time. */
export class BotIdentity {
  private pending: Promise<string> | undefined;

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
  ) {}

  /** The bot user id, or undefined while Slack cannot tell. */
  async userId(): Promise<string | undefined> {
    this.pending ??= this.client.auth.test().then((result) => AuthTestSchema.parse(result).user_id);
    try {
      return await this.pending;
    } catch (error) {
      this.pending = undefined;
      this.logger.warn('slack: auth.test failed; the bot user id is unknown for now', { error: describeSlackError(error) });
      return undefined;
    }
  }
}

const NAME_TTL_MS = 6 * 60 * 60 * 1000;
const MISSING_NAME_TTL_MS = 5 * 60 * 1000;
const MAX_NAMES = 5000;
const NAME_WAIT_MS = 1500;

/** Display names from users.info, cached; a slow or failing lookup yields no name rather than a late answer. */
export class UserNames {
  private readonly cache = new Map<string, { name: string | undefined; until: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
  ) {}

  /** The person's display name, or undefined; waits at most `waitMs` for users.info (0: cache only, lookup in the background). */
  async get(tenantId: string, userId: string, waitMs = NAME_WAIT_MS): Promise<string | undefined> {
    const key = `${tenantId}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() < hit.until) return hit.name;
    // A slow lookup still fills the cache for the next message, but this one goes on without a name.
    const lookup = this.lookup(userId).then((name) => {
      this.remember(key, name);
      return name;
    });
    if (waitMs <= 0) return hit?.name;
    let cancel = (): void => {};
    const timeout = new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, waitMs);
      cancel = () => clearTimeout(timer);
    });
    try {
      return await Promise.race([lookup, timeout]);
    } finally {
      cancel();
    }
  }

  private remember(key: string, name: string | undefined): void {
    this.cache.delete(key);
    if (this.cache.size >= MAX_NAMES) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(key, { name, until: Date.now() + (name === undefined ? MISSING_NAME_TTL_MS : NAME_TTL_MS) });
  }

  private async lookup(userId: string): Promise<string | undefined> {
    try {
      const parsed = UserInfoSchema.safeParse(await this.client.users.info({ user: userId }));
      if (!parsed.success) return undefined;
      const { user } = parsed.data;
      const name = [user.profile?.display_name, user.profile?.real_name, user.real_name, user.name].find((n) => n !== undefined && n.trim() !== '');
      return name?.trim().slice(0, 80);
    } catch (error) {
      this.logger.debug('slack: users.info failed', { error: describeSlackError(error) });
      return undefined;
    }
  }
}
