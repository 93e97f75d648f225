import type { CoreDeps } from '../../app/context.js';
import type { Visit } from './visit.js';

/** The calendar file of a visit: one link for both sides, updated in place (same UID, higher SEQUENCE). */
export const visitIcsUrl = (deps: Pick<CoreDeps, 'publicUrl'>, visit: Pick<Visit, 'icsToken'>): string =>
  `${deps.publicUrl.replace(/\/+$/, '')}/kalender/bezoek/${visit.icsToken}.ics`;
