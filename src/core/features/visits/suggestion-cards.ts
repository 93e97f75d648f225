import type { Language } from '../../i18n/languages.js';
import { button, text, type ActionButton, type CardBlock, type OutboundMessage } from '../../model/message.js';
import { LIMITS } from '../../model/message.js';
import { shorten } from '../moments/moment-text.js';
import type { Suggestion, UnmatchedReason } from './matching/index.js';
import { formatReasons } from './slot-format.js';
import type { SuggestionOccasion } from './suggestions.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import type { VisitRequest } from './visit.js';
import type { VisitsT } from './visits-translate.js';

/** A suggested host with what the visitor needs to judge it. */
export interface ShownHost {
  suggestion: Suggestion;
  name: string;
  school?: string;
  show?: string;
}

/** The ask button's value: `<requestId>|<hostKey>`, or the host's rank when the key would not fit. */
export function askValue(requestId: string, hostKey: string, index: number): string {
  const value = `${requestId}|${hostKey}`;
  return value.length <= LIMITS.actionValue ? value : `${requestId}|${index}`;
}

const OCCASION_KEYS = {
  declined: 'visits.suggest.afterDeclined',
  expired: 'visits.suggest.afterExpired',
  cancelled: 'visits.suggest.afterCancelled',
  round: 'visits.suggest.afterRound',
} as const;

/** The visitor's suggestions: per host who, where, what they show and why, with an "ask" button; or why there is none. */
export function suggestionsCard(
  t: VisitsT,
  language: Language,
  request: VisitRequest,
  occasion: SuggestionOccasion,
  hosts: ShownHost[],
  unmatched?: UnmatchedReason,
): OutboundMessage {
  const blocks: CardBlock[] = [];
  if (occasion !== 'new') blocks.push(text(t(OCCASION_KEYS[occasion])));
  const question = shorten(request.learningQuestion, 200);
  const actions: ActionButton[] = [];
  let summary: string;
  if (hosts.length > 0) {
    summary = t('visits.suggest.intro', { question });
    blocks.push(text(summary));
    hosts.forEach((h, i) => {
      const head = h.school ? `*${h.name}* — ${h.school}` : `*${h.name}*`;
      const lines = [head];
      if (h.show) lines.push(`_${shorten(h.show, 300)}_`);
      for (const reason of formatReasons(h.suggestion.reasons, language, h.name, h.suggestion.slots)) lines.push(`• ${reason}`);
      blocks.push(text(lines.join('\n')));
      actions.push(button(VISIT_ACTIONS.ask, shorten(t('visits.suggest.ask', { name: h.name }), LIMITS.buttonLabel), { value: askValue(request.id, h.suggestion.hostKey, i), ...(i === 0 ? { style: 'primary' as const } : {}) }));
    });
    blocks.push(text(t('visits.suggest.howAsk'), true));
  } else {
    summary = t('visits.suggest.none', { question });
    blocks.push(text(summary), text(t(`visits.unmatched.${unmatched ?? 'no-hosts'}`)), text(t('visits.suggest.staysOpen'), true));
  }
  actions.push(button(VISIT_ACTIONS.requestWithdraw, t('visits.suggest.withdraw'), { value: request.id }));
  return { text: summary, card: { title: t('visits.suggest.title'), blocks, actions } };
}
