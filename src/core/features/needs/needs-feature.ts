import type { Feature } from '../../app/context.js';
import { needsActions, needsCommands } from './needs-flow.js';
import { proposalActions } from './results/needs-proposal.js';
import { CLOSE_PREFIX, rearmNeeds, REMIND_PREFIX, runCloseJob, runRemindJob } from './needs-jobs.js';

/** Needs rounds: start (`noden`), the private form (named or anonymous), reminders and closing. */
export const needsFeature: Feature = {
  commands: needsCommands,
  actions: [...needsActions, ...proposalActions],
  jobs: [
    { prefix: REMIND_PREFIX, run: runRemindJob },
    { prefix: CLOSE_PREFIX, run: runCloseJob },
  ],
  rearm: rearmNeeds,
};
