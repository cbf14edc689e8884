/**
 * What the aligner knows about a normalized word, computed once per distinct word and shared by
 * every document of the process: a 32-bit hash of the word, a 32-bit hash of its Porter stem, and
 * whether it is a function word. Hashes rather than strings because every hot loop of the aligner
 * compares integers in typed arrays; a collision between two of the ~200k distinct words of a
 * large corpus costs one spurious match, which the passage-level checks absorb.
 */
import lunr from 'lunr';
import { isStopword } from './stopwords';

/** FNV-1a over UTF-16 code units, never 0 (0 means "no word" in the aligner's arrays). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === 0 ? 1 : h | 0;
}

/** Mixes a running n-gram hash with the next word's hash (order-sensitive). */
export function mixHash(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) | 0;
}

export interface WordInfo {
  /** Hash of the normalized word. */
  word: number;
  /** Hash of the stem; 0 for function words, which carry no evidence of shared content. */
  stem: number;
  /** The word is a number (digits first), a strong sign of "the same fact". */
  number: boolean;
}

const STOP: WordInfo = { word: 0, stem: 0, number: false };
const cache = new Map<string, WordInfo>();
// The cache is an optimization, not a store: past this size it starts over, so memory stays
// bounded in a long-running app that opens many corpora.
const CACHE_LIMIT = 400_000;

function stemOf(norm: string): string {
  // Porter is for English letters; numbers and words with digits stay as they are.
  if (/\d/.test(norm)) return norm;
  const word = norm.endsWith("'s") ? norm.slice(0, -2) : norm.replaceAll("'", '');
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

/** Facts about one normalized word (`Tokens.norms` entry), memoized. */
export function wordInfo(norm: string): WordInfo {
  let info = cache.get(norm);
  if (info !== undefined) return info;
  const word = hashString(norm);
  if (isStopword(norm)) info = { ...STOP, word };
  else {
    const number = norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57;
    info = { word, stem: hashString(stemOf(norm)), number };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, info);
  return info;
}
