import { button, text, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { COVER_KINDS, VISIT_LIMITS, type CoverKind } from './visit.js';
import type { VisitsT } from './visits-translate.js';

/** A cover kind in words, as the form offers it (with a hint); summaries use `coverSummary`. */
export const coverLabel = (t: VisitsT, kind: CoverKind): string => t(`visits.cover.kind.${kind}` as const);

/**
 * The value of the cover buttons: the visit, the visitor the plan is for (a facilitator may record it for them) and
 * whether the click only opens the form.
 */
export const coverValue = (visitId: string, visitorKey?: string, open = false): string =>
  [visitId, ...(visitorKey || open ? [visitorKey ?? ''] : []), ...(open ? ['form'] : [])].join('|');

/** Reads a cover button's value; undefined when forged or malformed. */
export function readCoverValue(value: string | undefined): { visitId: string; visitorKey?: string; open: boolean } | undefined {
  const parts = (value ?? '').split('|');
  if (parts.length > 3 || !parts[0] || (parts[2] !== undefined && parts[2] !== 'form')) return undefined;
  return { visitId: parts[0], ...(parts[1] ? { visitorKey: parts[1] } : {}), open: parts[2] === 'form' };
}

/** The cover plan form: who takes the class, and a short note (no pupil data). */
export function coverForm(
  t: VisitsT,
  visitId: string,
  opts: { intro?: string; visitorKey?: string; kind?: string; note?: string; error?: string; why?: boolean } = {},
): OutboundMessage {
  // "Confirmed once cover is arranged" only helps while the visit waits for it (not for a confirmed visit's change).
  const why = opts.why === false ? [] : [t('visits.cover.why')];
  const blocks: CardBlock[] = [
    ...(opts.error ? [text(`⚠️ ${opts.error}`)] : []),
    ...(opts.intro ? [text(opts.intro)] : []),
    ...why.map((line) => text(line)),
    {
      type: 'choice',
      id: 'cover',
      label: t('visits.cover.kindLabel'),
      options: COVER_KINDS.map((k) => ({ value: k, label: coverLabel(t, k) })),
      style: 'expanded',
      required: true,
      ...(opts.kind ? { value: opts.kind } : {}),
    },
    { type: 'input', id: 'coverNote', label: t('visits.cover.noteLabel'), placeholder: t('visits.cover.noteHint'), maxLength: VISIT_LIMITS.coverNote, ...(opts.note ? { value: opts.note } : {}) },
    text(t('visits.pupilNote'), true),
  ];
  return {
    text: [opts.error, opts.intro, ...why].filter(Boolean).join('\n'),
    card: {
      title: t('visits.cover.title'),
      blocks,
      actions: [button(VISIT_ACTIONS.coverSubmit, t('visits.cover.save'), { value: coverValue(visitId, opts.visitorKey), style: 'primary' })],
      presentation: 'dialog',
    },
  };
}
