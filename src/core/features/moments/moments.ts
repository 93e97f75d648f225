import type { Feature } from '../../app/context.js';
import { agreementActions, agreementCommands } from './agreements.js';
import { changeActions } from './change-moment.js';
import { editActions } from './edit-moment.js';
import { listCommands } from './list-moments.js';
import { questionActions, questionCommands } from './own-questions.js';
import { planActions, planCommands } from './plan.js';
import { rsvpActions } from './rsvp.js';

/** Planning moments and series, listing them with RSVPs, moving and cancelling, own questions and agreements. */
export const momentsFeature: Feature = {
  commands: [...planCommands, ...listCommands, ...questionCommands, ...agreementCommands],
  actions: [...planActions, ...rsvpActions, ...editActions, ...changeActions, ...questionActions, ...agreementActions],
};
