/**
 * Collegial visits (hospiteren, collegiale consultatie, collegiale visitatie): a visitor's request, a host's offer,
 * and the visit that grows from them. Themes are the needs taxonomy's (NEEDS_THEMES), so needs and visits speak
 * the same language.
 */

/** What the visitor wants to look at (Flexio handbook: didactics/approach, the teacher–pupil relationship, or their own focus). */
export const VISIT_LENSES = ['methods', 'relationship', 'own'] as const;
/** One of VISIT_LENSES. */
export type VisitLens = (typeof VISIT_LENSES)[number];

/** The forms a visit can take. `other-school` needs a half-day; the others one lesson period. */
export const VISIT_FORMS = ['observe', 'consultation', 'other-school', 'co-teaching', 'shadowing'] as const;
/** One of VISIT_FORMS. */
export type VisitForm = (typeof VISIT_FORMS)[number];

/** Where the visitor looks for a host: their own school only, or anywhere in the group (a learning network). */
export const VISIT_SCOPES = ['own-school', 'network'] as const;
/** One of VISIT_SCOPES. */
export type VisitScope = (typeof VISIT_SCOPES)[number];

/** Who takes the visitor's class while they are away. */
export const COVER_KINDS = ['student-teacher', 'co-teacher', 'care-coordinator', 'other', 'not-needed'] as const;
/** One of COVER_KINDS. */
export type CoverKind = (typeof COVER_KINDS)[number];

/** Lesson periods of a school day (1–8); a half-day is four of them. */
export const PERIODS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** Weekdays a visit can fall on: 1 = Monday … 5 = Friday (ISO weekday numbers, as luxon uses). */
export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
/** The periods of each half-day. */
export const HALF_DAYS = { am: [1, 2, 3, 4], pm: [5, 6, 7, 8] } as const;

/**
 * The default timetable (local wall-clock times of a Flemish secondary school, 50-minute periods).
 * Schools differ by a few minutes; a visit's times are shown as "period 3 (10:20–11:10)" so the period number is
 * what people agree on. Wednesday afternoon has no classes in Flanders, so it offers no periods.
 */
export const DEFAULT_TIMETABLE: ReadonlyArray<{ period: number; start: string; end: string }> = [
  { period: 1, start: '08:25', end: '09:15' },
  { period: 2, start: '09:15', end: '10:05' },
  { period: 3, start: '10:20', end: '11:10' },
  { period: 4, start: '11:10', end: '12:00' },
  { period: 5, start: '13:00', end: '13:50' },
  { period: 6, start: '13:50', end: '14:40' },
  { period: 7, start: '14:55', end: '15:45' },
  { period: 8, start: '15:45', end: '16:35' },
];

/** One period in the school week: e.g. Tuesday (2), period 3. */
export interface WeekPeriod {
  weekday: number;
  period: number;
}

/** A teacher's request to visit a colleague, from their own learning question. */
export interface VisitRequest {
  id: string;
  groupId: string;
  visitorKey: string;
  /** The visitor's own learning question or focus. */
  learningQuestion: string;
  /** NEEDS_THEMES ids the question is about. */
  themes: string[];
  lens: VisitLens;
  /** The visitor's own lens, when `lens` is `own`. */
  lensOwn?: string;
  form: VisitForm;
  scope: VisitScope;
  /** When the visitor is free (their free periods, or whole half-days expanded to periods). */
  free: WeekPeriod[];
  /** First and last day (yyyy-MM-dd, group zone) the visit may fall on. */
  fromDate: string;
  toDate: string;
  /** The visitor is open to visiting together with a second visitor (a trio). */
  trio: boolean;
  /** `open`: looking for a host; `matched`: a visit was confirmed; `withdrawn`: the visitor stopped it. */
  status: 'open' | 'matched' | 'withdrawn';
  /** Hosts who declined or never answered this request: not suggested for it again. */
  passedHosts: string[];
  createdAt: string;
  updatedAt: string;
}

/** A member's offer to host visitors in their class; one per person per group. */
export interface HostOffer {
  groupId: string;
  personKey: string;
  /** NEEDS_THEMES ids the host can show something about. */
  themes: string[];
  /** What they can show, in their own words. */
  show: string;
  /** The periods in which visitors are welcome (periods they teach). */
  periods: WeekPeriod[];
  /** How many visitors at once (1–3). */
  maxVisitors: number;
  /** Paused offers are not suggested; `pausedUntil` (yyyy-MM-dd) ends the pause by itself. */
  paused: boolean;
  pausedUntil?: string;
  createdAt: string;
  updatedAt: string;
}

/** A concrete time for a visit: a school day and a run of consecutive periods. */
export interface VisitSlot {
  /** yyyy-MM-dd in the group's zone. */
  date: string;
  periods: number[];
  /** ISO instants of the first period's start and the last period's end. */
  start: string;
  end: string;
}

/** Why a host was suggested; shown to the visitor. */
export type MatchReason =
  | { kind: 'themes'; themes: string[] }
  | { kind: 'words'; words: string[] }
  | { kind: 'other-school'; school?: string }
  | { kind: 'same-school' }
  | { kind: 'reciprocal' }
  | { kind: 'slots'; count: number };

/** Who takes the class, recorded before a visit is confirmed. Never holds pupil data. */
export interface CoverPlan {
  kind: CoverKind;
  /** Free text (e.g. "Sara, 3rd-year student-teacher"), at most 300 characters. */
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

/** One side's answers to the preparation questions, shared with the other side. */
export interface VisitPrep {
  answers: Record<string, string>;
  at: string;
}

/** One side's reflection after the visit: private to visitor and host unless `shared`. */
export interface VisitReflection {
  answers: Record<string, string>;
  shared: boolean;
  at: string;
}

/**
 * Where a visit stands.
 * `proposed`: the host is asked to pick one of `proposedSlots` (or the visitor, after a counter-proposal);
 * `accepted`: a slot is agreed, the cover plan is missing; `confirmed`: cover recorded, on the calendar;
 * `done`: it took place; `not-happened`: it did not (does not count as a pair);
 * `declined`, `expired` (the host never answered) and `cancelled` end it.
 */
export const VISIT_STATUSES = ['proposed', 'accepted', 'confirmed', 'done', 'not-happened', 'declined', 'expired', 'cancelled'] as const;
/** One of VISIT_STATUSES. */
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Statuses in which a visit still holds a time or waits for an answer. */
export const ACTIVE_VISIT_STATUSES: readonly VisitStatus[] = ['proposed', 'accepted', 'confirmed'];

/** A visit: one host, one or two visitors (a trio), one slot. */
export interface Visit {
  id: string;
  groupId: string;
  /** The request(s) it answers, one per visitor, in the order of `visitorKeys`. */
  requestIds: string[];
  visitorKeys: string[];
  hostKey: string;
  form: VisitForm;
  status: VisitStatus;
  /** The slots on offer while `proposed` (at most three). */
  proposedSlots: VisitSlot[];
  /** Who made the current proposal: a visitor, or the host with a counter-proposal; the other side answers. */
  proposedBy: string;
  /** The agreed slot (from `accepted` on). */
  slot?: VisitSlot;
  /** While `proposed`: ISO instant by which the other side should answer (three school days). */
  answerBy?: string;
  /** Cover plan per visitor key; confirmation needs one for every visitor. */
  cover: Record<string, CoverPlan>;
  /** Raised on every change of slot or status that calendars must see (iCalendar SEQUENCE, reminder versions). */
  sequence: number;
  icsToken: string;
  reasons: MatchReason[];
  /** The host would like to visit the visitor back. */
  reciprocal: boolean;
  prep: Record<string, VisitPrep>;
  reflections: Record<string, VisitReflection>;
  cancelledBy?: string;
  createdAt: string;
  updatedAt: string;
  confirmedAt?: string;
}

/** A group's rules for visits; facilitators change them with `bezoek instellingen`. */
export interface VisitSettings {
  /** At most this many teachers of one school away in the same period. */
  maxAwayPerSchool: number;
  /** The same host and visitor are not matched again within this many days (visits that did not happen do not count). */
  pairWindowDays: number;
  /** Weeks after the visit for the visitor's try-out check-in. */
  checkInWeeks: number;
  /** Visits per member per term the overview measures against. */
  targetPerTerm: number;
  /** Also tell the director of the visitor's school (a member with school role `director`) when a visit is confirmed. */
  informDirector: boolean;
  /** School days the host has to answer before the visitor is offered the next suggestion. */
  hostAnswerSchoolDays: number;
  /** How many weeks ahead slots are looked for by default. */
  horizonWeeks: number;
}

/** Defaults of VisitSettings. */
export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  maxAwayPerSchool: 2,
  pairWindowDays: 120,
  checkInWeeks: 4,
  targetPerTerm: 1,
  informDirector: false,
  hostAnswerSchoolDays: 3,
  horizonWeeks: 6,
};

/** Limits of visit texts and numbers. */
export const VISIT_LIMITS = {
  learningQuestion: 500,
  lensOwn: 200,
  show: 500,
  coverNote: 300,
  answer: 1500,
  maxVisitors: 3,
  maxSettings: { maxAwayPerSchool: 20, pairWindowDays: 730, checkInWeeks: 26, targetPerTerm: 20, hostAnswerSchoolDays: 15, horizonWeeks: 26 },
} as const;

/** The settings of a group, with defaults for what it never set. */
export const visitSettingsOf = (group: { visitSettings?: Partial<VisitSettings> }): VisitSettings => ({ ...DEFAULT_VISIT_SETTINGS, ...group.visitSettings });

/** The school a person counts for in capacity checks: their profile's school, or the group itself when unknown. */
export const schoolKey = (person: { school?: string } | undefined, groupId: string): string => person?.school?.trim().toLowerCase() || `group:${groupId}`;
