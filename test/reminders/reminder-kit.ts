import { personKey, type SendFailure, type Agreement, type Group, type GroupRole, type Moment, type OutboundMessage, type Person, type Reminder } from '../../src/core/index.js';
import { DEFAULT_REMINDERS } from '../../src/core/features/groups/group.js';
import { coreHarness, channelAddress, dm, type CoreHarness } from '../helpers/core-harness.js';

/** The people of the test group: An facilitates, Jonas and Fatima are members. */
export const PEOPLE = [
  { id: 'an', name: 'An Peeters', role: 'facilitator' },
  { id: 'jonas', name: 'Jonas Claes', role: 'member' },
  { id: 'fatima', name: 'Fatima El Idrissi', role: 'member' },
] as const satisfies ReadonlyArray<{ id: string; name: string; role: GroupRole }>;

/** The person key of a test person (channel `chat`, tenant `t1`). */
export const key = (id: string): string => personKey('chat', 't1', id);

/** Wednesday 2 December 2026, 15:30–16:30 in Brussels. */
export const START = '2026-12-02T14:30:00.000Z';

/** A core harness whose ManualScheduler runs jobs through the core, plus a way to move time. */
export interface ReminderHarness extends CoreHarness {
  group: Group;
  /** Moves the fake clock by `ms` and runs every job due by then. */
  tick(ms: number): Promise<number>;
  /** Jumps the fake clock to an instant and runs every job due by then. */
  at(iso: string): Promise<number>;
  /** Messages the fake messenger delivered to a person's direct chat (or the channel for `group`). */
  sentTo(who: string): OutboundMessage[];
  reminders(): Promise<Reminder[]>;
}

/** A harness with a group of three people who each wrote to the bot (so their direct chats are stored). */
export async function reminderHarness(opts: { start?: string; group?: Partial<Group>; people?: Partial<Person> & { id?: string } } = {}): Promise<ReminderHarness> {
  const h = coreHarness(opts.start);
  h.deps.scheduler.onDue((id) => h.core.runJob(id));
  const now = h.deps.clock.now().toISOString();
  const group: Group = {
    id: 'grp_1',
    channel: 'chat',
    tenantId: 't1',
    conversationId: 'team-1',
    name: 'PLG Wiskunde',
    kind: 'plg',
    timeZone: 'Europe/Brussels',
    community: 'vl',
    reminders: DEFAULT_REMINDERS,
    closedDays: [],
    examPeriods: [],
    createdAt: now,
    updatedAt: now,
    ...opts.group,
  };
  await h.deps.storage.groups.save(group);
  await h.deps.storage.addresses.save(`conv:chat:t1:team-1`, channelAddress('team-1'));
  for (const p of PEOPLE) {
    await h.deps.storage.people.save({ key: key(p.id), channel: 'chat', tenantId: 't1', userId: p.id, name: p.name, language: 'nl', timeZone: 'Europe/Brussels', createdAt: now, updatedAt: now });
    await h.deps.storage.addresses.save(key(p.id), dm(p.id));
    await h.deps.storage.memberships.save({ groupId: group.id, personKey: key(p.id), role: p.role, active: true, joinedAt: now });
  }
  return {
    ...h,
    group,
    async tick(ms) {
      h.deps.clock.advance(ms);
      return h.deps.scheduler.runDue(h.deps.clock.now());
    },
    async at(iso) {
      h.deps.clock.set(iso);
      return h.deps.scheduler.runDue(h.deps.clock.now());
    },
    sentTo: (who) => h.deps.messenger.sent.filter((s) => s.address.conversationId === (who === 'group' ? 'team-1' : `dm-${who}`)).map((s) => s.message),
    reminders: async () => [...(await h.deps.storage.reminders.listBySubject('mom_1')), ...(await h.deps.storage.reminders.listBySubject('agr_1'))].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Saves a moment of the test group (by default Wednesday 2 December 2026, 15:30–16:30 in Brussels) and returns it. */
export async function saveMoment(h: CoreHarness, overrides: Partial<Moment> = {}): Promise<Moment> {
  const now = h.deps.clock.now().toISOString();
  const start = overrides.start ?? START;
  const moment: Moment = {
    id: 'mom_1',
    groupId: 'grp_1',
    title: 'PLG-moment: feedback die vooruit helpt',
    start,
    end: new Date(new Date(start).getTime() + 60 * 60_000).toISOString(),
    zone: 'Europe/Brussels',
    place: 'Lokaal B12',
    agenda: 'Terugblik op de uitprobeerweek; twee leerlingvoorbeelden bespreken',
    prepare: 'Breng twee stukken leerlingwerk mee',
    status: 'planned',
    sequence: 0,
    icsToken: 'tok_0123456789abcdefghijklmn',
    rsvps: {},
    createdBy: key('an'),
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await h.deps.storage.moments.save(moment);
  return moment;
}

/** Saves an open agreement of the test group. */
export async function saveAgreement(h: CoreHarness, overrides: Partial<Agreement> = {}): Promise<Agreement> {
  const agreement: Agreement = {
    id: 'agr_1',
    groupId: 'grp_1',
    ownerKey: key('jonas'),
    text: 'Rubric voor feedback uitproberen in 3B',
    due: '2026-11-30',
    status: 'open',
    createdBy: key('an'),
    createdAt: h.deps.clock.now().toISOString(),
    ...overrides,
  };
  await h.deps.storage.agreements.save(agreement);
  return agreement;
}

/** The card's text blocks and facts joined, for searching. */
export const allText = (m: OutboundMessage | undefined): string => (m ? JSON.stringify(m) : '');

/** The RSVP buttons of a message: [label, value]. */
export const rsvpButtonsOf = (m: OutboundMessage | undefined): Array<[string, string | undefined]> =>
  (m?.card?.actions ?? []).flatMap((a) => (a.type === 'action' && a.id === 'moment.rsvp' ? [[a.label, a.value] as [string, string | undefined]] : []));

/** Makes the harness's messenger answer the next sends to a conversation with `results`, in order, then deliver again; returns when each failure was answered. */
export function failNext(h: CoreHarness, conversationId: string, results: SendFailure[]): string[] {
  const messenger = h.deps.messenger;
  const queue = [...results];
  const failedAt: string[] = [];
  const deliver = messenger.send.bind(messenger);
  messenger.send = async (address, message) => {
    const failure = address.conversationId === conversationId ? queue.shift() : undefined;
    if (!failure) return deliver(address, message);
    failedAt.push(h.deps.clock.now().toISOString());
    return failure;
  };
  return failedAt;
}
