import { describe, expect, it } from 'vitest';
import { CLOSING_YEAR_STARTERS } from '../../../src/core/features/starters/library/closing-year.js';
import { COLLEGIAL_VISIT_STARTERS } from '../../../src/core/features/starters/library/collegial-visit.js';
import { GETTING_STARTED_STARTERS } from '../../../src/core/features/starters/library/getting-started.js';
import { LIBRARY, LIBRARY_BY_PHASE, LIBRARY_TAGS, findLibraryStarter } from '../../../src/core/features/starters/library/index.js';
import { NEEDS_STARTERS } from '../../../src/core/features/starters/library/needs.js';
import { REFLECTING_STARTERS } from '../../../src/core/features/starters/library/reflecting.js';
import { SHARING_STARTERS } from '../../../src/core/features/starters/library/sharing.js';
import { TRYING_OUT_STARTERS } from '../../../src/core/features/starters/library/trying-out.js';
import {
  STARTER_AUDIENCES,
  STARTER_LIMITS,
  STARTER_PHASES,
  type LibraryStarter,
  type LocalizedText,
  type StarterAudience,
  type StarterPhase,
} from '../../../src/core/features/starters/starter.js';

const LANGS = ['nl', 'en', 'fr'] as const;
type Lang = (typeof LANGS)[number];

/** The phrase a question uses when it touches pupils, per language. */
const NO_NAMES: Record<Lang, string> = { nl: 'zonder namen', en: 'without names', fr: 'sans noms' };

/** The small, deliberate tag vocabulary: a new tag is a conscious choice, made here. */
const TAG_VOCABULARY = new Set([
  'afspraken',
  'co-teaching',
  'delen',
  'differentiatie',
  'diversiteit',
  'evaluatie',
  'feedback',
  'gelijke-kansen',
  'hospiteren',
  'jaarplanning',
  'leervraag',
  'leerlingenbegeleiding',
  'lerarentekort',
  'lerend-netwerk',
  'meertaligheid',
  'mentoraat',
  'observatie',
  'onthaal',
  'ouders',
  'procesbegeleiding',
  'professionalisering',
  'samenwerking',
  'stage',
  'stappenplan',
  'starters',
  'tijd',
  'uitproberen',
  'visitatie',
  'waarderend',
  'welbevinden',
  'werkbaar-werk',
  'zelfzorg',
  'zorg',
]);

/** Tags and audiences that mark a starter as touching pupils' care or families: it must ask for answers without names. */
const SENSITIVE_TAGS = new Set(['zorg', 'leerlingenbegeleiding', 'ouders']);

/** Every localized text of a starter, labelled for failure messages. */
function textsOf(s: LibraryStarter): Array<{ where: string; text: LocalizedText; max: number }> {
  return [
    { where: `${s.id} title`, text: s.title, max: STARTER_LIMITS.title },
    { where: `${s.id} intro`, text: s.intro, max: STARTER_LIMITS.intro },
    ...s.questions.map((q, i) => ({ where: `${s.id} question ${i + 1}`, text: q, max: STARTER_LIMITS.question })),
    ...(s.links ?? []).map((l, i) => ({ where: `${s.id} link ${i + 1}`, text: l.label, max: STARTER_LIMITS.title })),
  ];
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];

const countBy = <K extends string>(keys: readonly K[], pick: (s: LibraryStarter) => K): Record<K, number> => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const s of LIBRARY) counts[pick(s)] += 1;
  return counts;
};

describe('starter library: shape and limits', () => {
  it('has at least 44 starters', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(44);
  });

  it('gives every starter a unique, kebab-case id', () => {
    const ids = LIBRARY.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has at least 4 starters in every phase and at least 3 for every audience', () => {
    const phases = countBy(STARTER_PHASES, (s) => s.phase);
    const audiences = countBy(STARTER_AUDIENCES, (s) => s.audience);
    for (const phase of STARTER_PHASES) expect(phases[phase], phase).toBeGreaterThanOrEqual(4);
    for (const audience of STARTER_AUDIENCES) expect(audiences[audience], audience).toBeGreaterThanOrEqual(3);
  });

  it('uses only known phases and audiences', () => {
    for (const s of LIBRARY) {
      expect(STARTER_PHASES, s.id).toContain(s.phase);
      expect(STARTER_AUDIENCES, s.id).toContain(s.audience);
    }
  });

  it('asks one to five questions per starter', () => {
    for (const s of LIBRARY) {
      expect(s.questions.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.questions.length, s.id).toBeLessThanOrEqual(STARTER_LIMITS.questions);
    }
  });

  it('has non-empty, trimmed texts in nl, en and fr within STARTER_LIMITS', () => {
    for (const s of LIBRARY) {
      for (const { where, text, max } of textsOf(s)) {
        expect(Object.keys(text).sort(), where).toEqual([...LANGS].sort());
        for (const lang of LANGS) {
          const value = text[lang];
          expect(typeof value, `${where} ${lang}`).toBe('string');
          expect(value.trim().length, `${where} ${lang} is empty`).toBeGreaterThan(0);
          expect(value, `${where} ${lang} has stray whitespace`).toBe(value.trim());
          expect(value, `${where} ${lang} has double spaces`).not.toMatch(/ {2}/);
          expect(value.length, `${where} ${lang} is too long`).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('keeps questions short enough to answer in a chat in two minutes', () => {
    for (const s of LIBRARY) {
      s.questions.forEach((q, i) => {
        for (const lang of LANGS) {
          expect(q[lang].length, `${s.id} question ${i + 1} ${lang}`).toBeLessThanOrEqual(200);
          expect(q[lang], `${s.id} question ${i + 1} ${lang} should end as a question or an instruction`).toMatch(/[?.]$/);
        }
      });
    }
  });

  it('frames each starter with an intro of one or two sentences', () => {
    for (const s of LIBRARY) {
      for (const lang of LANGS) {
        const sentences = s.intro[lang].split(/(?<=[.!?])\s+(?=[\p{Lu}«“])/u);
        expect(sentences.length, `${s.id} intro ${lang}: ${s.intro[lang]}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('uses lower-case tags from the shared vocabulary, within limits and without duplicates', () => {
    for (const s of LIBRARY) {
      expect(s.tags.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.tags.length, s.id).toBeLessThanOrEqual(STARTER_LIMITS.tags);
      expect(new Set(s.tags).size, `${s.id} repeats a tag`).toBe(s.tags.length);
      for (const tag of s.tags) {
        expect(tag, s.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(tag.length, `${s.id} ${tag}`).toBeLessThanOrEqual(STARTER_LIMITS.tag);
        expect(TAG_VOCABULARY.has(tag), `${s.id}: unknown tag "${tag}"; add it to the vocabulary on purpose or reuse one`).toBe(true);
      }
    }
  });

  it('has no two starters with the same title in any language', () => {
    for (const lang of LANGS) {
      const titles = LIBRARY.map((s) => s.title[lang].toLowerCase());
      expect(new Set(titles).size, lang).toBe(titles.length);
    }
  });

  it('links (if any) are https URLs with a label', () => {
    for (const s of LIBRARY) {
      for (const link of s.links ?? []) {
        expect(new URL(link.url).protocol, `${s.id} ${link.url}`).toBe('https:');
      }
    }
  });
});

describe('starter library: languages', () => {
  it('has genuinely different nl, en and fr texts (no untranslated copies)', () => {
    for (const s of LIBRARY) {
      for (const { where, text } of textsOf(s)) {
        const isShortProperNoun = (a: string, b: string): boolean => a === b && words(a).length <= 2 && /^\p{Lu}/u.test(a);
        for (const [a, b] of [
          ['nl', 'en'],
          ['nl', 'fr'],
          ['en', 'fr'],
        ] as const) {
          if (isShortProperNoun(text[a], text[b])) continue;
          expect(text[a], `${where}: ${a} and ${b} are identical`).not.toBe(text[b]);
          const wa = words(text[a]);
          const wb = new Set(words(text[b]));
          if (wa.length >= 6) {
            const shared = wa.filter((w) => wb.has(w)).length / wa.length;
            expect(shared, `${where}: ${a} and ${b} share too many words`).toBeLessThan(0.5);
          }
        }
      }
    }
  });

  it('speaks to the reader with "je" in Dutch and "vous" in French', () => {
    for (const s of LIBRARY) {
      for (const { where, text } of textsOf(s)) {
        expect(text.nl, `${where} nl uses the u-form`).not.toMatch(/(?<!\p{L})(?:u|uw|uzelf)(?!\p{L})/iu);
        expect(text.fr, `${where} fr uses tu`).not.toMatch(/(?<!\p{L})(?:tu|toi|ton|ta|tes|te)(?!\p{L})|(?<!\p{L})t['’]/iu);
      }
    }
  });
});

describe('starter library: privacy of pupils', () => {
  it('asks care, pupil-support and parent starters to answer without names, in the same question in every language', () => {
    const sensitive = LIBRARY.filter((s) => s.audience === 'care-staff' || s.tags.some((t) => SENSITIVE_TAGS.has(t)));
    expect(sensitive.length).toBeGreaterThanOrEqual(8);
    for (const s of sensitive) {
      expect(
        s.questions.some((q) => q.nl.includes(NO_NAMES.nl)),
        `${s.id} needs a question that says "${NO_NAMES.nl}"`,
      ).toBe(true);
    }
  });

  it('keeps the no-names phrase aligned across languages', () => {
    for (const s of LIBRARY) {
      s.questions.forEach((q, i) => {
        const present = LANGS.map((lang) => q[lang].includes(NO_NAMES[lang]));
        expect(new Set(present).size, `${s.id} question ${i + 1}: "without names" must appear in nl, en and fr alike`).toBe(1);
      });
    }
  });

  it('says "without names" whenever a question points at a single pupil', () => {
    const single: Record<Lang, RegExp> = {
      nl: /\b(?:een|welke|die|deze) leerling\b/i,
      en: /\b(?:a|which|that|this) pupil\b/i,
      fr: /(?<!\p{L})(?:un|quel|cet) élève(?!\p{L})/iu,
    };
    for (const s of LIBRARY) {
      s.questions.forEach((q, i) => {
        for (const lang of LANGS) {
          if (single[lang].test(q[lang])) expect(q[lang], `${s.id} question ${i + 1} ${lang}`).toContain(NO_NAMES[lang]);
        }
      });
    }
  });

  it('never asks for a name', () => {
    const asks: Record<Lang, RegExp> = { nl: /naam|namen/i, en: /\bnames?\b/i, fr: /\bnoms?\b/i };
    for (const s of LIBRARY) {
      s.questions.forEach((q, i) => {
        for (const lang of LANGS) {
          const rest = q[lang].split(NO_NAMES[lang]).join(' ');
          expect(rest, `${s.id} question ${i + 1} ${lang} mentions names outside "${NO_NAMES[lang]}"`).not.toMatch(asks[lang]);
        }
      });
    }
  });
});

describe('starter library: required themes', () => {
  const REQUIRED: Record<string, { phase?: StarterPhase; audience?: StarterAudience; tag?: string }> = {
    'appreciative-opener': { phase: 'getting-started', tag: 'waarderend' },
    'step-plan-part-1': { tag: 'stappenplan' },
    'step-plan-part-2': { tag: 'stappenplan' },
    'help-to-learning-question': { phase: 'needs', tag: 'leervraag' },
    'workable-work': { tag: 'werkbaar-werk' },
    'yearly-table': { phase: 'closing-year' },
    'visit-preparation': { phase: 'collegial-visit' },
    'visit-debrief': { phase: 'collegial-visit' },
    'tryout-check-in': { phase: 'trying-out' },
    'share-with-team': { phase: 'sharing' },
    'keep-stop-start': { phase: 'closing-year' },
    'student-teacher-arrival': { audience: 'student-teachers', tag: 'stage' },
    'student-teacher-tryout': { audience: 'student-teachers' },
    'student-teacher-closing': { audience: 'student-teachers' },
    'mentor-kickoff': { tag: 'mentoraat' },
    'mentor-reflection': { tag: 'mentoraat' },
    'care-continuum': { audience: 'care-staff', tag: 'zorg' },
    'care-case-consultation': { audience: 'care-staff', tag: 'zorg' },
    'newcomer-welcome': { tag: 'onthaal' },
    'newcomer-buddy': { tag: 'lerarentekort' },
    'onboarding-policy': { tag: 'lerarentekort' },
    'starter-check-in': { tag: 'starters' },
    'multilingual-classroom': { tag: 'meertaligheid' },
    'language-aware-lesson': { tag: 'meertaligheid' },
    'diversity-meaning': { tag: 'diversiteit' },
    'high-expectations': { tag: 'gelijke-kansen' },
    'differentiation-tryout': { tag: 'differentiatie' },
    'parent-conversation-prep': { tag: 'ouders' },
    'share-parent-experiences': { tag: 'ouders' },
    'feedback-on-teaching': { tag: 'feedback' },
    'pupil-feedback-tryout': { tag: 'feedback' },
    'wellbeing-check': { tag: 'welbevinden' },
  };

  it.each(Object.entries(REQUIRED))('includes %s', (id, expected) => {
    const s = findLibraryStarter(id);
    expect(s, id).toBeDefined();
    if (expected.phase) expect(s?.phase).toBe(expected.phase);
    if (expected.audience) expect(s?.audience).toBe(expected.audience);
    if (expected.tag) expect(s?.tags).toContain(expected.tag);
  });

  it('splits the six-question step plan over two starters of three questions', () => {
    expect(findLibraryStarter('step-plan-part-1')?.questions).toHaveLength(3);
    expect(findLibraryStarter('step-plan-part-2')?.questions).toHaveLength(3);
  });

  it('asks the yearly table about barriers, possibilities and actions', () => {
    const questions = findLibraryStarter('yearly-table')?.questions.map((q) => q.nl.toLowerCase()) ?? [];
    for (const word of ['barrières', 'mogelijkheden', 'acties']) expect(questions.some((q) => q.startsWith(word)), word).toBe(true);
  });

  it('covers the four dimensions of workable work', () => {
    expect(findLibraryStarter('workable-work')?.questions.length).toBeGreaterThanOrEqual(4);
  });
});

describe('starter library: index', () => {
  it('lists every starter in phase order, matching the per-phase files', () => {
    const files: Record<StarterPhase, readonly LibraryStarter[]> = {
      'getting-started': GETTING_STARTED_STARTERS,
      needs: NEEDS_STARTERS,
      'trying-out': TRYING_OUT_STARTERS,
      reflecting: REFLECTING_STARTERS,
      'collegial-visit': COLLEGIAL_VISIT_STARTERS,
      sharing: SHARING_STARTERS,
      'closing-year': CLOSING_YEAR_STARTERS,
    };
    for (const phase of STARTER_PHASES) {
      for (const s of files[phase]) expect(s.phase, `${s.id} lives in the ${phase} file`).toBe(phase);
      expect(LIBRARY_BY_PHASE[phase].map((s) => s.id)).toEqual(files[phase].map((s) => s.id));
    }
    expect(LIBRARY.map((s) => s.id)).toEqual(STARTER_PHASES.flatMap((p) => files[p].map((s) => s.id)));
  });

  it('finds starters by id', () => {
    for (const s of LIBRARY) expect(findLibraryStarter(s.id)).toBe(s);
    expect(findLibraryStarter('no-such-starter')).toBeUndefined();
    expect(findLibraryStarter('')).toBeUndefined();
  });

  it('exports the sorted, unique tags', () => {
    expect(LIBRARY_TAGS).toEqual([...new Set(LIBRARY.flatMap((s) => s.tags))].sort());
    expect(new Set(LIBRARY_TAGS).size).toBe(LIBRARY_TAGS.length);
  });

  it('cannot be changed at run time', () => {
    const s = LIBRARY[0];
    expect(s).toBeDefined();
    if (!s) return;
    expect(Object.isFrozen(LIBRARY)).toBe(true);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.tags)).toBe(true);
    expect(Object.isFrozen(s.title)).toBe(true);
    expect(() => {
      (s.tags as string[]).push('extra');
    }).toThrow(TypeError);
  });
});
