const QUOTES = new Set(['\u2018', '\u2019', '\u201B', '\u00B4', '`']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);

function foldChar(ch: string): string {
  if (QUOTES.has(ch)) return "'";
  if (DASHES.has(ch)) return '-';
  if (/\s/.test(ch)) return ' ';
  const lower = ch.toLowerCase();
  // Index stability matters more than exotic letters: keep anything that would change length.
  if (lower.length !== 1) return ch;
  const base = lower.normalize('NFD').charAt(0);
  return /[a-z]/.test(base) ? base : lower;
}

/** Lower-cases, strips accents and unifies quotes, dashes and spaces, keeping every character at its index. */
export function foldText(text: string): string {
  // Without the u flag the regex walks UTF-16 units, so surrogate pairs pass through unchanged.
  return text.replace(/[\s\S]/g, foldChar);
}

/** Escapes a literal for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A non-capturing alternation of words, longest first so prefixes never win. */
export function alt(words: Iterable<string>): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}

/** The folded text still to be read; passes blank out what they consumed so later passes cannot misread it. */
export class Scanner {
  constructor(public text: string) {}

  /** Calls `use` for every match of `pattern` (made global); a match is blanked unless `use` returns false. */
  take(pattern: RegExp, use: (m: RegExpExecArray) => boolean | void = () => true): void {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    for (const m of [...this.text.matchAll(new RegExp(pattern.source, flags))]) {
      if (use(m as RegExpExecArray) !== false) this.blank(m.index, m.index + m[0].length);
    }
  }

  /** Replaces [start, end) with spaces. */
  blank(start: number, end: number): void {
    this.text = this.text.slice(0, start) + ' '.repeat(end - start) + this.text.slice(end);
  }
}
