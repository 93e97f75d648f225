import type {
  Address,
  AddressRepository,
  Agreement,
  AgreementRepository,
  Draft,
  DraftRepository,
  Group,
  GroupRepository,
  InboxRepository,
  Membership,
  MembershipRepository,
  Moment,
  MomentRepository,
  OwnQuestion,
  Person,
  PersonRepository,
  QuestionRepository,
  Reminder,
  ReminderRepository,
  CustomStarter,
  CustomStarterRepository,
  DownloadLink,
  DownloadLinkRepository,
  Reflection,
  ReflectionRepository,
  StarterAnswer,
  StarterAnswerRepository,
  StarterPost,
  StarterPostRepository,
} from '../../core/index.js';
import type { NeedsAnswer, NeedsRound } from '../../core/features/needs/needs.js';
import type { NeedsAnswerRepository, NeedsRoundRepository } from '../../core/ports/storage.js';
import type { HostOffer, Visit, VisitRequest } from '../../core/features/visits/visit.js';
import type { HostOfferRepository, VisitRepository, VisitRequestRepository } from '../../core/ports/storage.js';
import { Collection } from './collection.js';
import { COLLECTION_SCHEMAS } from './record-schemas.js';

/** The keyed collections behind every repository; lowdb persists them, memory storage keeps them. */
export interface Collections {
  people: Collection<Person>;
  addresses: Collection<Address>;
  inbox: Collection<number>;
  groups: Collection<Group>;
  memberships: Collection<Membership>;
  moments: Collection<Moment>;
  questions: Collection<OwnQuestion>;
  agreements: Collection<Agreement>;
  reminders: Collection<Reminder>;
  drafts: Collection<Draft>;
  customStarters: Collection<CustomStarter>;
  starterPosts: Collection<StarterPost>;
  starterAnswers: Collection<StarterAnswer>;
  reflections: Collection<Reflection>;
  downloads: Collection<DownloadLink>;
  needsRounds: Collection<NeedsRound>;
  needsAnswers: Collection<NeedsAnswer>;
  visitRequests: Collection<VisitRequest>;
  hostOffers: Collection<HostOffer>;
  visits: Collection<Visit>;
}

/** Names of the collections, in file order. */
export type CollectionName = keyof Collections;

/** Creates empty collections that call `changed` on every write. */
export function createCollections(changed: () => void): Collections {
  const c: Collections = {
    people: new Collection('people', COLLECTION_SCHEMAS.people, changed),
    addresses: new Collection('addresses', COLLECTION_SCHEMAS.addresses, changed),
    inbox: new Collection('inbox', COLLECTION_SCHEMAS.inbox, changed),
    groups: new Collection('groups', COLLECTION_SCHEMAS.groups, changed),
    memberships: new Collection('memberships', COLLECTION_SCHEMAS.memberships, changed),
    moments: new Collection('moments', COLLECTION_SCHEMAS.moments, changed),
    questions: new Collection('questions', COLLECTION_SCHEMAS.questions, changed),
    agreements: new Collection('agreements', COLLECTION_SCHEMAS.agreements, changed),
    reminders: new Collection('reminders', COLLECTION_SCHEMAS.reminders, changed),
    drafts: new Collection('drafts', COLLECTION_SCHEMAS.drafts, changed),
    customStarters: new Collection('customStarters', COLLECTION_SCHEMAS.customStarters, changed),
    starterPosts: new Collection('starterPosts', COLLECTION_SCHEMAS.starterPosts, changed),
    starterAnswers: new Collection('starterAnswers', COLLECTION_SCHEMAS.starterAnswers, changed),
    reflections: new Collection('reflections', COLLECTION_SCHEMAS.reflections, changed),
    downloads: new Collection('downloads', COLLECTION_SCHEMAS.downloads, changed),
    needsRounds: new Collection('needsRounds', COLLECTION_SCHEMAS.needsRounds, changed),
    needsAnswers: new Collection('needsAnswers', COLLECTION_SCHEMAS.needsAnswers, changed),
    visitRequests: new Collection('visitRequests', COLLECTION_SCHEMAS.visitRequests, changed),
    hostOffers: new Collection('hostOffers', COLLECTION_SCHEMAS.hostOffers, changed),
    visits: new Collection('visits', COLLECTION_SCHEMAS.visits, changed),
  };
  // Lookups on the message path (answers, groups by conversation, calendar tokens, reminders by moment) use
  // indexes instead of scanning every tenant's records.
  c.groups.indexBy('conversation', (g) => `${g.channel}|${g.tenantId}|${g.conversationId}`);
  c.memberships.indexBy('group', (m) => m.groupId).indexBy('person', (m) => m.personKey);
  c.moments.indexBy('group', (m) => m.groupId).indexBy('icsToken', (m) => m.icsToken);
  c.reminders.indexBy('subject', (r) => r.subjectId);
  c.visits.indexBy('group', (v) => v.groupId).indexBy('icsToken', (v) => v.icsToken);
  c.starterAnswers.indexBy('post', (a) => a.postId).indexBy('editKeyHash', (a) => a.editKeyHash);
  return c;
}

/** The repositories of the Storage port. */
export interface Repositories {
  people: PersonRepository;
  addresses: AddressRepository;
  inbox: InboxRepository;
  groups: GroupRepository;
  memberships: MembershipRepository;
  moments: MomentRepository;
  questions: QuestionRepository;
  agreements: AgreementRepository;
  reminders: ReminderRepository;
  drafts: DraftRepository;
  customStarters: CustomStarterRepository;
  starterPosts: StarterPostRepository;
  starterAnswers: StarterAnswerRepository;
  reflections: ReflectionRepository;
  downloads: DownloadLinkRepository;
  needsRounds: NeedsRoundRepository;
  needsAnswers: NeedsAnswerRepository;
  visitRequests: VisitRequestRepository;
  hostOffers: HostOfferRepository;
  visits: VisitRepository;
}

const membershipKey = (groupId: string, personKey: string): string => `${groupId}|${personKey}`;
const byStart = (a: Moment, b: Moment): number => a.start.localeCompare(b.start);
const reflectionKey = (postId: string, personKey: string): string => `${postId}|${personKey}`;
const byCreated = <T extends { createdAt: string }>(a: T, b: T): number => a.createdAt.localeCompare(b.createdAt);

/**
 * Implements every repository once over keyed collections, so memory and lowdb storage behave the same.
 * `guard` wraps each call (lowdb refuses use after close); `durable` puts one saved record on disk before returning.
 */
export function createRepositories(
  c: Collections,
  opts: { guard: <T>(fn: () => T) => T; durable: (collection: CollectionName, key: string, value: unknown) => Promise<void> },
): Repositories {
  const g = opts.guard;
  return {
    people: {
      get: async (key) => g(() => c.people.get(key)),
      save: async (person) => g(() => c.people.set(person.key, person)),
      listByTenant: async (channel, tenantId) => g(() => c.people.filter((p) => p.channel === channel && p.tenantId === tenantId)),
    },
    addresses: {
      get: async (key) => g(() => c.addresses.get(key)),
      save: async (key, address) => g(() => c.addresses.set(key, address)),
    },
    inbox: {
      claim: async (id, at) =>
        g(() => {
          if (c.inbox.has(id)) return false;
          c.inbox.set(id, at.getTime());
          return true;
        }),
      release: async (id) => {
        g(() => c.inbox.removeWhere((_at, key) => key === id));
      },
      prune: async (before) => g(() => c.inbox.removeWhere((claimedAt) => claimedAt < before.getTime())),
    },
    groups: {
      get: async (id) => g(() => c.groups.get(id)),
      save: async (group) => g(() => c.groups.set(group.id, group)),
      findByConversation: async (channel, tenantId, conversationId) => g(() => c.groups.lookup('conversation', `${channel}|${tenantId}|${conversationId}`)[0]),
      listByTenant: async (channel, tenantId) => g(() => c.groups.filter((x) => x.channel === channel && x.tenantId === tenantId)),
    },
    memberships: {
      get: async (groupId, personKey) => g(() => c.memberships.get(membershipKey(groupId, personKey))),
      save: async (m) => g(() => c.memberships.set(membershipKey(m.groupId, m.personKey), m)),
      listByGroup: async (groupId) => g(() => c.memberships.lookup('group', groupId)),
      listByPerson: async (personKey) => g(() => c.memberships.lookup('person', personKey)),
    },
    moments: {
      get: async (id) => g(() => c.moments.get(id)),
      save: async (moment) => g(() => c.moments.set(moment.id, moment)),
      listByGroup: async (groupId) => g(() => c.moments.lookup('group', groupId).sort(byStart)),
      findByIcsToken: async (token) => g(() => c.moments.lookup('icsToken', token)[0]),
      listBySeries: async (seriesId) => g(() => c.moments.filter((m) => m.seriesId === seriesId).sort(byStart)),
    },
    questions: {
      save: async (q) => g(() => c.questions.set(q.id, q)),
      listByMoment: async (momentId) =>
        g(() => c.questions.filter((q) => q.momentId === momentId).sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    },
    agreements: {
      get: async (id) => g(() => c.agreements.get(id)),
      save: async (a) => g(() => c.agreements.set(a.id, a)),
      listByGroup: async (groupId) => g(() => c.agreements.filter((a) => a.groupId === groupId).sort((a, b) => a.due.localeCompare(b.due))),
    },
    reminders: {
      get: async (id) => g(() => c.reminders.get(id)),
      save: async (r) => g(() => c.reminders.set(r.id, r)),
      saveDurably: async (r) => {
        g(() => c.reminders.set(r.id, r));
        await opts.durable('reminders', r.id, r);
      },
      listOpen: async () => g(() => c.reminders.filter((r) => r.status === 'pending' || r.status === 'sending')),
      listBySubject: async (subjectId) => g(() => c.reminders.lookup('subject', subjectId)),
    },
    drafts: {
      get: async (id) => g(() => c.drafts.get(id)),
      save: async (d) => g(() => c.drafts.set(d.id, d)),
      delete: async (id) => {
        g(() => c.drafts.removeWhere((_d, key) => key === id));
      },
    },
    customStarters: {
      get: async (id) => g(() => c.customStarters.get(id)),
      save: async (x) => g(() => c.customStarters.set(x.id, x)),
      listByGroup: async (groupId) => g(() => c.customStarters.filter((x) => x.groupId === groupId).sort(byCreated)),
    },
    starterPosts: {
      get: async (id) => g(() => c.starterPosts.get(id)),
      save: async (x) => g(() => c.starterPosts.set(x.id, x)),
      listByGroup: async (groupId) => g(() => c.starterPosts.filter((x) => x.groupId === groupId).sort(byCreated)),
      listScheduled: async () => g(() => c.starterPosts.filter((x) => x.status === 'scheduled').sort(byCreated)),
    },
    starterAnswers: {
      get: async (id) => g(() => c.starterAnswers.get(id)),
      save: async (x) => g(() => c.starterAnswers.set(x.id, x)),
      delete: async (id) => {
        g(() => c.starterAnswers.removeWhere((_x, key) => key === id));
      },
      listByPost: async (postId) => g(() => c.starterAnswers.lookup('post', postId).sort(byCreated)),
      findNamed: async (postId, personKey) => g(() => c.starterAnswers.lookup('post', postId).find((x) => x.personKey === personKey)),
      findByEditKeyHash: async (hash) => g(() => c.starterAnswers.lookup('editKeyHash', hash)[0]),
    },
    reflections: {
      get: async (postId, personKey) => g(() => c.reflections.get(reflectionKey(postId, personKey))),
      save: async (x) => g(() => c.reflections.set(reflectionKey(x.postId, x.personKey), x)),
      delete: async (postId, personKey) => {
        g(() => c.reflections.removeWhere((_x, key) => key === reflectionKey(postId, personKey)));
      },
      listByPerson: async (personKey) => g(() => c.reflections.filter((x) => x.personKey === personKey)),
    },
    downloads: {
      get: async (token) => g(() => c.downloads.get(token)),
      save: async (x) => g(() => c.downloads.set(x.token, x)),
    },
    needsRounds: {
      get: async (id) => g(() => c.needsRounds.get(id)),
      save: async (x) => g(() => c.needsRounds.set(x.id, x)),
      listByGroup: async (groupId) => g(() => c.needsRounds.filter((x) => x.groupId === groupId).sort(byCreated)),
      listOpen: async () => g(() => c.needsRounds.filter((x) => x.status === 'open').sort(byCreated)),
    },
    needsAnswers: {
      get: async (id) => g(() => c.needsAnswers.get(id)),
      save: async (x) => g(() => c.needsAnswers.set(x.id, x)),
      delete: async (id) => {
        g(() => c.needsAnswers.removeWhere((_x, key) => key === id));
      },
      listByRound: async (roundId) => g(() => c.needsAnswers.filter((x) => x.roundId === roundId).sort(byCreated)),
      findNamed: async (roundId, personKey) => g(() => c.needsAnswers.filter((x) => x.roundId === roundId && !x.anonymous && x.personKey === personKey)[0]),
      findByEditKeyHash: async (hash) => g(() => c.needsAnswers.filter((x) => x.anonymous && x.editKeyHash === hash)[0]),
    },
    visitRequests: {
      get: async (id) => g(() => c.visitRequests.get(id)),
      save: async (x) => g(() => c.visitRequests.set(x.id, x)),
      listByGroup: async (groupId) => g(() => c.visitRequests.filter((x) => x.groupId === groupId).sort(byCreated)),
      listByVisitor: async (personKey) => g(() => c.visitRequests.filter((x) => x.visitorKey === personKey).sort(byCreated)),
    },
    hostOffers: {
      get: async (groupId, personKey) => g(() => c.hostOffers.get(membershipKey(groupId, personKey))),
      save: async (x) => g(() => c.hostOffers.set(membershipKey(x.groupId, x.personKey), x)),
      listByGroup: async (groupId) => g(() => c.hostOffers.filter((x) => x.groupId === groupId).sort(byCreated)),
    },
    visits: {
      get: async (id) => g(() => c.visits.get(id)),
      save: async (x) => g(() => c.visits.set(x.id, x)),
      listByGroup: async (groupId) => g(() => c.visits.lookup('group', groupId).sort(byCreated)),
      listByPerson: async (personKey) => g(() => c.visits.filter((x) => x.hostKey === personKey || x.visitorKeys.includes(personKey)).sort(byCreated)),
      findByIcsToken: async (token) => g(() => c.visits.lookup('icsToken', token)[0]),
      listProposed: async () => g(() => c.visits.filter((x) => x.status === 'proposed').sort(byCreated)),
    },
  };
}
