import { z } from 'zod';
import {
  LANGUAGES,
  SCHOOL_ROLES,
  type Address,
  type Agreement,
  type Draft,
  type Group,
  type Membership,
  type Moment,
  type OwnQuestion,
  type Person,
  type Reminder,
  STARTER_PHASES,
  type CustomStarter,
  type DownloadLink,
  type Reflection,
  type StarterAnswer,
  type StarterPost,
} from '../../core/index.js';
import {
  COVER_KINDS,
  VISIT_FORMS,
  VISIT_LENSES,
  VISIT_LIMITS,
  VISIT_SCOPES,
  VISIT_STATUSES,
  type HostOffer,
  type Visit,
  type VisitRequest,
} from '../../core/features/visits/visit.js';
import { REMINDER_KINDS } from '../../core/features/reminders/reminder.js';
import { NEEDS_FORMS, NEEDS_LIMITS, NEEDS_PLACES, type NeedsAnswer, type NeedsRound } from '../../core/features/needs/needs.js';

const isoInstant = z.string().min(10);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const clock = z.string().regex(/^\d{2}:\d{2}$/);

/** One person's profile, as stored. */
export const personSchema = z.object({
  key: z.string().min(1),
  channel: z.string().min(1),
  tenantId: z.string().min(1),
  userId: z.string().min(1),
  name: z.string().optional(),
  language: z.enum(LANGUAGES),
  timeZone: z.string().min(1),
  school: z.string().max(200).optional(),
  schoolRole: z.enum(SCHOOL_ROLES).optional(),
  quietHours: z.object({ start: clock, end: clock, weekends: z.boolean() }).optional(),
  unreachableSince: isoInstant.optional(),
  greetedAt: isoInstant.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Person>;

/** A stored proactive-message address. */
export const addressSchema = z.object({
  channel: z.string().min(1),
  tenantId: z.string(),
  conversationId: z.string().min(1),
  scope: z.enum(['personal', 'channel', 'group']),
  userId: z.string().optional(),
  ref: z.record(z.string(), z.unknown()).optional(),
}) satisfies z.ZodType<Address>;

/** An inbox entry: when the delivery id was claimed, in epoch milliseconds. */
export const inboxEntrySchema = z.number().finite();

/** A group. */
export const groupSchema = z.object({
  id: z.string().min(1),
  channel: z.string().min(1),
  tenantId: z.string().min(1),
  conversationId: z.string().min(1),
  name: z.string().min(1).max(120),
  kind: z.enum(['plg', 'network']),
  timeZone: z.string().min(1),
  community: z.enum(['vl', 'fr']),
  learningQuestion: z.string().max(500).optional(),
  reminders: z.object({
    leadMinutes: z.array(z.number().int().positive()),
    onlineLeadMinutes: z.array(z.number().int().positive()),
    delivery: z.enum(['direct', 'channel']),
  }),
  closedDays: z.array(z.object({ date: day, reason: z.string().max(200) })),
  examPeriods: z.array(z.object({ from: day, to: day, reason: z.string().max(200) })),
  visitSettings: z
    .object({
      maxAwayPerSchool: z.number().int().min(1).max(VISIT_LIMITS.maxSettings.maxAwayPerSchool),
      pairWindowDays: z.number().int().min(0).max(VISIT_LIMITS.maxSettings.pairWindowDays),
      checkInWeeks: z.number().int().min(1).max(VISIT_LIMITS.maxSettings.checkInWeeks),
      targetPerTerm: z.number().int().min(0).max(VISIT_LIMITS.maxSettings.targetPerTerm),
      informDirector: z.boolean(),
      hostAnswerSchoolDays: z.number().int().min(1).max(VISIT_LIMITS.maxSettings.hostAnswerSchoolDays),
      horizonWeeks: z.number().int().min(1).max(VISIT_LIMITS.maxSettings.horizonWeeks),
    })
    .partial()
    .optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Group>;

/** A membership. */
export const membershipSchema = z.object({
  groupId: z.string().min(1),
  personKey: z.string().min(1),
  role: z.enum(['facilitator', 'member', 'guest']),
  active: z.boolean(),
  joinedAt: isoInstant,
  leftAt: isoInstant.optional(),
}) satisfies z.ZodType<Membership>;

/** A moment. */
export const momentSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  seriesId: z.string().optional(),
  title: z.string().min(1).max(200),
  start: isoInstant,
  end: isoInstant,
  zone: z.string().min(1),
  place: z.string().max(300).optional(),
  onlineUrl: z.string().max(1000).optional(),
  agenda: z.string().max(3000).optional(),
  prepare: z.string().max(3000).optional(),
  status: z.enum(['planned', 'cancelled']),
  sequence: z.number().int().nonnegative(),
  icsToken: z.string().min(16),
  rsvps: z.record(z.string(), z.object({ answer: z.enum(['yes', 'online', 'no']), at: isoInstant })),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Moment>;

/** An own question for a moment. */
export const questionSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  momentId: z.string().min(1),
  personKey: z.string().min(1),
  text: z.string().min(1).max(1000),
  createdAt: isoInstant,
}) satisfies z.ZodType<OwnQuestion>;

/** An agreement. */
export const agreementSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  ownerKey: z.string().min(1),
  text: z.string().min(1).max(1000),
  due: day,
  status: z.enum(['open', 'done']),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
}) satisfies z.ZodType<Agreement>;

/** A persisted reminder. */
export const reminderSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(REMINDER_KINDS),
  groupId: z.string().min(1),
  subjectId: z.string().min(1),
  subjectVersion: z.number().int().nonnegative(),
  recipient: z.string().min(1),
  leadMinutes: z.number().int(),
  dueAt: isoInstant,
  notAfter: isoInstant,
  status: z.enum(['pending', 'sending', 'sent', 'dropped', 'failed']),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: isoInstant.optional(),
  sentAt: isoInstant.optional(),
  lastError: z.string().max(500).optional(),
}) satisfies z.ZodType<Reminder>;

/** A draft awaiting confirmation. */
export const draftSchema = z.object({
  id: z.string().min(1),
  personKey: z.string().min(1),
  kind: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  createdAt: isoInstant,
  expiresAt: isoInstant.optional(),
}) satisfies z.ZodType<Draft>;

/** A group's own starter. */
export const customStarterSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  language: z.enum(LANGUAGES),
  phase: z.enum(STARTER_PHASES),
  tags: z.array(z.string().max(30)).max(8),
  title: z.string().min(1).max(120),
  intro: z.string().max(500).optional(),
  questions: z.array(z.string().min(1).max(300)).min(1).max(5),
  status: z.enum(['active', 'retired']),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<CustomStarter>;

/** A posted or scheduled starter. */
export const starterPostSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  starterId: z.string().min(1),
  source: z.enum(['library', 'custom']),
  allowAnonymous: z.boolean(),
  status: z.enum(['scheduled', 'posted', 'closed']),
  scheduledFor: isoInstant.optional(),
  postedAt: isoInstant.optional(),
  seriesId: z.string().optional(),
  nudgeSuggestedAt: isoInstant.optional(),
  anonymousMarks: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(10_000).optional(),
  anonymousSalt: z.string().min(16).optional(),
  createdBy: z.string().min(1),
  createdAt: isoInstant,
}) satisfies z.ZodType<StarterPost>;

/** An answer; anonymous answers must not carry a person key, named ones no edit-key hash. */
export const starterAnswerSchema = z
  .object({
    id: z.string().min(1),
    postId: z.string().min(1),
    groupId: z.string().min(1),
    anonymous: z.boolean(),
    personKey: z.string().min(1).optional(),
    editKeyHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    texts: z.array(z.string().max(2000)).min(1).max(5),
    createdAt: z.string().min(10),
    updatedAt: z.string().min(10),
  })
  .refine((a) => (a.anonymous ? a.personKey === undefined && a.editKeyHash !== undefined : a.personKey !== undefined && a.editKeyHash === undefined), {
    message: 'an anonymous answer carries no person key (and has an edit-key hash); a named answer has a person key and no hash',
  }) satisfies z.ZodType<StarterAnswer>;

/** Guided-reflection progress. */
export const reflectionSchema = z.object({
  postId: z.string().min(1),
  personKey: z.string().min(1),
  index: z.number().int().nonnegative(),
  texts: z.array(z.string().max(2000).nullable()).min(1).max(5),
  status: z.enum(['active', 'finished', 'stopped']),
  sharedAs: z.enum(['named', 'anonymous', 'private']).optional(),
  startedAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Reflection>;

/** A download link. */
export const downloadLinkSchema = z.object({
  token: z.string().min(16),
  kind: z.enum(['starter-answers', 'needs-answers', 'visits-overview']),
  subjectId: z.string().min(1),
  groupId: z.string().min(1),
  createdBy: z.string().min(1),
  expiresAt: isoInstant,
}) satisfies z.ZodType<DownloadLink>;

/** A needs round; reminder counts per person key, nothing more. */
export const needsRoundSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  createdBy: z.string().min(1),
  status: z.enum(['open', 'closed']),
  closesAt: isoInstant,
  allowAnonymous: z.boolean(),
  remindersSent: z.record(z.string(), z.number().int().min(0).max(NEEDS_LIMITS.reminders)),
  anonymousMarks: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(10_000).optional(),
  anonymousSalt: z.string().min(16).optional(),
  createdAt: isoInstant,
  closedAt: isoInstant.optional(),
}) satisfies z.ZodType<NeedsRound>;

const needsPosition = z.object({ place: z.enum(NEEDS_PLACES), form: z.enum(NEEDS_FORMS) });

/**
 * A needs answer. An anonymous one carries no person key and no school role, has an edit-key hash and only
 * day-precision timestamps; a named one has a person key and no hash.
 */
export const needsAnswerSchema = z
  .object({
    id: z.string().min(1),
    roundId: z.string().min(1),
    groupId: z.string().min(1),
    anonymous: z.boolean(),
    personKey: z.string().min(1).optional(),
    editKeyHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    schoolRole: z.enum(SCHOOL_ROLES).optional(),
    learnWhat: z.string().max(NEEDS_LIMITS.learnWhat),
    learningQuestion: z.string().min(1).max(NEEDS_LIMITS.learningQuestion).optional(),
    themes: z.array(z.string().min(1).max(40)).max(20),
    otherTheme: z.string().min(1).max(NEEDS_LIMITS.otherTheme).optional(),
    ways: z.array(z.string().min(1).max(40)).max(20),
    position: z.object({ now: needsPosition, wanted: needsPosition }),
    createdAt: z.string().min(10),
    updatedAt: z.string().min(10),
  })
  .refine(
    (a) =>
      a.anonymous
        ? a.personKey === undefined && a.schoolRole === undefined && a.editKeyHash !== undefined && day.safeParse(a.createdAt).success && day.safeParse(a.updatedAt).success
        : a.personKey !== undefined && a.editKeyHash === undefined,
    { message: 'an anonymous needs answer carries no person key or role, has an edit-key hash and day-only dates; a named one has a person key and no hash' },
  ) satisfies z.ZodType<NeedsAnswer>;

const weekPeriod = z.object({ weekday: z.number().int().min(1).max(5), period: z.number().int().min(1).max(8) });
const themeId = z.string().min(1).max(40);

/** A visit request. */
export const visitRequestSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  visitorKey: z.string().min(1),
  learningQuestion: z.string().max(VISIT_LIMITS.learningQuestion),
  themes: z.array(themeId).max(20),
  lens: z.enum(VISIT_LENSES),
  lensOwn: z.string().max(VISIT_LIMITS.lensOwn).optional(),
  form: z.enum(VISIT_FORMS),
  scope: z.enum(VISIT_SCOPES),
  free: z.array(weekPeriod).max(40),
  fromDate: day,
  toDate: day,
  trio: z.boolean(),
  status: z.enum(['open', 'matched', 'withdrawn']),
  passedHosts: z.array(z.string().min(1)),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<VisitRequest>;

/** A host offer. */
export const hostOfferSchema = z.object({
  groupId: z.string().min(1),
  personKey: z.string().min(1),
  themes: z.array(themeId).max(20),
  show: z.string().max(VISIT_LIMITS.show),
  periods: z.array(weekPeriod).max(40),
  maxVisitors: z.number().int().min(1).max(VISIT_LIMITS.maxVisitors),
  paused: z.boolean(),
  pausedUntil: day.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<HostOffer>;

const visitSlot = z.object({ date: day, periods: z.array(z.number().int().min(1).max(8)).min(1).max(8), start: isoInstant, end: isoInstant });
const answers = z.record(z.string().max(40), z.string().max(VISIT_LIMITS.answer));

/** A visit. */
export const visitSchema = z.object({
  id: z.string().min(1),
  groupId: z.string().min(1),
  requestIds: z.array(z.string().min(1)).min(1).max(2),
  visitorKeys: z.array(z.string().min(1)).min(1).max(2),
  hostKey: z.string().min(1),
  form: z.enum(VISIT_FORMS),
  status: z.enum(VISIT_STATUSES),
  proposedSlots: z.array(visitSlot).max(3),
  proposedBy: z.string().min(1),
  slot: visitSlot.optional(),
  answerBy: isoInstant.optional(),
  cover: z.record(
    z.string(),
    z.object({ kind: z.enum(COVER_KINDS), note: z.string().max(VISIT_LIMITS.coverNote).optional(), recordedBy: z.string().min(1), recordedAt: isoInstant }),
  ),
  sequence: z.number().int().nonnegative(),
  icsToken: z.string().min(16),
  reasons: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('themes'), themes: z.array(themeId) }),
      z.object({ kind: z.literal('words'), words: z.array(z.string().max(60)) }),
      z.object({ kind: z.literal('other-school'), school: z.string().max(200).optional() }),
      z.object({ kind: z.literal('same-school') }),
      z.object({ kind: z.literal('reciprocal') }),
      z.object({ kind: z.literal('slots'), count: z.number().int().nonnegative() }),
    ]),
  ),
  reciprocal: z.boolean(),
  prep: z.record(z.string(), z.object({ answers, at: isoInstant })),
  reflections: z.record(z.string(), z.object({ answers, shared: z.boolean(), at: isoInstant })),
  cancelledBy: z.string().optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  confirmedAt: isoInstant.optional(),
}) satisfies z.ZodType<Visit>;

/** Every stored collection with the schema of its records: the data file's shape is derived from this one list. */
export const COLLECTION_SCHEMAS = {
  people: personSchema,
  addresses: addressSchema,
  inbox: inboxEntrySchema,
  groups: groupSchema,
  memberships: membershipSchema,
  moments: momentSchema,
  questions: questionSchema,
  agreements: agreementSchema,
  reminders: reminderSchema,
  drafts: draftSchema,
  customStarters: customStarterSchema,
  starterPosts: starterPostSchema,
  starterAnswers: starterAnswerSchema,
  reflections: reflectionSchema,
  downloads: downloadLinkSchema,
  needsRounds: needsRoundSchema,
  needsAnswers: needsAnswerSchema,
  visitRequests: visitRequestSchema,
  hostOffers: hostOfferSchema,
  visits: visitSchema,
} as const;
