import {
  createCore,
  FakeClock,
  ManualScheduler,
  MemoryDirectory,
  MemoryLogger,
  MemoryMessenger,
  type Actor,
  type Address,
  type Core,
  type CoreDeps,
  type InboundEvent,
  type OutboundMessage,
} from '../../src/core/index.js';
import { MemoryStorage } from '../../src/storage/memory/memory-storage.js';

type Unsent<E> = E extends InboundEvent ? Omit<E, 'id'> & { id?: string } : never;

/** The core with in-memory ports and a way to send events and collect the replies. */
export interface CoreHarness {
  core: Core;
  deps: CoreDeps & { storage: MemoryStorage; clock: FakeClock; messenger: MemoryMessenger; directory: MemoryDirectory; logger: MemoryLogger; scheduler: ManualScheduler };
  send(event: Unsent<InboundEvent>): Promise<OutboundMessage[]>;
  /** A person writes `text` in `address`. */
  say(actor: Actor, text: string, address: Address, mentions?: Actor[]): Promise<OutboundMessage[]>;
}

/** Builds a core with fakes; the clock starts on Monday 23 November 2026, 09:00 in Brussels. */
export function coreHarness(start = '2026-11-23T08:00:00Z'): CoreHarness {
  const deps = {
    storage: new MemoryStorage(),
    clock: new FakeClock(start),
    messenger: new MemoryMessenger(),
    directory: new MemoryDirectory(),
    logger: new MemoryLogger(),
    publicUrl: 'http://localhost:3978', scheduler: new ManualScheduler(),
  };
  const core = createCore(deps);
  let n = 0;
  async function send(event: Unsent<InboundEvent>): Promise<OutboundMessage[]> {
    const replies: OutboundMessage[] = [];
    await core.handle({ event: { id: `e${++n}`, ...event } as InboundEvent, reply: async (m) => void replies.push(m) });
    return replies;
  }
  return {
    core,
    deps,
    send,
    say: (actor, text, address, mentions) => send({ kind: 'message', actor, address, text, ...(mentions ? { mentions } : {}) }),
  };
}

/** A personal address of a user. */
export const dm = (userId: string, tenantId = 't1', channel = 'chat'): Address => ({ channel, tenantId, conversationId: `dm-${userId}`, scope: 'personal', userId });

/** A channel address. */
export const channelAddress = (conversationId: string, tenantId = 't1', channel = 'chat'): Address => ({ channel, tenantId, conversationId, scope: 'channel' });

/** Marks everyone known so far as already welcomed, for tests about later conversations (not the first contact). */
export async function greetEveryone(h: CoreHarness, tenantId = 't1', channel = 'chat'): Promise<void> {
  for (const person of await h.deps.storage.people.listByTenant(channel, tenantId)) {
    if (!person.greetedAt) await h.deps.storage.people.save({ ...person, greetedAt: h.deps.clock.now().toISOString() });
  }
}
