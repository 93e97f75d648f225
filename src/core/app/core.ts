import { DEFAULT_LANGUAGE } from '../i18n/languages.js';
import { ensurePerson } from '../features/groups/roster-sync.js';
import { translator } from '../i18n/translate.js';
import { personKey, type Actor, type InboundEvent } from '../model/events.js';
import { LIMITS } from '../model/message.js';
import type { Person } from '../ports/storage.js';
import { basicsFeature } from '../features/basics/basics.js';
import { groupsFeature } from '../features/groups/groups.js';
import { momentsFeature } from '../features/moments/moments.js';
import { needsFeature } from '../features/needs/needs-feature.js';
import { reflectionFeature } from '../features/starters/reflection/reflection.js';
import { resultsFeature } from '../features/starters/results/results.js';
import { startersFeature } from '../features/starters/starters.js';
import { visitsFeature } from '../features/visits/visits-feature.js';
import { welcomeMessage } from '../features/basics/basics-cards.js';
import { rearmReminders, runReminder } from '../features/reminders/run-reminder.js';
import type { ActionHandler, Command, CoreDeps, Feature, HandlerContext, Turn } from './context.js';
import { conversationKey } from './direct-messages.js';

/** Every feature of Leerkring, in the order their commands are registered. */
export const DEFAULT_FEATURES: Feature[] = [basicsFeature, groupsFeature, momentsFeature, startersFeature, reflectionFeature, resultsFeature, needsFeature, visitsFeature];

/** The channel-neutral bot: every adapter turns platform payloads into events and calls `handle`. */
export interface Core {
  handle(turn: Turn): Promise<void>;
  /** Re-arms persisted jobs (reminders) after a start; returns how many. */
  start(): Promise<number>;
  /** Runs one scheduled job by id; the scheduler calls this. */
  runJob(id: string): Promise<void>;
}

export { conversationKey } from './direct-messages.js';

/** Builds the core from its dependencies and features. */
export function createCore(deps: CoreDeps, features: Feature[] = DEFAULT_FEATURES): Core {
  const commands = new Map<string, Command>();
  const actions = new Map<string, ActionHandler>();
  const jobs = features.flatMap((f) => f.jobs ?? []);
  for (const feature of features) {
    for (const command of feature.commands ?? []) for (const word of command.words) commands.set(word, command);
    for (const action of feature.actions ?? []) actions.set(action.id, action);
  }

  const loadPerson = (event: InboundEvent, actor: Actor): Promise<{ person: Person; isNew: boolean }> =>
    ensurePerson(deps, event.address.channel, actor);

  async function rememberAddress(event: InboundEvent, actor?: Actor): Promise<void> {
    const { address } = event;
    if (address.scope === 'personal' && actor) {
      const key = personKey(address.channel, actor.tenantId, actor.id);
      await deps.storage.addresses.save(key, { ...address, userId: actor.id });
      // Writing to the bot again proves it can reach them: reminders resume, and a later block is told again.
      const person = await deps.storage.people.get(key);
      if (person?.unreachableSince) {
        const { unreachableSince: _reachableAgain, ...rest } = person;
        await deps.storage.people.save({ ...rest, updatedAt: deps.clock.now().toISOString() });
      }
    } else if (address.scope !== 'personal') {
      await deps.storage.addresses.save(conversationKey(address.channel, address.tenantId, address.conversationId), address);
    }
  }

  async function handleMessage(turn: Turn & { event: Extract<InboundEvent, { kind: 'message' }> }): Promise<void> {
    const { event } = turn;
    let { person } = await loadPerson(event, event.actor);
    // People often exist before they ever write (from a channel roster): greet them on their first own message.
    const firstContact = event.address.scope === 'personal' && !person.greetedAt;
    if (firstContact) {
      person = { ...person, greetedAt: deps.clock.now().toISOString() };
      await deps.storage.people.save(person);
    }
    const t = translator(person.language);
    const ctx: HandlerContext<typeof event> = { deps, event, person, t, reply: turn.reply };
    if (firstContact) await turn.reply(welcomeMessage(t, 'personal', person.name));
    const text = event.text.trim();
    if (text.length > LIMITS.inboundText) {
      return turn.reply({ text: t('input.tooLong', { length: text.length, max: LIMITS.inboundText }) });
    }
    if (text === '') {
      if (firstContact) return;
      return turn.reply({ text: t('input.empty') });
    }
    const [first = '', ...rest] = text.split(/\s+/);
    const command = commands.get(first.toLowerCase());
    if (command) return command.run(ctx, rest.join(' '));
    if (firstContact) return;
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    return turn.reply({ text: t('unknown.text', { input: shown }) });
  }

  return {
    async start() {
      let count = await rearmReminders(deps);
      for (const feature of features) count += (await feature.rearm?.(deps)) ?? 0;
      return count;
    },
    runJob(id) {
      const job = jobs.find((j) => id.startsWith(j.prefix));
      return job ? job.run(deps, id) : runReminder(deps, id);
    },
    async handle(turn) {
      const { event } = turn;
      const deliveryId = `${event.address.channel}:${event.address.tenantId}:${event.id}`;
      const fresh = await deps.storage.inbox.claim(deliveryId, deps.clock.now());
      if (!fresh) {
        deps.logger.info('duplicate delivery ignored', { eventId: event.id, channel: event.address.channel });
        return;
      }
      try {
        await dispatch(turn);
      } catch (error) {
        // A failed turn must not make the platform's retry look like a duplicate.
        await deps.storage.inbox.release(deliveryId).catch(() => {});
        throw error;
      }
    },
  };

  async function dispatch(turn: Turn): Promise<void> {
    const { event } = turn;
    const actor = 'actor' in event ? event.actor : undefined;
    await rememberAddress(event, actor);
    switch (event.kind) {
      case 'message':
        return handleMessage({ ...turn, event });
      case 'action': {
        const { person } = await loadPerson(event, event.actor);
        const t = translator(person.language);
        const handler = actions.get(event.actionId);
        if (!handler) return turn.reply({ text: t('unknown.action') });
        return handler.run({ deps, event, person, t, reply: turn.reply });
      }
      case 'installed': {
        const installer = event.actor ? await loadPerson(event, event.actor) : undefined;
        const audience = event.address.scope === 'personal' ? 'personal' : 'group';
        // A post to a whole group is in the default language, not in the installer's own choice.
        const t = translator(audience === 'personal' ? (installer?.person.language ?? DEFAULT_LANGUAGE) : DEFAULT_LANGUAGE);
        await turn.reply(welcomeMessage(t, audience, audience === 'personal' ? installer?.person.name : undefined));
        // Installing the app personally already greeted them: their first message is not welcomed again.
        if (audience === 'personal' && installer && !installer.person.greetedAt) {
          await deps.storage.people.save({ ...installer.person, greetedAt: deps.clock.now().toISOString() });
        }
        for (const feature of features) await feature.onInstalled?.(deps, event, turn.reply);
        return;
      }
      case 'members-added':
      case 'members-removed':
        deps.logger.debug('membership change', { kind: event.kind, count: event.members.length });
        for (const feature of features) await feature.onMembersChanged?.(deps, event);
        return;
    }
  }
}
