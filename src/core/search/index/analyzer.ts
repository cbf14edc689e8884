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
import { WordTable } from './word-table';
import { scanWords } from '../../text/scan-words';
import { isCapitalized, searchWord } from '../../text/search-words';

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

// Terms are numbered for the life of the thread: the memo below stores numbers, and the shard
// builder counts by number. -1 is "no term" (a stop word, a word too long to be one).
const termIds = new Map<string, number>();
const termNames: string[] = [];

function idOfTerm(term: string): number {
  if (term === '') return -1;
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
  }
  return id;
}

/** The term numbered `id` by `termIdAt`. */
export function termName(id: number): string {
  return termNames[id]!;
}

/** How many terms have been numbered; ids run from 0 to this, exclusive. */
export function termCount(): number {
  return termNames.length;
}

// keyed by the word as written, so the common case skips normalizing as well as stemming, and
// by its place in the text, so it skips cutting the word out as well (`word-table.ts`)
const written = new WordTable();

/**
 * Forgets every word and term when the memo has grown past its bound. Ids handed out before are
 * void afterwards, so callers do this only between units of work (`buildShard` does, first).
 */
export function trimMemo(): void {
  if (written.size < MEMO_LIMIT && termNames.length < MEMO_LIMIT) return;
  written.clear();
  termIds.clear();
  termNames.length = 0;
  memo.clear();
}

/** The term of one word as written: its stem, `''` for a stop word (see `termAt`). */
function termOfWritten(word: string): string {
  const norm = searchWord(word);
  const term = termOf(norm);
  if (term === '' && norm !== '' && isCapitalized(word, 0, word.length)) return norm;
  return term;
}

/** The number of the term of the word at `text[start, end)`, or -1 for none. Memoized. */
export function termIdAt(text: string, start: number, end: number): number {
  let id = written.get(text, start, end);
  if (id === -1) {
    const word = text.slice(start, end);
    id = idOfTerm(termOfWritten(word));
    // -1 is the table's "absent": stop words are stored as -2 and read back as -1
    written.set(word, id === -1 ? -2 : id);
    return id;
  }
  return id === -2 ? -1 : id;
}

/**
 * The term of the word at `text[start, end)`. An acronym in capitals that spells a stop word
 * ("US", "WHO", "IT") is kept as itself: in news it is a name, and dropping "US" would make
 * "US troops" a search for "troops".
 */
export function termAt(text: string, start: number, end: number): string {
  const id = termIdAt(text, start, end);
  return id < 0 ? '' : termNames[id]!;
}

/** The term of one word as written (see `termAt`). */
export function termOfWord(word: string): string {
  return termAt(word, 0, word.length);
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

/** Calls `visit` with the number of each term of `text.slice(from, to)`. */
export function visitTermIds(text: string, from: number, to: number, visit: (id: number) => void): void {
  scanWords(text, from, to, (start, end) => {
    const id = termIdAt(text, start, end);
    if (id >= 0) visit(id);
  });
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
