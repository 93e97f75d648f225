import type { Translate } from '../../i18n/translate.js';
import { LANGUAGES, type Language } from '../../i18n/languages.js';
import { button, text, type OutboundMessage } from '../../model/message.js';

/** The welcome for one person (personal chat) or for a whole group (team channel). */
export function welcomeMessage(t: Translate, audience: 'personal' | 'group', name?: string): OutboundMessage {
  const hello = name ? t('welcome.hello', { name }) : t('welcome.helloAnon');
  const body = audience === 'personal' ? `${hello} ${t('welcome.personal')}` : t('welcome.group');
  return {
    text: `${t('welcome.title')}. ${body}`,
    card: {
      title: t('welcome.title'),
      blocks: [text(body), text(t('welcome.next'), true)],
      actions: [button('help.show', t('help.title'), { style: 'primary' }), button('lang.choose', t('help.button.language'))],
    },
  };
}

/** The overview of commands. */
export function helpMessage(t: Translate, language: Language): OutboundMessage {
  const lines = [
    t('help.cmd.help'),
    t('help.cmd.language', { language: t(`language.name.${language}`) }),
    t('help.cmd.group'),
    t('help.cmd.profile'),
    t('help.cmd.quiet'),
    t('help.cmd.moments'),
    t('help.cmd.agreements'),
    t('help.cmd.starters'),
    t('help.cmd.reflection'),
    t('help.cmd.needs'),
    t('help.cmd.visits'),
  ];
  return {
    text: [t('help.title'), t('help.intro'), ...lines].join('\n'),
    card: {
      title: t('help.title'),
      blocks: [text(t('help.intro')), ...lines.map((l) => text(l))],
      actions: [button('lang.choose', t('help.button.language'))],
    },
  };
}

/** A small form to choose a language. */
export function languageForm(t: Translate, current: Language): OutboundMessage {
  return {
    text: t('language.title'),
    card: {
      title: t('language.title'),
      presentation: 'dialog',
      blocks: [
        {
          type: 'choice',
          id: 'language',
          label: t('language.label'),
          style: 'expanded',
          value: current,
          required: true,
          options: LANGUAGES.map((l) => ({ value: l, label: `${t(`language.name.${l}`)} (${l})` })),
        },
      ],
      actions: [button('lang.set', t('language.save'), { style: 'primary' })],
    },
  };
}
