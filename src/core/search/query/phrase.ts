/**
 * Exact phrases, checked in the article's text: the index keeps no positions (they would double
 * its size and build time), so a phrase query narrows the articles by its words' postings and
 * then reads the candidates. A phrase matches consecutive words with the same normalized forms:
 * case, diacritics, a possessive and the punctuation between words do not matter, the words and
 * their order do.
 *
 * A regular expression finds where the words stand next to each other (in any case, with or
 * without diacritics), and each place it finds is confirmed by the scanner, so the answer is the
 * scanner's and the cost is a native scan.
 */
import type { Span } from '../../../shared/article';
import type { QueryWord } from './query-types';
import type { IndexedText } from '../index/shard';
import { rangeOf, wordStartBefore } from './ranges';
import { ACCENTED, hasAccents, WORD_START, writtenPattern } from './written-forms';
import { mayHaveWords } from '../index/word-filter';
import { scanWords } from '../../text/scan-words';
import { searchWord } from '../../text/search-words';

// how a normalized word may be written: as itself, as an abbreviation ("U.S." for "us"), with digit grouping
function writtenAs(norm: string, accents: boolean): string {
  const forms = [writtenPattern(norm, accents)];
  if (/^[a-z]{2,5}$/.test(norm)) forms.push(norm.split('').join('\\.'));
  if (/^\d{4,}$/.test(norm)) forms.push(norm.split('').join('[.,]?'));
  return forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`;
}

const patterns = new Map<string, RegExp>();

function patternOf(norms: readonly string[], accents: boolean): RegExp {
  const key = `${accents ? 1 : 0}${norms.join(' ')}`;
  let regex = patterns.get(key);
  if (!regex) {
    // a possessive may follow any word ("Iraq's army" is the phrase "iraq army")
    const words = norms.map((n) => `${writtenAs(n, accents)}(?:['\u2018\u2019\u02bc\u0019]s?)?`);
    // no `u` flag: case-insensitive Unicode matching runs ten times slower, and the scanner
    // confirms every hit anyway (a non-ASCII letter taken for a separator costs a check, not a miss)
    regex = new RegExp(`${WORD_START}${words.join('[^a-z0-9]+')}`, 'gi');
    if (patterns.size > 200) patterns.clear();
    patterns.set(key, regex);
  }
  return regex;
}

// the phrase in text[from, to) by reading every word
function scan(text: string, from: number, to: number, norms: readonly string[], spans: Span[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const found: string[] = [];
  scanWords(text, from, to, (s, e) => {
    starts.push(s);
    ends.push(e);
    found.push(searchWord(text.slice(s, e)));
  });
  for (let i = 0; i + norms.length <= found.length; i++) {
    let k = 0;
    while (k < norms.length && found[i + k] === norms[k]) k++;
    if (k === norms.length) {
      spans.push({ start: starts[i]!, end: ends[i + norms.length - 1]! });
      i += norms.length - 1;
    }
  }
}

/**
 * Spans of every occurrence of the phrase in the given ranges of `text` (`[start, end, ...]`,
 * in order), each from the first word's start to the last word's end, in order, not overlapping;
 * with `first`, the first occurrence only.
 */
export function phraseSpans(
  text: string,
  ranges: ArrayLike<number>,
  words: readonly QueryWord[],
  first = false,
  accented?: boolean,
): Span[] {
  const norms = words.map((w) => w.norm);
  if (norms.length === 0 || norms.some((n) => n === '') || ranges.length < 2) return [];
  const lo = ranges[0]!;
  const hi = ranges[ranges.length - 1]!;
  // one pass of the expression over the whole stretch (a substring of a long string is a view,
  // not a copy), each hit then placed in its range: cheaper than a pass per paragraph
  const part = text.substring(lo, hi);
  // an expression with a class of accented variants for every letter scans twice as slowly: used
  // only where there are accented letters (a literal-led expression scans far faster still than
  // one that also looks for them)
  const regex = patternOf(norms, accented ?? ACCENTED.test(part));
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(part); m !== null; m = regex.exec(part)) {
    const at = lo + m.index;
    const r = rangeOf(ranges, at);
    if (r < 0) continue;
    const from = ranges[r]!;
    const to = ranges[r + 1]!;
    // confirm with the scanner, from the white space before the hit to just past it
    const back = wordStartBefore(text, at, from);
    const found: Span[] = [];
    scan(text, back, Math.min(to, at + m[0].length + 64), norms, found);
    const hit = found.find((s) => s.start < at + m[0].length && s.end > at);
    const last = spans[spans.length - 1];
    if (hit && (!last || hit.start >= last.end)) {
      spans.push(hit);
      if (first) return spans;
      regex.lastIndex = Math.max(regex.lastIndex, hit.end - lo);
    }
  }
  return spans;
}

/** Whether the article has the phrase in its title (`title`) or anywhere it is indexed (`any`). */
export function phraseIn(doc: IndexedText, words: readonly QueryWord[], field: 'any' | 'title'): boolean {
  if (!mayHaveWords(doc, words.map((w) => w.norm))) return false;
  if (phraseSpans(doc.title, [0, doc.title.length], words, true).length > 0) return true;
  if (field !== 'any') return false;
  // kept on the document: a search that reads a thousand articles for a phrase reads them again
  // for the next phrase, and the check costs as much as the phrase itself
  return phraseSpans(doc.text, doc.body, words, true, hasAccents(doc)).length > 0;
}
