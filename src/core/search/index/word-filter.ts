/**
 * A Bloom filter of the words an article's indexed text contains, in the scanner's normalized
 * form (`searchWord`, not stemmed). The index keeps stems, so a phrase's postings admit every
 * article with words of the same stems ("united nations" admits "unit", "national": on the PAN
 * folder 1,670 candidates for 64 matches); the filter turns most of them away before their text
 * is read. It is built from the same scan the phrase check confirms with, so it never turns away
 * an article that has the phrase; a false "maybe" only costs the read it would have cost anyway.
 *
 * Built once per indexed text, the first time a phrase needs it (or ahead of time, see
 * `warmWordFilters`), and kept on it like `accented`.
 */
import type { IndexedText, WordFilter } from './shard';
import { scanWords } from '../../text/scan-words';
import { searchWord } from '../../text/search-words';

/** Probes per word: with about twelve bits per word, one false "maybe" in 30 or so. */
const PROBES = 3;

// 31 bits, so that a hash is never -1 (the word table's "absent") and 0 can mean "no word"
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 1 || 1;
}

// double hashing: probe i is h1 + i * h2, with h2 odd so the probes differ
function probes(h1: number, mask: number, visit: (bit: number) => boolean): boolean {
  const h2 = (Math.imul(h1, 0x9e3779b1) >>> 0) | 1;
  for (let i = 0; i < PROBES; i++) if (!visit((h1 + i * h2) & mask)) return false;
  return true;
}

/** Most filters stay under this many bits; a book-length text gets no larger a filter. */
const MAX_BITS = 1 << 22;

/**
 * The hash of the normalized form of `text[start, end)`. A word of plain ASCII letters and digits
 * normalizes to its lower case, so it is hashed in place, character by character; any other word
 * (apostrophes, periods, accents) goes through `searchWord`.
 */
function hashAt(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      const norm = searchWord(text.slice(start, end));
      return norm ? hash(norm) : 0;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 1 || 1;
}

function buildFilter(doc: IndexedText): WordFilter {
  let chars = doc.title.length;
  for (let i = 0; i + 1 < doc.body.length; i += 2) chars += doc.body[i + 1]! - doc.body[i]!;
  // a word and its space take about six characters: two bits a character is about twelve a word
  let size = 256;
  while (size < chars * 2 && size < MAX_BITS) size *= 2;
  const filter = { bits: new Uint32Array(size / 32), mask: size - 1 };
  const set = (bit: number) => {
    filter.bits[bit >>> 5]! |= 1 << (bit & 31);
    return true;
  };
  const add = (text: string) => (start: number, end: number) => {
    const h = hashAt(text, start, end);
    if (h !== 0) probes(h, filter.mask, set);
  };
  scanWords(doc.title, 0, doc.title.length, add(doc.title));
  for (let i = 0; i + 1 < doc.body.length; i += 2) scanWords(doc.text, doc.body[i]!, doc.body[i + 1]!, add(doc.text));
  return filter;
}

/** The article's word filter, built now if it was not yet. */
export function wordFilterOf(doc: IndexedText): WordFilter {
  return (doc.words ??= buildFilter(doc));
}

/** False when the article surely lacks one of the words; true when it may have them all. */
export function mayHaveWords(doc: IndexedText, norms: readonly string[]): boolean {
  const filter = wordFilterOf(doc);
  return norms.every((norm) => probes(hash(norm), filter.mask, (bit) => (filter.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0));
}
