import type { Feature } from '../../app/context.js';
import { answerActions } from './answers.js';
import { browseActions, browseCommands } from './browse.js';
import { customActions } from './custom-starters.js';
import { POST_JOB_PREFIX, rearmPosts, runPostJob } from './post-jobs.js';
import { postingActions } from './posting.js';

/** Browsing the library, the group's own starters, posting (now, later, weekly until the next moment) and answering. */
export const startersFeature: Feature = {
  commands: [...browseCommands],
  actions: [...browseActions, ...customActions, ...postingActions, ...answerActions],
  jobs: [{ prefix: POST_JOB_PREFIX, run: runPostJob }],
  rearm: rearmPosts,
};
