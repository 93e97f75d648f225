/** Where in a group's learning cycle a starter fits. */
export const STARTER_PHASES = ['getting-started', 'needs', 'trying-out', 'reflecting', 'collegial-visit', 'sharing', 'closing-year'] as const;

/** One of STARTER_PHASES. */
export type StarterPhase = (typeof STARTER_PHASES)[number];

/** Who a starter is written for. */
export const STARTER_AUDIENCES = ['everyone', 'teachers', 'student-teachers', 'facilitators', 'care-staff'] as const;

/** One of STARTER_AUDIENCES. */
export type StarterAudience = (typeof STARTER_AUDIENCES)[number];

/** A text in each language Leerkring speaks. */
export interface LocalizedText {
  nl: string;
  en: string;
  fr: string;
}

/** A conversation starter from Leerkring's own library (written by us; outside material is only linked). */
export interface LibraryStarter {
  /** Stable, kebab-case, e.g. `appreciative-opener`. */
  id: string;
  phase: StarterPhase;
  audience: StarterAudience;
  /** Lower-case Dutch tags used for filtering, e.g. `differentiatie`, `welbevinden`. */
  tags: string[];
  title: LocalizedText;
  /** One or two sentences that frame the questions. */
  intro: LocalizedText;
  /** One to five questions, asked one at a time in guided reflection. */
  questions: LocalizedText[];
  /** Further reading: links only, never copied text. */
  links?: Array<{ label: LocalizedText; url: string }>;
}

/** A starter a facilitator wrote for their own group, in one language. */
export interface CustomStarter {
  id: string;
  groupId: string;
  language: 'nl' | 'en' | 'fr';
  phase: StarterPhase;
  tags: string[];
  title: string;
  intro?: string;
  questions: string[];
  status: 'active' | 'retired';
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** Limits for custom starters (the library follows them too). */
export const STARTER_LIMITS = { title: 120, intro: 500, question: 300, questions: 5, tags: 8, tag: 30 } as const;

/** A starter posted (or to be posted) to a group's channel; answers belong to a post. */
export interface StarterPost {
  id: string;
  groupId: string;
  /** A library id, or the id of the group's custom starter. */
  starterId: string;
  source: 'library' | 'custom';
  allowAnonymous: boolean;
  status: 'scheduled' | 'posted' | 'closed';
  /** When a scheduled post goes out (ISO instant). */
  scheduledFor?: string;
  postedAt?: string;
  /** Posts planned together (one a week until the next moment) share a series id. */
  seriesId?: string;
  /** When the bot suggested nudging quiet members to the facilitator; at most once per post. */
  nudgeSuggestedAt?: string;
  /**
   * Salted hashes of the people who answered anonymously: so one person cannot answer anonymously twice (and push
   * a post past the summary threshold), without any link between a person and which anonymous answer is theirs.
   */
  anonymousMarks?: string[];
  /** Random salt of `anonymousMarks`. */
  anonymousSalt?: string;
  createdBy: string;
  createdAt: string;
}

/**
 * One person's answers to a post. An anonymous answer has no personKey and nothing else that
 * leads to its author: only a hash of a secret the author alone received lets them edit or delete it.
 */
export interface StarterAnswer {
  id: string;
  postId: string;
  groupId: string;
  anonymous: boolean;
  /** Set only for named answers. */
  personKey?: string;
  /** Set only for anonymous answers: SHA-256 (hex) of the author's edit secret. */
  editKeyHash?: string;
  /** One entry per question of the starter; empty string when skipped. */
  texts: string[];
  /** Named answers keep the instant; anonymous ones only the day, so timing cannot single out the author. */
  createdAt: string;
  updatedAt: string;
}

/** A person's progress through a guided reflection, persisted so they can come back days later. */
export interface Reflection {
  postId: string;
  personKey: string;
  /** The question shown now (0-based); equals the number of questions when all are done. */
  index: number;
  /** One entry per question; null while not answered, '' when skipped. */
  texts: Array<string | null>;
  status: 'active' | 'finished' | 'stopped';
  /** What the person chose at the end. */
  sharedAs?: 'named' | 'anonymous' | 'private';
  startedAt: string;
  updatedAt: string;
}

/** A short-lived, unguessable download link (CSV exports). */
export interface DownloadLink {
  token: string;
  kind: 'starter-answers' | 'needs-answers' | 'visits-overview';
  subjectId: string;
  groupId: string;
  createdBy: string;
  expiresAt: string;
}
