import type { Language } from '../../i18n/languages.js';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.js';
import { button, text, type OutboundMessage } from '../../model/message.js';
import { questionInputs, questionParams, sideOf, type Question, type Side } from './prep-form.js';
import { VISIT_ACTIONS } from './visit-actions.js';
import { clip, formText, hostName, pupilNote, visitFacts, visitorsText, type VisitView } from './visit-reminder-facts.js';
import { visitsT, type VisitsT } from './visits-translate.js';

/** The reflection questions per side: the visitor looks at what they saw and will try; the host at being observed. */
export const REFLECTION_QUESTIONS: Record<Side, readonly Question[]> = {
  visitor: [
    { id: 'saw', key: 'visits.reflect.q.saw' },
    { id: 'try', key: 'visits.reflect.q.try' },
    { id: 'question', key: 'visits.reflect.q.question' },
    { id: 'thanks', key: 'visits.reflect.q.thanks' },
  ],
  host: [
    { id: 'struck', key: 'visits.reflect.q.struck' },
    { id: 'take', key: 'visits.reflect.q.take' },
  ],
};

/** Input id of the share choice. */
export const SHARE_INPUT = 'share';
/** The share choice's value for "share a named summary with the group"; anything else keeps it private. */
export const SHARE_GROUP = 'group';
const SHARE_PRIVATE = 'private';

/** The reflection form for one participant, with the button to say the visit did not take place. */
export function reflectionForm(view: VisitView, personKey: string, t: VisitsT, language: Language, values?: Record<string, string>, error?: string): OutboundMessage {
  const side = sideOf(view.visit, personKey) ?? 'visitor';
  const params = questionParams(view, t);
  const earlier = view.visit.reflections[personKey];
  const prefill = values ?? earlier?.answers ?? {};
  const intro = t(side === 'visitor' ? 'visits.reflect.introVisitor' : 'visits.reflect.introHost', params);
  return {
    text: `${t('visits.reflect.title')} ${intro}`,
    card: {
      title: t('visits.reflect.title'),
      blocks: [
        ...(error ? [text(error)] : []),
        text(intro),
        visitFacts(view, t, language),
        pupilNote(t),
        ...questionInputs(REFLECTION_QUESTIONS[side], params, t, prefill),
        {
          type: 'choice',
          id: SHARE_INPUT,
          label: t('visits.reflect.share'),
          style: 'expanded',
          value: earlier?.shared ? SHARE_GROUP : SHARE_PRIVATE,
          options: [
            { value: SHARE_PRIVATE, label: t('visits.reflect.share.private') },
            { value: SHARE_GROUP, label: t('visits.reflect.share.group') },
          ],
        },
      ],
      actions: [
        button(VISIT_ACTIONS.reflectSubmit, t('visits.reflect.submit'), { value: view.visit.id, style: 'primary' }),
        button(VISIT_ACTIONS.notHappened, t('visits.reflect.notHappened'), { value: view.visit.id }),
      ],
      presentation: 'dialog',
    },
  };
}

/** Longest answer quoted in the group's channel: a summary, not the whole reflection. */
const SUMMARY_CHARS = 280;

/**
 * The short, named summary of a shared reflection for the group's channel (in Dutch, like every channel post).
 * The visitor's thanks and question to the host never appear in it.
 */
export function sharedSummary(view: VisitView, personKey: string, answers: Record<string, string>): string {
  const t = visitsT(DEFAULT_LANGUAGE);
  const name = view.names[personKey] ?? '?';
  const form = formText(view.visit.form, t);
  const line = (key: Parameters<VisitsT>[0], value: string | undefined): string[] => (value ? [t(key, { text: clip(value, SUMMARY_CHARS) })] : []);
  if (sideOf(view.visit, personKey) === 'host') {
    return [t('visits.reflect.channelHost', { name, visitors: visitorsText(view, t), form }), ...line('visits.reflect.line.struck', answers['struck']), ...line('visits.reflect.line.take', answers['take'])].join('\n');
  }
  const question = view.questions.find((q) => q.visitorKey === personKey)?.text;
  return [
    t('visits.reflect.channelVisitor', { name, host: hostName(view), form }),
    ...line('visits.reflect.line.question', question),
    ...line('visits.reflect.line.saw', answers['saw']),
    ...line('visits.reflect.line.try', answers['try']),
  ].join('\n');
}
