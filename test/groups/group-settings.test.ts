import { describe, expect, it } from 'vitest';
import { formatLeadTimes } from '../../src/core/features/groups/group-settings.js';
import { parseQuietHours } from '../../src/core/features/groups/profile.js';

describe('lead times in words', () => {
  it('writes them out per language, with "and" before the last one', () => {
    const leads = [7 * 1440, 1440, 60];
    expect(formatLeadTimes(leads, 'nl')).toBe('7 dagen, 1 dag en 1 uur');
    expect(formatLeadTimes(leads, 'en')).toBe('7 days, 1 day and 1 hour');
    expect(formatLeadTimes(leads, 'fr')).toBe('7 jours, 1 jour et 1 heure');
    expect(formatLeadTimes([12 * 60], 'nl')).toBe('12 uur');
    expect(formatLeadTimes([2 * 60, 30], 'en')).toBe('2 hours and 30 minutes');
  });
});

describe('quiet hours off', () => {
  it('understands the French "désactivé", with or without accents', () => {
    expect(parseQuietHours('désactivé')).toBe('off');
    expect(parseQuietHours('desactive')).toBe('off');
    expect(parseQuietHours('off')).toBe('off');
  });
});
