import { inputValue } from '../moments/moment-text.js';

// Control characters break cards and calendar files and can hide text from the reader; newlines and tabs are fine.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Free text as people typed it, without control or direction-override characters, trimmed. */
export const cleanText = (value: string): string => value.replace(CONTROL, '').trim();

/** A card input's free text, cleaned (a list input gives its first value). */
export const textOf = (value: string | string[] | undefined): string => cleanText(inputValue(value));

/** A card input's free text on one line (for short notes shown in facts and lines). */
export const lineOf = (value: string | string[] | undefined): string => textOf(value).replace(/\s+/g, ' ');
