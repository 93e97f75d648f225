import { defineMessages } from '../../i18n/feature-messages.js';

/** Texts of planning, listing, moving and cancelling moments, own questions and agreements. */
export const momentsMessages = defineMessages(
  { 'moments.title': 'Momenten' },
  { 'moments.title': 'Moments' },
  { 'moments.title': 'Moments' },
);
