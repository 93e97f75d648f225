import type { Command, Feature } from '../../app/context.js';
import { DEADLINE_PREFIX } from './visit-actions.js';
import { deadlineVisitId, rearmDeadlines, runDeadlineJob } from './ask-host.js';
import { checkInActions } from './check-in.js';
import { coverActions } from './cover-plan.js';
import { answerActions } from './host-answer.js';
import { myVisitActions, showMyVisits } from './my-visits.js';
import { offerActions, startOffer } from './offer-form.js';
import { overviewActions, showOverview } from './overview.js';
import { prepActions } from './prep.js';
import { reflectionActions } from './reflection.js';
import { requestActions, startRequest } from './request-form.js';
import { roundActions, runMatchingRound } from './round.js';
import { suggestionActions } from './suggestions.js';
import { changeVisitSettings } from './visit-settings.js';
import { oneAtATime, serialized } from './visit-lock.js';

/** `bezoek <sub>`: the first word picks a part; anything else starts a request with the typed text as its question. */
const SUBCOMMANDS: Array<{ words: readonly string[]; run: Command['run'] }> = [
  { words: ['mijn', 'mine', 'my', 'mes'], run: showMyVisits },
  { words: ['overzicht', 'overview', 'aperçu', 'apercu'], run: showOverview },
  { words: ['ronde', 'round', 'tour'], run: runMatchingRound },
  { words: ['instellingen', 'settings', 'réglages', 'reglages', 'paramètres', 'parametres'], run: changeVisitSettings },
];

const visitCommand: Command = {
  words: ['bezoek', 'visit', 'visite', 'hospiteren'],
  async run(ctx, args) {
    const [first = '', ...rest] = args.trim().split(/\s+/);
    const sub = SUBCOMMANDS.find((s) => s.words.includes(first.toLowerCase()));
    if (sub) return sub.run(ctx, rest.join(' '));
    return startRequest(ctx, args.trim());
  },
};

const hostCommand: Command = {
  words: ['gastheer', 'gastvrouw', 'host', 'hôte', 'hote', 'accueil'],
  run: (ctx, args) => startOffer(ctx, args.trim()),
};

/** Collegial visits: request and offer, matching, scheduling with a cover plan, preparation, reflection, overview. */
export const visitsFeature: Feature = {
  commands: [visitCommand, hostCommand],
  actions: [
    ...requestActions,
    ...offerActions,
    ...suggestionActions,
    ...answerActions,
    ...coverActions,
    ...myVisitActions,
    ...prepActions,
    ...reflectionActions,
    ...checkInActions,
    ...overviewActions,
    ...roundActions,
  ].map(serialized),
  jobs: [{ prefix: DEADLINE_PREFIX, run: (deps, id) => oneAtATime(`visits:${deadlineVisitId(id)}`, () => runDeadlineJob(deps, id)) }],
  rearm: rearmDeadlines,
};
