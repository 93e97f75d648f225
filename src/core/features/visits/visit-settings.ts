import type { HandlerContext } from '../../app/context.js';
import type { MessageEvent } from '../../model/events.js';
import { text, type OutboundMessage } from '../../model/message.js';
import type { Group } from '../groups/group.js';
import { facilitatedGroup } from './overview-access.js';
import { parseSettings, SETTING_ORDER, type SettingsError } from './settings-parse.js';
import type { VisitsKey } from './visits-messages.js';
import type { VisitsT } from './visits-translate.js';
import { tOf } from './visits-translate.js';
import { countKey } from './slot-format.js';
import { visitSettingsOf, type VisitSettings } from './visit.js';

/** The settings card: every setting with its value, what it means, and how to change it. */
export function settingsMessage(t: VisitsT, group: Group, intro?: string): OutboundMessage {
  const settings = visitSettingsOf(group);
  const value = (key: keyof VisitSettings): string => {
    const v = settings[key];
    return typeof v === 'boolean' ? t(v ? 'visits.settings.on' : 'visits.settings.off') : String(v);
  };
  // On/off reads as its own sentence ("de directeur krijgt geen bericht"); numbers take singular or plural.
  const means = (key: keyof VisitSettings): string => {
    const v = settings[key];
    return typeof v === 'boolean'
      ? t(`visits.settings.means.${key}.${v ? 'on' : 'off'}` as VisitsKey)
      : t(countKey(`visits.settings.means.${key}`, v), { value: v });
  };
  const facts = SETTING_ORDER.map((key) => ({
    label: t(`visits.settings.label.${key}` as VisitsKey),
    value: `${value(key)} — ${means(key)}`,
  }));
  const title = t('visits.settings.title', { group: group.name });
  const example = t('visits.settings.example');
  const lines = facts.map((f) => `${f.label}: ${f.value}`);
  return {
    text: [intro, title, ...lines, example].filter(Boolean).join('\n'),
    card: { title, blocks: [...(intro ? [text(intro)] : []), { type: 'facts', facts }, text(example, true)] },
  };
}

function refusal(t: VisitsT, error: SettingsError): string {
  switch (error.kind) {
    case 'unknown':
      return t('visits.settings.unknown', { word: error.word });
    case 'onOff':
      return t('visits.settings.onOff', { input: error.input || '…' });
    case 'range':
      return t('visits.settings.range', { setting: t(`visits.settings.label.${error.setting}` as VisitsKey), input: error.input || '…', min: error.min, max: error.max });
  }
}

/** `bezoek instellingen [max 2 venster 90 …]`: shows the group's visit settings, or changes them (facilitators only). */
export async function changeVisitSettings(ctx: HandlerContext<MessageEvent>, args: string): Promise<void> {
  const group = await facilitatedGroup(ctx);
  if (!group) return;
  const t = tOf(ctx);
  if (args.trim() === '') return ctx.reply(settingsMessage(t, group));
  const read = parseSettings(args);
  if (!read.ok) return ctx.reply({ text: `${refusal(t, read.error)}\n${t('visits.settings.example')}` });
  const saved: Group = { ...group, visitSettings: { ...group.visitSettings, ...read.changes }, updatedAt: ctx.deps.clock.now().toISOString() };
  await ctx.deps.storage.groups.save(saved);
  ctx.deps.logger.info('visits: settings changed', { groupId: group.id, keys: Object.keys(read.changes).join(',') });
  return ctx.reply(settingsMessage(t, saved, t('visits.settings.saved', { group: group.name })));
}
