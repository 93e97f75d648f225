import type { Address } from '../model/events.js';
import type { Language } from '../i18n/languages.js';
import type { Group, Membership, SchoolRole } from '../features/groups/group.js';
import type { Agreement, Moment, OwnQuestion } from '../features/moments/moment.js';
import type { Reminder } from '../features/reminders/reminder.js';
import type { CustomStarter, DownloadLink, Reflection, StarterAnswer, StarterPost } from '../features/starters/starter.js';
import type { NeedsAnswer, NeedsRound } from '../features/needs/needs.js';
import type { HostOffer, Visit, VisitRequest } from '../features/visits/visit.js';

/** Hours in which a person does not want messages; `weekends` adds all of Saturday and Sunday. */
export interface QuietHours {
  start: string;
  end: string;
  weekends: boolean;
}

/** One person's profile; one per person per tenant, shared by every group they are in. */
export interface Person {
  /** `personKey(channel, tenantId, userId)`. */
  key: string;
  channel: string;
  tenantId: string;
  userId: string;
  name?: string;
  language: Language;
  /** IANA zone, Europe/Brussels by default. */
  timeZone: string;
  school?: string;
  schoolRole?: SchoolRole;
  quietHours?: QuietHours;
  /** Set when the platform says the bot can no longer reach this person (removed or blocked it). */
  unreachableSince?: string;
  /** When Leerkring first welcomed this person in their own chat. */
  greetedAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** People, by key. */
export interface PersonRepository {
  get(key: string): Promise<Person | undefined>;
  save(person: Person): Promise<void>;
  /** People of one tenant; never crosses tenants. */
  listByTenant(channel: string, tenantId: string): Promise<Person[]>;
}

/** Where to reach people and conversations later (proactive messages). */
export interface AddressRepository {
  /** Stores the address under a key: a personKey for direct chats, or `conv:<channel>:<tenant>:<id>`. */
  save(key: string, address: Address): Promise<void>;
  get(key: string): Promise<Address | undefined>;
}

/** Remembers handled platform deliveries so a retry is not processed twice. */
export interface InboxRepository {
  /** Records the delivery id; resolves false when it was already recorded. */
  claim(id: string, at: Date): Promise<boolean>;
  /** Forgets one claim, so a platform retry of a delivery whose handling failed is processed again. */
  release(id: string): Promise<void>;
  /** Forgets ids recorded before `before`; returns how many. */
  prune(before: Date): Promise<number>;
}

/** Groups, each bound to one channel conversation. */
export interface GroupRepository {
  get(id: string): Promise<Group | undefined>;
  save(group: Group): Promise<void>;
  /** The group bound to a conversation, within one tenant. */
  findByConversation(channel: string, tenantId: string, conversationId: string): Promise<Group | undefined>;
  listByTenant(channel: string, tenantId: string): Promise<Group[]>;
}

/** Who is in which group, in which role. */
export interface MembershipRepository {
  get(groupId: string, personKey: string): Promise<Membership | undefined>;
  save(membership: Membership): Promise<void>;
  listByGroup(groupId: string): Promise<Membership[]>;
  listByPerson(personKey: string): Promise<Membership[]>;
}

/** Moments, their own questions, and agreements. */
export interface MomentRepository {
  get(id: string): Promise<Moment | undefined>;
  save(moment: Moment): Promise<void>;
  listByGroup(groupId: string): Promise<Moment[]>;
  findByIcsToken(token: string): Promise<Moment | undefined>;
  listBySeries(seriesId: string): Promise<Moment[]>;
}

/** Questions members bring to a moment. */
export interface QuestionRepository {
  save(question: OwnQuestion): Promise<void>;
  listByMoment(momentId: string): Promise<OwnQuestion[]>;
}

/** Agreements: who does what by when. */
export interface AgreementRepository {
  get(id: string): Promise<Agreement | undefined>;
  save(agreement: Agreement): Promise<void>;
  listByGroup(groupId: string): Promise<Agreement[]>;
}

/** Persisted reminders; the scheduler holds only their ids and due times. */
export interface ReminderRepository {
  get(id: string): Promise<Reminder | undefined>;
  /** Inserts or replaces. */
  save(reminder: Reminder): Promise<void>;
  /** Saves and makes the change durable before resolving (written before a platform call). */
  saveDurably(reminder: Reminder): Promise<void>;
  /** Reminders still to send (`pending` or interrupted `sending`), for re-arming at start. */
  listOpen(): Promise<Reminder[]>;
  listBySubject(subjectId: string): Promise<Reminder[]>;
}

/** Short-lived drafts, e.g. a planned moment waiting for the facilitator's confirmation. */
export interface DraftRepository {
  get(id: string): Promise<Draft | undefined>;
  save(draft: Draft): Promise<void>;
  delete(id: string): Promise<void>;
}

/** A group's own conversation starters. */
export interface CustomStarterRepository {
  get(id: string): Promise<CustomStarter | undefined>;
  save(starter: CustomStarter): Promise<void>;
  listByGroup(groupId: string): Promise<CustomStarter[]>;
}

/** Posted and scheduled starters. */
export interface StarterPostRepository {
  get(id: string): Promise<StarterPost | undefined>;
  save(post: StarterPost): Promise<void>;
  listByGroup(groupId: string): Promise<StarterPost[]>;
  /** Every post still to go out (`scheduled`), across groups and tenants, for re-arming their jobs at start. */
  listScheduled(): Promise<StarterPost[]>;
}

/** Answers to posted starters; anonymous ones are found only through their edit-key hash. */
export interface StarterAnswerRepository {
  get(id: string): Promise<StarterAnswer | undefined>;
  save(answer: StarterAnswer): Promise<void>;
  delete(id: string): Promise<void>;
  listByPost(postId: string): Promise<StarterAnswer[]>;
  findNamed(postId: string, personKey: string): Promise<StarterAnswer | undefined>;
  findByEditKeyHash(hash: string): Promise<StarterAnswer | undefined>;
}

/** Guided-reflection progress, one per post and person. */
export interface ReflectionRepository {
  get(postId: string, personKey: string): Promise<Reflection | undefined>;
  save(reflection: Reflection): Promise<void>;
  delete(postId: string, personKey: string): Promise<void>;
  listByPerson(personKey: string): Promise<Reflection[]>;
}

/** Download links by token. */
export interface DownloadLinkRepository {
  get(token: string): Promise<DownloadLink | undefined>;
  save(link: DownloadLink): Promise<void>;
}

/** Needs rounds of groups. */
export interface NeedsRoundRepository {
  get(id: string): Promise<NeedsRound | undefined>;
  save(round: NeedsRound): Promise<void>;
  listByGroup(groupId: string): Promise<NeedsRound[]>;
  /** Every round still `open`, across groups and tenants, for re-arming their jobs at start. */
  listOpen(): Promise<NeedsRound[]>;
}

/** Answers to needs rounds; anonymous ones are found only through their edit-key hash. */
export interface NeedsAnswerRepository {
  get(id: string): Promise<NeedsAnswer | undefined>;
  save(answer: NeedsAnswer): Promise<void>;
  delete(id: string): Promise<void>;
  listByRound(roundId: string): Promise<NeedsAnswer[]>;
  findNamed(roundId: string, personKey: string): Promise<NeedsAnswer | undefined>;
  findByEditKeyHash(hash: string): Promise<NeedsAnswer | undefined>;
}

/** Visit requests: a visitor's learning question, form and free time. */
export interface VisitRequestRepository {
  get(id: string): Promise<VisitRequest | undefined>;
  save(request: VisitRequest): Promise<void>;
  listByGroup(groupId: string): Promise<VisitRequest[]>;
  listByVisitor(personKey: string): Promise<VisitRequest[]>;
}

/** Host offers, one per group and person. */
export interface HostOfferRepository {
  get(groupId: string, personKey: string): Promise<HostOffer | undefined>;
  save(offer: HostOffer): Promise<void>;
  listByGroup(groupId: string): Promise<HostOffer[]>;
}

/** Visits, from proposal to reflection. */
export interface VisitRepository {
  get(id: string): Promise<Visit | undefined>;
  save(visit: Visit): Promise<void>;
  listByGroup(groupId: string): Promise<Visit[]>;
  /** Visits a person takes part in, as visitor or host. */
  listByPerson(personKey: string): Promise<Visit[]>;
  findByIcsToken(token: string): Promise<Visit | undefined>;
  /** Every visit still `proposed` (waiting for an answer), across groups and tenants, for re-arming their deadline jobs at start. */
  listProposed(): Promise<Visit[]>;
}

/** A draft: who made it, for what, and its data (validated by the feature that reads it). */
export interface Draft {
  id: string;
  personKey: string;
  kind: string;
  data: Record<string, unknown>;
  createdAt: string;
  /** After this instant the store may drop the draft (stale plans, old markers); never set for lasting records. */
  expiresAt?: string;
}

/** All repositories, plus lifecycle. Every implementation passes the shared contract suite. */
export interface Storage {
  readonly people: PersonRepository;
  readonly addresses: AddressRepository;
  readonly inbox: InboxRepository;
  readonly groups: GroupRepository;
  readonly memberships: MembershipRepository;
  readonly moments: MomentRepository;
  readonly questions: QuestionRepository;
  readonly agreements: AgreementRepository;
  readonly reminders: ReminderRepository;
  readonly drafts: DraftRepository;
  readonly customStarters: CustomStarterRepository;
  readonly starterPosts: StarterPostRepository;
  readonly starterAnswers: StarterAnswerRepository;
  readonly reflections: ReflectionRepository;
  readonly downloads: DownloadLinkRepository;
  readonly needsRounds: NeedsRoundRepository;
  readonly needsAnswers: NeedsAnswerRepository;
  readonly visitRequests: VisitRequestRepository;
  readonly hostOffers: HostOfferRepository;
  readonly visits: VisitRepository;
  /** True when the store can read and write. */
  healthy(): Promise<boolean>;
  /** Writes anything pending and releases locks. */
  close(): Promise<void>;
}
