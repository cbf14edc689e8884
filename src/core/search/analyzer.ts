/**
 * Text to index terms: the words of `words.ts`, lunr's English stop-word filter, lunr's Porter
 * stemmer. Indexing, querying and highlighting all go through `termOf`, so a word highlighted in
 * an article is exactly a word the index matched.
 *
 * The stemmer is memoized: a corpus of five million words has about a hundred thousand distinct
 * ones, so the Porter rules run once per distinct word instead of once per occurrence (lunr's own
 * pipeline runs them every time, the largest single cost of a plain lunr build).
 */
import lunr from 'lunr';
import { isCapitalized, normalizeWord, scanWords } from './words';

/** Distinct words remembered before the memo starts over; bounds memory on endless input. */
const MEMO_LIMIT = 500_000;

const memo = new Map<string, string>();
const probe = new lunr.Token('', {});

function stemUncached(word: string): string {
  const c = word.charCodeAt(0);
  // numbers are names, not English words: "1990s" stays, "2500" stays
  if (c >= 48 && c <= 57) return word;
  (probe as unknown as { str: string }).str = word;
  if (lunr.stopWordFilter(probe) === undefined) return '';
  return lunr.stemmer(probe).toString();
}

/**
 * The index term of a normalized word: its stem, or `''` for a stop word. Memoized.
 */
export function termOf(norm: string): string {
  let term = memo.get(norm);
  if (term === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    term = norm === '' ? '' : stemUncached(norm);
    memo.set(norm, term);
  }
  return term;
}

/**
 * The term of the word at `text[start, end)`. An acronym in capitals that spells a stop word
 * ("US", "WHO", "IT") is kept as itself: in news it is a name, and dropping "US" would make
 * "US troops" a search for "troops".
 */
export function termAt(text: string, start: number, end: number): string {
  return termOfWord(text.slice(start, end));
}

// keyed by the word as written, so the common case skips normalizing as well as stemming
const written = new Map<string, string>();

/** The term of one word as written (see `termAt`). Memoized. */
export function termOfWord(word: string): string {
  let term = written.get(word);
  if (term === undefined) {
    if (written.size >= MEMO_LIMIT) written.clear();
    const norm = normalizeWord(word);
    term = termOf(norm);
    if (term === '' && norm !== '' && isCapitalized(word, 0, word.length)) term = norm;
    written.set(word, term);
  }
  return term;
}

/**
 * Counts the terms of `text.slice(from, to)` into `counts`; returns how many terms it saw (the
 * field length BM25 normalizes by).
 */
export function countTerms(text: string, from: number, to: number, counts: Map<string, number>): number {
  let length = 0;
  scanWords(text, from, to, (start, end) => {
    const term = termAt(text, start, end);
    if (term === '') return;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length++;
  });
  return length;
}

/** Calls `visit` with each term of `text.slice(from, to)` and where its word stands. */
export function visitTerms(
  text: string,
  from: number,
  to: number,
  visit: (term: string, start: number, end: number) => void,
): void {
  scanWords(text, from, to, (start, end) => {
    const term = termAt(text, start, end);
    if (term !== '') visit(term, start, end);
  });
}

/** The terms of a short text (a query word, a title), in order, stop words left out. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  visitTerms(text, 0, text.length, (term) => terms.push(term));
  return terms;
}
