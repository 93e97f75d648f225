import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Actor, InboundEvent, Logger } from '../../core/index.js';

/**
 * Mention entities name people by their `29:` id, while the core knows them by Entra object id (as `from`
 * does). Looks each one up in the conversation; a mention that cannot be resolved is dropped, so the core
 * falls back to the typed `@Name` instead of creating a second person under the `29:` id.
 */
export async function resolveMentions(context: TurnContext, event: InboundEvent, logger: Logger): Promise<InboundEvent> {
  if (event.kind !== 'message' || !event.mentions?.length) return event;
  const resolved = await Promise.all(
    event.mentions.map(async (mention): Promise<Actor | undefined> => {
      if (!/^(29|8):/.test(mention.id)) return mention;
      try {
        const member = await TeamsInfo.getMember(context, mention.id);
        if (!member.aadObjectId) return undefined;
        return { ...mention, id: member.aadObjectId, ...(!mention.name && member.name ? { name: member.name } : {}) };
      } catch (error) {
        logger.warn('teams: could not resolve a mention', { activityId: context.activity.id, error: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    }),
  );
  const mentions = resolved.filter((m): m is Actor => m !== undefined);
  const { mentions: _unresolved, ...rest } = event;
  return mentions.length ? { ...rest, mentions } : rest;
}
