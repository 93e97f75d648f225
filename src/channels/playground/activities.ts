import { randomUUID } from 'node:crypto';
import { PLAYGROUND_BOT, PLAYGROUND_TEAM, PLAYGROUND_TENANT, personalConversationId, teamsUserId, type DemoPerson } from './demo-people.js';

/** Which playground conversation an activity belongs to. */
export type PlaygroundConversation = 'personal' | 'team';

/** A Bot Framework activity as JSON; the playground only builds and records them. */
export type ActivityJson = Record<string, unknown>;

/** The conversation id a person sees for a playground conversation. */
export const conversationIdFor = (person: DemoPerson, conversation: PlaygroundConversation): string =>
  conversation === 'personal' ? personalConversationId(person) : PLAYGROUND_TEAM.channel.id;

const MENTION = `<at>${PLAYGROUND_BOT.name}</at>`;

// The fields every activity Teams delivers has; the adapter under test must accept exactly this shape.
function base(person: DemoPerson, conversation: PlaygroundConversation, serviceUrl: string): ActivityJson {
  const team = conversation === 'team';
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: teamsUserId(person), name: person.name, aadObjectId: person.aadObjectId },
    recipient: { ...PLAYGROUND_BOT },
    conversation: team
      ? { id: PLAYGROUND_TEAM.channel.id, conversationType: 'channel', isGroup: true, tenantId: PLAYGROUND_TENANT, name: PLAYGROUND_TEAM.channel.name }
      : { id: personalConversationId(person), conversationType: 'personal', tenantId: PLAYGROUND_TENANT },
    channelData: team
      ? {
          tenant: { id: PLAYGROUND_TENANT },
          team: { id: PLAYGROUND_TEAM.id, name: PLAYGROUND_TEAM.name, aadGroupId: PLAYGROUND_TEAM.aadGroupId },
          channel: { id: PLAYGROUND_TEAM.channel.id, name: PLAYGROUND_TEAM.channel.name },
        }
      : { tenant: { id: PLAYGROUND_TENANT } },
    locale: 'nl-BE',
    entities: [{ type: 'clientInfo', locale: 'nl-BE', country: 'BE', platform: 'Web', timezone: 'Europe/Brussels' }],
  };
}

/**
 * A typed message. In a team channel Teams only delivers messages that @mention the bot,
 * with the mention as `<at>Name</at>` in the text and a `mention` entity.
 */
export function messageActivity(person: DemoPerson, conversation: PlaygroundConversation, text: string, serviceUrl: string): ActivityJson {
  const activity = base(person, conversation, serviceUrl);
  if (conversation === 'personal') return { ...activity, type: 'message', text, textFormat: 'plain' };
  const entities = [...(activity['entities'] as unknown[]), { type: 'mention', text: MENTION, mentioned: { ...PLAYGROUND_BOT } }];
  return { ...activity, type: 'message', text: `${MENTION} ${text}`, textFormat: 'plain', entities };
}

/** An Action.Submit click: Teams sends a message activity with the data merged with the inputs as `value`, and no text. */
export function submitActivity(person: DemoPerson, conversation: PlaygroundConversation, value: Record<string, unknown>, serviceUrl: string): ActivityJson {
  return { ...base(person, conversation, serviceUrl), type: 'message', value };
}

/** The bot being added: a conversationUpdate whose membersAdded holds the bot, sent by the person who added it. */
export function installActivity(person: DemoPerson, conversation: PlaygroundConversation, serviceUrl: string): ActivityJson {
  const activity = base(person, conversation, serviceUrl);
  const channelData = { ...(activity['channelData'] as Record<string, unknown>), ...(conversation === 'team' ? { eventType: 'teamMemberAdded' } : {}) };
  return { ...activity, type: 'conversationUpdate', membersAdded: [{ id: PLAYGROUND_BOT.id }], channelData };
}
