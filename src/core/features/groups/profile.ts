import { IANAZone } from 'luxon';
import type { ActionHandler, Command, HandlerContext } from '../../app/context.js';
import type { Translate } from '../../i18n/translate.js';
import { button, type OutboundMessage } from '../../model/message.js';
import type { Person, QuietHours } from '../../ports/storage.js';
import { SCHOOL_ROLES, type SchoolRole } from './group.js';
import { parseClock } from './group-settings.js';

function quietText(q: QuietHours | undefined, t: Translate): string {
  return q ? `${q.start}–${q.end}${q.weekends ? t('quiet.weekend') : ''}` : t('profile.none');
}

/** The profile overview with an edit button. */
export function profileCard(person: Person, t: Translate): OutboundMessage {
  const facts = [
    { label: t('profile.name'), value: person.name ?? t('profile.none') },
    { label: t('profile.language'), value: t(`language.name.${person.language}`) },
    { label: t('profile.timeZone'), value: person.timeZone },
    { label: t('profile.school'), value: person.school ?? t('profile.none') },
    { label: t('profile.schoolRole'), value: person.schoolRole ? t(`schoolRole.${person.schoolRole}`) : t('profile.none') },
    { label: t('profile.quietHours'), value: quietText(person.quietHours, t) },
  ];
  return {
    text: [t('profile.title'), ...facts.map((f) => `${f.label}: ${f.value}`)].join('\n'),
    card: { title: t('profile.title'), blocks: [{ type: 'facts', facts }], actions: [button('profile.edit', t('profile.edit'))] },
  };
}

/** The profile form. */
export function profileForm(person: Person, t: Translate): OutboundMessage {
  return {
    text: t('profile.title'),
    card: {
      title: t('profile.title'),
      presentation: 'dialog',
      blocks: [
        { type: 'input', id: 'school', label: t('profile.school'), maxLength: 200, ...(person.school ? { value: person.school } : {}) },
        {
          type: 'choice',
          id: 'schoolRole',
          label: t('profile.schoolRole'),
          options: SCHOOL_ROLES.map((r) => ({ value: r, label: t(`schoolRole.${r}`) })),
          ...(person.schoolRole ? { value: person.schoolRole } : {}),
        },
        { type: 'input', id: 'timeZone', label: t('profile.timeZone'), value: person.timeZone, maxLength: 64, required: true },
        { type: 'input', id: 'quietStart', label: t('profile.quietStart'), placeholder: '20:00', maxLength: 5, ...(person.quietHours ? { value: person.quietHours.start } : {}) },
        { type: 'input', id: 'quietEnd', label: t('profile.quietEnd'), placeholder: '07:00', maxLength: 5, ...(person.quietHours ? { value: person.quietHours.end } : {}) },
        {
          type: 'choice',
          id: 'quietWeekend',
          label: t('profile.quietWeekend'),
          style: 'expanded',
          options: [
            { value: 'yes', label: t('profile.yes') },
            { value: 'no', label: t('profile.no') },
          ],
          value: person.quietHours?.weekends ? 'yes' : 'no',
        },
      ],
      actions: [button('profile.save', t('profile.save'), { style: 'primary' })],
    },
  };
}

const single = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();

async function save(ctx: HandlerContext, person: Person, message: string): Promise<void> {
  await ctx.deps.storage.people.save({ ...person, updatedAt: ctx.deps.clock.now().toISOString() });
  await ctx.reply({ text: message });
}

/** Parses `20:00-07:00 [weekend]` or `uit`/`off`/`désactivé`; undefined means "not understood". */
export function parseQuietHours(args: string): QuietHours | 'off' | undefined {
  const words = args.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 1 && ['uit', 'off', 'non', 'geen', 'none', 'désactivé', 'desactive', 'désactivée', 'desactivee'].includes(words[0]!)) return 'off';
  const range = /^([\d:.uh]+)\s*-\s*([\d:.uh]+)$/i.exec(words.filter((w) => !/^(weekend|week-end|wk)$/.test(w)).join(''));
  if (!range) return undefined;
  const start = parseClock(range[1]!);
  const end = parseClock(range[2]!);
  if (!start || !end || start === end) return undefined;
  return { start, end, weekends: words.some((w) => /^(weekend|week-end)$/.test(w)) };
}

/** `profiel` and `stil`. */
export const profileCommands: Command[] = [
  { words: ['profiel', 'profile', 'profil'], run: (ctx) => ctx.reply(profileCard(ctx.person, ctx.t)) },
  {
    words: ['stil', 'quiet', 'calme'],
    async run(ctx, args) {
      const parsed = parseQuietHours(args);
      if (!parsed) return ctx.reply({ text: ctx.t('quiet.usage') });
      if (parsed === 'off') {
        const { quietHours: _removed, ...rest } = ctx.person;
        return save(ctx, rest, ctx.t('quiet.off'));
      }
      return save(ctx, { ...ctx.person, quietHours: parsed }, ctx.t('quiet.set', { start: parsed.start, end: parsed.end, weekend: parsed.weekends ? ctx.t('quiet.weekend') : '' }));
    },
  },
];

/** The profile form's buttons. */
export const profileActions: ActionHandler[] = [
  { id: 'profile.edit', run: (ctx) => ctx.reply(profileForm(ctx.person, ctx.t)) },
  {
    id: 'profile.save',
    async run(ctx) {
      const inputs = ctx.event.inputs;
      const school = single(inputs['school']);
      const role = single(inputs['schoolRole']);
      const zone = single(inputs['timeZone']) || ctx.person.timeZone;
      const quietStart = single(inputs['quietStart']);
      const quietEnd = single(inputs['quietEnd']);
      if (school.length > 200) return ctx.reply({ text: ctx.t('profile.school.invalid') });
      if (!IANAZone.isValidZone(zone)) return ctx.reply({ text: ctx.t('profile.timeZone.invalid') });
      let quietHours: QuietHours | undefined;
      if (quietStart || quietEnd) {
        const parsed = parseQuietHours(`${quietStart}-${quietEnd}${single(inputs['quietWeekend']) === 'yes' ? ' weekend' : ''}`);
        if (!parsed || parsed === 'off') return ctx.reply({ text: ctx.t('quiet.usage') });
        quietHours = parsed;
      }
      const { school: _s, schoolRole: _r, quietHours: _q, ...base } = ctx.person;
      const next: Person = {
        ...base,
        timeZone: zone,
        ...(school ? { school } : {}),
        ...((SCHOOL_ROLES as readonly string[]).includes(role) ? { schoolRole: role as SchoolRole } : {}),
        ...(quietHours ? { quietHours } : {}),
      };
      return save(ctx, next, ctx.t('profile.saved'));
    },
  },
];
