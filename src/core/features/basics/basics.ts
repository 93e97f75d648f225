import { isLanguage, type Language } from '../../i18n/languages.js';
import { translator } from '../../i18n/translate.js';
import type { Feature, HandlerContext } from '../../app/context.js';
import { helpMessage, languageForm } from './basics-cards.js';

async function setLanguage(ctx: HandlerContext, language: Language): Promise<void> {
  const person = { ...ctx.person, language, updatedAt: ctx.deps.clock.now().toISOString() };
  await ctx.deps.storage.people.save(person);
  await ctx.reply({ text: translator(language)('language.set') });
}

/** Help, language choice: the conversation basics every channel shares. */
export const basicsFeature: Feature = {
  commands: [
    {
      words: ['hulp', 'help', 'aide', '?', 'menu'],
      run: (ctx) => ctx.reply(helpMessage(ctx.t, ctx.person.language)),
    },
    {
      words: ['taal', 'language', 'langue', 'lang'],
      async run(ctx, args) {
        const choice = args.trim().toLowerCase();
        if (choice === '') return ctx.reply(languageForm(ctx.t, ctx.person.language));
        if (!isLanguage(choice)) return ctx.reply({ text: ctx.t('language.unknown') });
        return setLanguage(ctx, choice);
      },
    },
  ],
  actions: [
    { id: 'help.show', run: (ctx) => ctx.reply(helpMessage(ctx.t, ctx.person.language)) },
    { id: 'lang.choose', run: (ctx) => ctx.reply(languageForm(ctx.t, ctx.person.language)) },
    {
      id: 'lang.set',
      async run(ctx) {
        const raw = ctx.event.inputs['language'] ?? ctx.event.value ?? '';
        const choice = (Array.isArray(raw) ? raw[0] ?? '' : raw).trim().toLowerCase();
        if (!isLanguage(choice)) return ctx.reply({ text: ctx.t('language.unknown') });
        return setLanguage(ctx, choice);
      },
    },
  ],
};
