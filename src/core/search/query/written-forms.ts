/**
 * How a normalized word may be written in an article's text: any case, letters with diacritics
 * that fold to it ("jose" for "José"), any apostrophe. Patterns for the regular expressions that
 * find terms (`term-finder.ts`) and phrases (`phrase.ts`) in the one article read.
 */
import type { IndexedText } from '../index/shard';

// every Latin letter with diacritics, grouped by the ASCII letter it folds to (é -> e)
const VARIANTS: Record<string, string> = {};
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let cp = from!; cp <= to!; cp++) {
    const ch = String.fromCharCode(cp);
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    if (base !== ch.toLowerCase() && base >= 'a' && base <= 'z') VARIANTS[base] = (VARIANTS[base] ?? '') + ch;
  }
}

/**
 * A pattern that matches `s` (lower-case) as it may be written: any case (with the `i` flag) and,
 * when `accents` is set, any letter with diacritics that folds to it ("jose" matches "José").
 * Accent classes make an expression about twice as slow, so they are used only on text that has
 * accented letters (`ACCENTED`).
 */
export function writtenPattern(s: string, accents: boolean): string {
  let out = '';
  for (const ch of s) {
    if (ch === "'") {
      // normalized words spell every apostrophe "'": the text may have any of them (O’Brien)
      out += APOSTROPHE_CLASS;
      continue;
    }
    const variants = accents ? VARIANTS[ch] : undefined;
    out += variants ? `[${ch}${variants}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

const APOSTROPHE_CLASS = "['\u2018\u2019\u02bc\u0019]";

/** Latin letters with diacritics: text without any can be searched with plain patterns. */
export const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Before a word: not an ASCII letter or digit. (Not `\b`, which sees no boundary before "É" and
 * sees none after "_".) A hit inside a word is harmless: the scanner then finds the word around it.
 */
export const WORD_START = '(?<![a-z0-9])';

/** Whether an article's text has accented Latin letters; worked out once per document object. */
export function hasAccents(doc: IndexedText): boolean {
  return (doc.accented ??= ACCENTED.test(doc.text));
}
