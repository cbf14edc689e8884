/**
 * Word trigrams of a prepared document: per token, the hash of the three words starting there,
 * and the tokens sorted by that hash, so two documents' shared trigrams are found by one merge of
 * two sorted lists (no hash table per pair). Trigrams are the unit of exact reuse: three words in
 * the same order rarely meet by chance, and a folder's formula phrases are counted by trigram too
 * (folder-stats.ts).
 */
import type { AlignDocument } from './document';
import { mixHash } from './lexicon';

export interface DocumentGrams {
  /** Per token: hash of tokens [i, i + 3), or 0 for the last two tokens. */
  hash: Int32Array;
  /** Token indices with a trigram, sorted by hash then position. */
  order: Uint32Array;
}

/** Words per gram. */
export const GRAM = 3;

/** Trigram hashes of a token sequence's words (0 where fewer than three words remain). */
export function trigramHashes(words: Int32Array): Int32Array {
  const n = words.length;
  const out = new Int32Array(n);
  for (let i = 0; i + GRAM <= n; i++) {
    const h = mixHash(mixHash(mixHash(0x2545f491, words[i]!), words[i + 1]!), words[i + 2]!);
    out[i] = h === 0 ? 1 : h;
  }
  return out;
}

const cache = new WeakMap<AlignDocument, DocumentGrams>();

/** Positions a packed sort key can hold (2^21; a hash takes the other 32 of a double's 53 bits). */
const POSITIONS = 0x200000;

/** The document's trigrams, computed on first use and kept with the document. */
export function documentGrams(doc: AlignDocument): DocumentGrams {
  let grams = cache.get(doc);
  if (grams) return grams;
  const hash = trigramHashes(doc.words);
  const n = Math.max(0, doc.tokens.count - GRAM + 1);
  // One numeric key per position, (hash, position) packed in a double, sorted natively: a sort
  // with a comparator function was the slowest step of preparing a document for reuse.
  const order = new Uint32Array(n);
  if (n < POSITIONS) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (hash[i]! + 0x80000000) * POSITIONS + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i]! % POSITIONS;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => hash[x]! - hash[y]! || x - y);
  }
  grams = { hash, order };
  cache.set(doc, grams);
  return grams;
}
