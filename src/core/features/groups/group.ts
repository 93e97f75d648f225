import type { VisitSettings } from '../visits/visit.js';

/** A person's role inside one group. Only facilitators change the group, its moments and its settings. */
export type GroupRole = 'facilitator' | 'member' | 'guest';

/** A person's role in their school (profile), used for representativeness and matching later. */
export const SCHOOL_ROLES = ['teacher', 'student-teacher', 'teacher-educator', 'pedagogical-adviser', 'care-coordinator', 'director', 'other'] as const;

/** One of SCHOOL_ROLES. */
export type SchoolRole = (typeof SCHOOL_ROLES)[number];

/** A group's own closed day (pedagogische studiedag, school trip…). */
export interface ClosedDay {
  date: string;
  reason: string;
}

/** A group's exam or otherwise blocked period, inclusive. */
export interface BlockedPeriod {
  from: string;
  to: string;
  reason: string;
}

/** How and when a group's members are reminded of moments. */
export interface ReminderSettings {
  /** Minutes before every moment (default 7 days and 1 day). */
  leadMinutes: number[];
  /** Extra minutes before online moments only (default 1 hour). */
  onlineLeadMinutes: number[];
  /** `direct`: a message to each member; `channel`: one post in the group's channel. */
  delivery: 'direct' | 'channel';
}

/** A PLG in one school or a learning network across schools, bound to one channel conversation. */
export interface Group {
  id: string;
  channel: string;
  tenantId: string;
  /** The Teams channel/group chat or Slack channel this group lives in. */
  conversationId: string;
  name: string;
  kind: 'plg' | 'network';
  timeZone: string;
  /** Whose school calendar applies: the Flemish ('vl') or the French Community ('fr'). */
  community: 'vl' | 'fr';
  learningQuestion?: string;
  reminders: ReminderSettings;
  closedDays: ClosedDay[];
  examPeriods: BlockedPeriod[];
  /** The group's own rules for collegial visits; defaults apply to what is not set. */
  visitSettings?: Partial<VisitSettings>;
  createdAt: string;
  updatedAt: string;
}

/** A person's place in a group. People who left stay as inactive, so their history keeps its meaning. */
export interface Membership {
  groupId: string;
  personKey: string;
  role: GroupRole;
  active: boolean;
  joinedAt: string;
  leftAt?: string;
}

/** Default reminder lead times: 7 days and 1 day before; 1 hour before online moments. */
export const DEFAULT_REMINDERS: ReminderSettings = { leadMinutes: [7 * 24 * 60, 24 * 60], onlineLeadMinutes: [60], delivery: 'direct' };
