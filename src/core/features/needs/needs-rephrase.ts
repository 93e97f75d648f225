import type { Language } from '../../i18n/languages.js';
import { suggestLearningQuestion } from './rephrase/index.js';

/**
 * The one place the help-question → learning-question rephrasing (`./rephrase/index.ts`) is plugged into needs rounds:
 * the offer after saving, "Overnemen" / "Aanpassen" / "Laten zo" and storing `learningQuestion` all go through here.
 */
export type LearningQuestionSuggester = (text: string, language: Language) => string | undefined;

let suggester: LearningQuestionSuggester = suggestLearningQuestion;

/** Replaces the suggester (composition or tests); returns the previous one. */
export function setLearningQuestionSuggester(next: LearningQuestionSuggester): LearningQuestionSuggester {
  const previous = suggester;
  suggester = next;
  return previous;
}

/** The suggested learning question for what a member wrote, when it reads as a help question. */
export function suggestionFor(learnWhat: string, language: Language): string | undefined {
  const trimmed = learnWhat.trim();
  if (trimmed === '') return undefined;
  try {
    return suggester(trimmed, language)?.trim() || undefined;
  } catch {
    return undefined;
  }
}
