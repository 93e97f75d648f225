import { VISIT_LIMITS, type VisitSettings } from './visit.js';

/** A setting that takes a whole number. */
export type NumberSetting = Exclude<keyof VisitSettings, 'informDirector'>;

/** The settings in the order people see them. */
export const SETTING_ORDER: ReadonlyArray<keyof VisitSettings> = ['maxAwayPerSchool', 'pairWindowDays', 'checkInWeeks', 'targetPerTerm', 'informDirector', 'hostAnswerSchoolDays', 'horizonWeeks'];

/** The lowest value of each number setting (the highest is VISIT_LIMITS.maxSettings), as the record schema checks. */
export const SETTING_MIN: Record<NumberSetting, number> = { maxAwayPerSchool: 1, pairWindowDays: 0, checkInWeeks: 1, targetPerTerm: 0, hostAnswerSchoolDays: 1, horizonWeeks: 1 };

/** The words for each setting in nl, en and fr (lower case, accents optional). */
export const SETTING_WORDS: Record<keyof VisitSettings, readonly string[]> = {
  maxAwayPerSchool: ['max', 'maximum'],
  pairWindowDays: ['venster', 'window', 'fenêtre', 'fenetre'],
  checkInWeeks: ['opvolging', 'checkin', 'check-in', 'suivi'],
  targetPerTerm: ['doel', 'target', 'objectif'],
  informDirector: ['directeur', 'director', 'direction', 'directie'],
  hostAnswerSchoolDays: ['antwoord', 'answer', 'réponse', 'reponse'],
  horizonWeeks: ['vooruit', 'horizon'],
};

const ON = ['aan', 'ja', 'on', 'yes', 'oui'];
const OFF = ['uit', 'nee', 'off', 'no', 'non'];

/** Why a settings line could not be read. */
export type SettingsError =
  | { kind: 'unknown'; word: string }
  | { kind: 'range'; setting: NumberSetting; input: string; min: number; max: number }
  | { kind: 'onOff'; setting: 'informDirector'; input: string };

/** Reads `max 2 venster 90 directeur aan`: pairs of a setting word and a value. */
export function parseSettings(args: string): { ok: true; changes: Partial<VisitSettings> } | { ok: false; error: SettingsError } {
  // Commas and semicolons separate pairs as naturally as spaces do (the hint shows "max 2, venster 90").
  const words = args.trim().toLowerCase().split(/[\s,;]+/).filter((w) => w !== '');
  const changes: Partial<VisitSettings> = {};
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i]!;
    const setting = SETTING_ORDER.find((s) => SETTING_WORDS[s].includes(word));
    if (!setting) return { ok: false, error: { kind: 'unknown', word } };
    const input = words[i + 1] ?? '';
    if (setting === 'informDirector') {
      if (ON.includes(input)) changes.informDirector = true;
      else if (OFF.includes(input)) changes.informDirector = false;
      else return { ok: false, error: { kind: 'onOff', setting, input } };
      continue;
    }
    const min = SETTING_MIN[setting];
    const max = VISIT_LIMITS.maxSettings[setting];
    const value = /^\d{1,4}$/.test(input) ? Number(input) : NaN;
    if (!(value >= min && value <= max)) return { ok: false, error: { kind: 'range', setting, input, min, max } };
    changes[setting] = value;
  }
  return { ok: true, changes };
}
