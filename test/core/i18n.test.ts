import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGUAGES, t } from '../../src/core/index.js';
import { nl } from '../../src/core/i18n/nl.js';
import { groupsMessages } from '../../src/core/features/groups/groups-messages.js';
import { momentsMessages } from '../../src/core/features/moments/moments-messages.js';
import { needsMessages } from '../../src/core/features/needs/needs-messages.js';
import { remindersMessages } from '../../src/core/features/reminders/reminders-messages.js';
import { reflectionMessages } from '../../src/core/features/starters/reflection/reflection-messages.js';
import { resultsMessages } from '../../src/core/features/starters/results/results-messages.js';
import { startersMessages } from '../../src/core/features/starters/starters-messages.js';
import { VISITS_CATALOGS } from '../../src/core/features/visits/visits-messages.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogs', () => {
  const reference = CATALOGS.nl;
  for (const language of LANGUAGES) {
    it(`${language} has exactly the keys of the Dutch catalog, none empty`, () => {
      const catalog = CATALOGS[language];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, value] of Object.entries(catalog)) expect(value.trim(), key).not.toBe('');
    });
    it(`${language} uses the same placeholders as Dutch`, () => {
      for (const key of Object.keys(reference) as Array<keyof typeof reference>) {
        expect(placeholders(CATALOGS[language][key]), `${language}:${key}`).toEqual(placeholders(reference[key]));
      }
    });
  }
  it('no feature reuses a key of another catalog (merging would silently hide one text)', () => {
    const parts = [nl, groupsMessages.nl, momentsMessages.nl, remindersMessages.nl, startersMessages.nl, reflectionMessages.nl, resultsMessages.nl, needsMessages.nl, ...VISITS_CATALOGS.map((c) => c.nl)];
    const keys = parts.flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(CATALOGS.nl).length).toBe(keys.length);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nl', 'welcome.hello', { name: 'An' })).toBe('Hallo An!');
    expect(t('fr', 'welcome.hello')).toBe('Bonjour {name} !');
  });
});
