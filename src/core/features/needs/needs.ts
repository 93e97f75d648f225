import type { SchoolRole } from '../groups/group.js';
import type { LocalizedText } from '../starters/starter.js';

/** The themes of a needs round (after the taxonomy in shared/domain, Flexio handbook §5.4); `other` goes with a free text. */
export const NEEDS_THEMES = [
  { id: 'differentiation', label: { nl: 'Differentiatie en klaspraktijk', en: 'Differentiation and classroom practice', fr: 'Différenciation et pratique de classe' } },
  { id: 'diversity-inclusion', label: { nl: 'Diversiteit en inclusie', en: 'Diversity and inclusion', fr: 'Diversité et inclusion' } },
  { id: 'multilingualism', label: { nl: 'Meertaligheid', en: 'Multilingualism', fr: 'Plurilinguisme' } },
  { id: 'care-guidance', label: { nl: 'Zorg en leerlingenbegeleiding', en: 'Care and pupil guidance', fr: 'Accompagnement des élèves' } },
  { id: 'collaboration-coteaching', label: { nl: 'Samenwerken en co-teaching', en: 'Collaboration and co-teaching', fr: 'Collaboration et co-enseignement' } },
  { id: 'conversations', label: { nl: 'Gesprekken met leerlingen en ouders', en: 'Conversations with pupils and parents', fr: 'Dialogue avec les élèves et les parents' } },
  { id: 'role-organisation', label: { nl: 'Rol en organisatie', en: 'Role and organisation', fr: 'Rôle et organisation' } },
  { id: 'workable-work', label: { nl: 'Werkbaar werk en zelfzorg', en: 'Workable work and self-care', fr: 'Travail soutenable et soin de soi' } },
  { id: 'starting', label: { nl: 'Starten in het beroep', en: 'Starting in the job', fr: 'Débuter dans le métier' } },
  { id: 'professional-growth', label: { nl: 'Professionele groei', en: 'Professional growth', fr: 'Développement professionnel' } },
  { id: 'other', label: { nl: 'Iets anders', en: 'Something else', fr: 'Autre chose' } },
] as const satisfies ReadonlyArray<{ id: string; label: LocalizedText }>;

/** One theme id. */
export type NeedsThemeId = (typeof NEEDS_THEMES)[number]['id'];

/** The ways of learning a member can prefer. */
export const NEEDS_WAYS = [
  { id: 'observing', label: { nl: 'Bij een collega gaan kijken', en: 'Observing a colleague', fr: 'Observer un·e collègue' } },
  { id: 'co-teaching', label: { nl: 'Co-teaching', en: 'Co-teaching', fr: 'Co-enseignement' } },
  { id: 'intervision', label: { nl: 'Collegiale consultatie of intervisie', en: 'Peer consultation or intervision', fr: 'Consultation entre pairs ou intervision' } },
  { id: 'learning-network', label: { nl: 'Een lerend netwerk', en: 'A learning network', fr: 'Un réseau d’apprentissage' } },
  { id: 'course', label: { nl: 'Een opleiding of nascholing', en: 'A course', fr: 'Une formation' } },
  { id: 'practice-research', label: { nl: 'Praktijkonderzoek', en: 'Practice-based research', fr: 'Recherche sur la pratique' } },
  { id: 'reading', label: { nl: 'Lezen', en: 'Reading', fr: 'Lecture' } },
] as const satisfies ReadonlyArray<{ id: string; label: LocalizedText }>;

/** One way-of-learning id. */
export type NeedsWayId = (typeof NEEDS_WAYS)[number]['id'];

/** Positioning (Flexio handbook, step 3): learning on-site ↔ off-site. */
export const NEEDS_PLACES = ['on-site', 'both', 'off-site'] as const;
/** Positioning: informal ↔ formal. */
export const NEEDS_FORMS = ['informal', 'both', 'formal'] as const;

/** Where a member stands (or wants to stand) on the two dimensions. */
export interface NeedsPosition {
  place: (typeof NEEDS_PLACES)[number];
  form: (typeof NEEDS_FORMS)[number];
}

/** Limits of a needs answer. */
export const NEEDS_LIMITS = { learnWhat: 2000, otherTheme: 200, learningQuestion: 500, maxWeeks: 8, reminders: 2 } as const;

/** A needs round of one group: open until `closesAt`, then closed. */
export interface NeedsRound {
  id: string;
  groupId: string;
  /** Person key of the facilitator who started it. */
  createdBy: string;
  status: 'open' | 'closed';
  /** ISO instant. */
  closesAt: string;
  allowAnonymous: boolean;
  /**
   * Reminder rounds covered per member (person key → 0..2). Counts only, never linked to answers: a member who
   * answered anonymously is still counted here as not having answered.
   */
  remindersSent: Record<string, number>;
  /** Salted hashes of who answered anonymously: one anonymous answer per person, never which one is theirs. */
  anonymousMarks?: string[];
  /** Random salt of `anonymousMarks`. */
  anonymousSalt?: string;
  createdAt: string;
  closedAt?: string;
}

/**
 * One member's needs. An anonymous answer has no personKey, no school role and only day-precision
 * timestamps; the hash of an edit secret that only its author received is the one way back to it.
 */
export interface NeedsAnswer {
  id: string;
  roundId: string;
  groupId: string;
  anonymous: boolean;
  /** Named answers only. */
  personKey?: string;
  /** Anonymous answers only: SHA-256 (hex) of the author's edit secret. */
  editKeyHash?: string;
  /** Named answers only: the profile's role in school when the answer was saved. */
  schoolRole?: SchoolRole;
  /** What do you want to learn (may be empty when themes were chosen). */
  learnWhat: string;
  /** The accepted or edited rephrasing of a help question as a learning question. */
  learningQuestion?: string;
  themes: string[];
  otherTheme?: string;
  ways: string[];
  position: { now: NeedsPosition; wanted: NeedsPosition };
  /** Named: ISO instant; anonymous: yyyy-MM-dd in the group's zone. */
  createdAt: string;
  updatedAt: string;
}
