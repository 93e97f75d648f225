import { z } from 'zod';
import type { CoreDeps, HandlerContext } from '../../app/context.js';
import { newId } from '../../model/ids.js';
import type { Draft } from '../../ports/storage.js';

/** A proposal older than this is refused: holidays, closed days or the group itself may have changed. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

/** Draft kinds of this feature. */
export const DRAFT_KIND = { plan: 'moment.plan', change: 'moment.change' } as const;

/** Stores a draft for the person (a new one, or replacing `id`); returns its id, the value of the buttons. */
export async function saveDraft(deps: CoreDeps, personKey: string, kind: string, data: Record<string, unknown>, id?: string): Promise<string> {
  const now = deps.clock.now();
  // Kept a week past their 24-hour use so a late click still gets a clear 'too old' answer, then dropped.
  const draft: Draft = { id: id ?? newId('drf'), personKey, kind, data, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 7 * DRAFT_TTL_MS).toISOString() };
  await deps.storage.drafts.save(draft);
  return draft.id;
}

/**
 * Loads a draft of `kind` that belongs to the person who clicked, still fresh and well-formed.
 * Otherwise answers why not (gone, someone else's, too old) and resolves undefined.
 */
export async function loadOwnDraft<T>(ctx: HandlerContext, id: string | undefined, kind: string, schema: z.ZodType<T>): Promise<{ draft: Draft; data: T } | undefined> {
  const draft = id ? await ctx.deps.storage.drafts.get(id) : undefined;
  const parsed = draft?.kind === kind ? schema.safeParse(draft.data) : undefined;
  if (!draft || !parsed?.success) {
    await ctx.reply({ text: ctx.t('moment.draft.gone') });
    return undefined;
  }
  if (draft.personKey !== ctx.person.key) {
    const owner = await ctx.deps.storage.people.get(draft.personKey);
    // Never name someone from another tenant; a foreign key cannot normally reach here at all.
    const name = owner && owner.tenantId === ctx.person.tenantId ? (owner.name ?? '?') : '?';
    await ctx.reply({ text: ctx.t('moment.draft.notYours', { name }) });
    return undefined;
  }
  if (ctx.deps.clock.now().getTime() - Date.parse(draft.createdAt) > DRAFT_TTL_MS) {
    await ctx.deps.storage.drafts.delete(draft.id);
    await ctx.reply({ text: ctx.t('moment.draft.stale') });
    return undefined;
  }
  return { draft, data: parsed.data };
}

const skippedSchema = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'free-day', 'group-closed', 'exam']),
  reason: z.object({ nl: z.string(), en: z.string(), fr: z.string() }),
});

/** Resolved moments as stored in a draft. */
export const proposalSchema = z.object({
  kind: z.enum(['single', 'series']),
  slots: z.array(z.object({ start: z.string(), end: z.string() })).min(1),
  skipped: z.array(skippedSchema),
  truncated: z.boolean(),
  timeUncertain: z.boolean(),
});

/** A moment's details as stored in a draft. */
export const detailsSchema = z.object({
  title: z.string().min(1),
  place: z.string().optional(),
  onlineUrl: z.string().optional(),
  agenda: z.string().optional(),
  prepare: z.string().optional(),
});
