import type { ActionHandler, CoreDeps } from '../../app/context.js';
import type { Group } from '../groups/group.js';
import type { Suggestion } from './matching/index.js';
import type { VisitRequest } from './visit.js';

/** Why suggestions are sent: a new request, a facilitator's round, or the previous host declined or never answered. */
export type SuggestionOccasion = 'new' | 'round' | 'declined' | 'expired' | 'cancelled';

/** Sends the visitor their suggested hosts (computed when not given), each with why and an "ask" button (stub). */
export async function sendSuggestions(_deps: CoreDeps, _request: VisitRequest, _group: Group, _occasion: SuggestionOccasion, _suggestions?: Suggestion[]): Promise<void> {
  throw new Error('not implemented yet');
}

/** After a host declined or never answered: offers the visitor the next suggestion and tells the facilitators (stub). */
export async function offerNextSuggestion(_deps: CoreDeps, _requestId: string, _occasion: 'declined' | 'expired' | 'cancelled'): Promise<void> {
  throw new Error('not implemented yet');
}

/** Suggestion actions (ask a host). */
export const suggestionActions: ActionHandler[] = [];
