import type { CommonKey } from './nl.js';

/** English catalog. */
export const en: Record<CommonKey, string> = {
  'welcome.title': 'Welcome to Leerkring',
  'welcome.personal':
    'I am Leerkring. I help your professional learning group (PLG) or learning network along: conversation starters, collegial visits, gathering learning questions and reminders of your agreed moments.',
  'welcome.hello': 'Hello {name}!',
  'welcome.helloAnon': 'Hello!',
  'welcome.group':
    'Hello everyone! I am Leerkring, the assistant of this learning group. I help with conversation starters, collegial visits, gathering learning questions and reminders of your agreed moments.',
  'welcome.next': 'Type *help* to see what I can do. Choose your language with *language nl*, *language en* or *language fr*.',
  'help.title': 'What Leerkring can do',
  'help.intro': 'I work with short commands. This is what you can do now:',
  'help.cmd.help': '*help*: this overview',
  'help.cmd.language': '*language nl|en|fr*: choose your language (now: {language})',
  'help.cmd.group': '*group*: your group(s), members, learning question and next moment; *group help* for facilitators',
  'help.cmd.profile': '*profile*: your school, role, time zone and quiet hours',
  'help.cmd.quiet': '*quiet 20:00-07:00* (or *quiet off*): no messages in your quiet hours',
  'help.cmd.moments': '*moments*: what is planned and who is coming; *plan* for facilitators; *question <your question>* for the next moment',
  'help.cmd.agreements': '*agreement <what> by <date>* and *agreements*',
  'help.cmd.starters': '*starters*: browse and filter conversation starters (*starters reflecting*, *starters tag:feedback*); facilitators post them and write their own (*starters new*)',
  'help.cmd.reflection': '*reflection*: your unfinished reflections; facilitators: *answers* (who answered, summary, CSV) and *participation [weeks]*',
  'help.soon': 'Coming soon: collegial visits and learning needs.',
  'help.button.language': 'Choose language',
  'language.title': 'Choose your language',
  'language.label': 'Language',
  'language.save': 'Save',
  'language.set': 'From now on I will speak English with you.',
  'language.unknown': 'I do not know that language. Choose *language nl*, *language en* or *language fr*.',
  'language.name.nl': 'Dutch',
  'language.name.en': 'English',
  'language.name.fr': 'French',
  'unknown.text': 'Sorry, I do not understand "{input}". Type *help* to see what I can do.',
  'unknown.action': 'I do not know that button (any more). Type *help* to carry on.',
  'input.tooLong': 'That message is too long ({length} characters). Keep it under {max} characters and I will read along.',
  'input.empty': 'I received an empty message. Type *help* to see what I can do.',
  'error.generic': 'Something went wrong on my side. Please try again in a moment; your data is not lost.',
};
