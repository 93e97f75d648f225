import type { Translate } from '../../i18n/translate.js';
import type { PlanRefusal } from './read-when.js';

/** Why a time text could not be planned, followed by examples of how to write it, in the person's language. */
export const whenRefusalText = (reason: PlanRefusal, t: Translate): string => `${t(`when.refusal.${reason}`)}\n${t('when.examples')}`;
