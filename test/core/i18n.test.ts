import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGUAGES, t } from '../../src/core/index.js';

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
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nl', 'welcome.hello', { name: 'An' })).toBe('Hallo An!');
    expect(t('fr', 'welcome.hello')).toBe('Bonjour {name} !');
  });
});
