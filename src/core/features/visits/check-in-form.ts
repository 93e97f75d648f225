import type { Language } from '../../i18n/languages.js';
import { button, text, type OutboundMessage } from '../../model/message.js';
import { questionInputs, questionParams, type Question } from './prep-form.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { pupilNote, type VisitView } from './visit-reminder-facts.js';
import type { VisitsT } from './visits-translate.js';

/** The check-in's one question; its answer is kept with the visitor's reflection under this id. */
export const CHECK_IN_QUESTIONS: readonly Question[] = [{ id: 'tryOut', key: 'visits.checkin.q.tryOut' }];

/** Input id of the consent to pass the answers on to the facilitators. */
export const INCLUDE_INPUT = 'include';
/** The consent's ticked value. */
export const INCLUDE_YES = 'yes';

/** Answer key recording when the visitor asked to share at a team moment (so the facilitators hear it once). */
export const TEAM_SHARE_KEY = 'teamShareAt';

/** The visitor's try-out check-in, a few weeks after the visit, with the offer to share at a team moment. */
export function checkInForm(view: VisitView, personKey: string, t: VisitsT, _language: Language, values?: Record<string, string>, error?: string): OutboundMessage {
  const params = questionParams(view, t);
  const answers = view.visit.reflections[personKey]?.answers ?? {};
  const intro = t('visits.checkin.intro', params);
  const intended = answers['try'] ? t('visits.checkin.intended', { text: answers['try'] }) : undefined;
  return {
    text: `${t('visits.checkin.title')} ${intro}`,
    card: {
      title: t('visits.checkin.title'),
      blocks: [
        ...(error ? [text(error)] : []),
        text(intro),
        ...(intended ? [text(intended)] : []),
        pupilNote(t),
        ...questionInputs(CHECK_IN_QUESTIONS, params, t, values ?? answers),
        text(t('visits.checkin.shareHint'), true),
        {
          type: 'choice',
          id: INCLUDE_INPUT,
          label: t('visits.checkin.include'),
          multi: true,
          style: 'expanded',
          options: [{ value: INCLUDE_YES, label: t('visits.checkin.include.yes') }],
        },
      ],
      actions: [
        button(VISIT_ACTIONS.checkInSubmit, t('visits.checkin.submit'), { value: view.visit.id, style: 'primary' }),
        button(VISIT_ACTIONS.shareWithTeam, t('visits.checkin.share'), { value: view.visit.id }),
      ],
      presentation: 'dialog',
    },
  };
}
