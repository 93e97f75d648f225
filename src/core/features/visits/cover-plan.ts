import type { ActionHandler, HandlerContext } from '../../app/context.js';
import type { ActionEvent } from '../../model/events.js';
import { namesText, slotText } from './answer-format.js';
import { readerOfCtx } from './answer-send.js';
import { confirmVisit } from './confirm-visit.js';
import { coverForm, readCoverValue } from './cover-form.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { nameOf, visitForPerson } from './visit-access.js';
import { COVER_KINDS, VISIT_LIMITS, type CoverKind, type Visit } from './visit.js';
import { tOf } from './visits-translate.js';
import { lineOf } from './visit-text.js';
import { statusLabel } from './host-answer.js';

/** Statuses in which a cover plan can still be recorded or changed. */
const COVERABLE = new Set<Visit['status']>(['proposed', 'accepted', 'confirmed']);

/**
 * The cover plan's submit (or, with `|form` in the value, the form itself): a visitor records who takes their class,
 * or a facilitator of the group does it for them. With a plan for every visitor, an accepted visit is confirmed.
 */
async function submitCover(ctx: HandlerContext<ActionEvent>): Promise<void> {
  const t = tOf(ctx);
  const parsed = readCoverValue(ctx.event.value);
  if (!parsed) return ctx.reply({ text: t('visits.notFound') });
  const found = await visitForPerson(ctx, parsed.visitId, { facilitatorToo: true });
  if (!found) return;
  const { visit, group } = found;
  const visitorKey = parsed.visitorKey ?? ctx.person.key;
  if (!visit.visitorKeys.includes(visitorKey)) return ctx.reply({ text: t('visits.cover.onlyVisitor') });
  if (visitorKey !== ctx.person.key) {
    // Someone else's plan: only a facilitator of the group may record it (visitForPerson let them see the visit).
    const membership = await ctx.deps.storage.memberships.get(group.id, ctx.person.key);
    if (!membership?.active || membership.role !== 'facilitator') return ctx.reply({ text: t('visits.cover.onlyVisitor') });
  }
  if (!COVERABLE.has(visit.status)) return ctx.reply({ text: t('visits.answer.notOpen', { status: statusLabel(t, visit.status) }) });
  const forOther = visitorKey !== ctx.person.key ? visitorKey : undefined;
  const visitorName = await nameOf(ctx.deps, visitorKey);
  // The form names the visit (a person may have more than one) and, for a confirmed visit, drops "confirmed once…".
  const r = readerOfCtx(ctx, group);
  const which = visit.slot
    ? t('visits.cover.which', { host: await nameOf(ctx.deps, visit.hostKey), when: slotText(visit.slot, r.zone, r.language) })
    : undefined;
  const intro = [forOther ? t('visits.cover.forOther', { name: visitorName }) : undefined, which].filter(Boolean).join('\n');
  const shape = { ...(intro ? { intro } : {}), ...(forOther ? { visitorKey } : {}), ...(visit.status === 'confirmed' ? { why: false } : {}) };
  const existing = visit.cover[visitorKey];
  if (parsed.open) {
    return ctx.reply(coverForm(t, visit.id, { ...shape, ...(existing ? { kind: existing.kind, note: existing.note ?? '' } : {}) }));
  }
  const kind = lineOf(ctx.event.inputs['cover']);
  const note = lineOf(ctx.event.inputs['coverNote']);
  const again = (error: string) => ctx.reply(coverForm(t, visit.id, { ...shape, kind, note, error }));
  if (!(COVER_KINDS as readonly string[]).includes(kind)) return again(t('visits.cover.pickKind'));
  if (note.length > VISIT_LIMITS.coverNote) return again(t('visits.cover.noteTooLong', { max: VISIT_LIMITS.coverNote, length: note.length }));
  if (kind === 'other' && note === '') return again(t('visits.cover.otherNeedsNote'));

  const now = ctx.deps.clock.now().toISOString();
  const updated: Visit = {
    ...visit,
    cover: { ...visit.cover, [visitorKey]: { kind: kind as CoverKind, ...(note ? { note } : {}), recordedBy: ctx.person.key, recordedAt: now } },
    updatedAt: now,
  };
  await ctx.deps.storage.visits.save(updated);
  ctx.deps.logger.info('visits: cover plan recorded', { visitId: visit.id, byFacilitator: !!forOther });
  const missing = updated.visitorKeys.filter((k) => !updated.cover[k]);
  if (updated.status === 'accepted' && missing.length === 0) {
    // A visit confirmed before (then moved) is confirmed "again, at the new time".
    await confirmVisit(ctx.deps, updated, group, updated.confirmedAt ? 'moved' : 'new');
    return ctx.reply({ text: t(forOther ? 'visits.cover.savedForConfirmed' : 'visits.cover.savedConfirmed', { name: visitorName }) });
  }
  if (updated.status === 'accepted') {
    const names = namesText(await Promise.all(missing.map((k) => nameOf(ctx.deps, k))), t);
    return ctx.reply({ text: t('visits.cover.savedWaiting', { names }) });
  }
  return ctx.reply({ text: t('visits.cover.updated') });
}

/** The cover plan form and the confirmation it leads to. */
export const coverActions: ActionHandler[] = [{ id: VISIT_ACTIONS.coverSubmit, run: submitCover }];
