/**
 * The pairs of articles worth aligning. An inverted index of hashed word 5-grams proposes pairs
 * that share at least two rare ones (one, when an article is a brief with few grams to share); a
 * 5-gram found in many articles (a tagline, a standard sign-off, a quote everybody carries)
 * proposes nothing.
 */
import type { ArticleId } from '../../shared/article';
import { mixHash } from '../align/lexicon';
import type { AlignDocument } from '../align/index';

const GRAM = 5;
/** Shared rare grams a pair needs to be aligned. */
const MIN_SHARED = 2;
/** An article with fewer grams than this (a brief of under a hundred words) needs one shared rare gram. */
const BRIEF = 100;
/** A gram in more articles than this share of the folder (and at least this count) is boilerplate. */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 5;
/** Articles a packed sort key can tell apart (2^21; the gram's 32-bit hash takes the rest). */
const ARTICLES = 0x200000;

/** Distinct hashes of the document's word 5-grams, from its word hashes (no strings built). */
function gramHashes(doc: AlignDocument): Set<number> {
  const words = doc.words;
  const grams = new Set<number>();
  for (let i = 0; i + GRAM <= words.length; i++) {
    let h = 0x3c6ef372;
    for (let j = i; j < i + GRAM; j++) h = mixHash(h, words[j]!);
    grams.add(h >>> 0);
  }
  return grams;
}

/** Pairs `[a, b]` (a before b in `ids`) to align: every pair when `all`, else the filtered ones. */
export function candidatePairs(
  ids: ArticleId[],
  docs: Map<ArticleId, AlignDocument>,
  all: boolean,
): [ArticleId, ArticleId][] {
  const pairs: [ArticleId, ArticleId][] = [];
  if (all) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
    return pairs;
  }
  // Every (gram, article) once, packed in a double and sorted: the articles of one gram come
  // together, without a map of lists (the slowest step on a folder of thousands).
  const sizes = new Uint32Array(ids.length);
  const perDoc = ids.map((id, i) => {
    const grams = gramHashes(docs.get(id)!);
    sizes[i] = grams.size;
    return grams;
  });
  const keys = new Float64Array(perDoc.reduce((n, g) => n + g.size, 0));
  let at = 0;
  perDoc.forEach((grams, i) => {
    for (const g of grams) keys[at++] = g * ARTICLES + i;
  });
  keys.sort();
  const limit = Math.max(COMMON_MIN, Math.ceil(ids.length * COMMON_SHARE));
  const shared = new Map<number, number>();
  const list: number[] = [];
  for (let k = 0; k < keys.length; ) {
    const gram = Math.floor(keys[k]! / ARTICLES);
    list.length = 0;
    while (k < keys.length && Math.floor(keys[k]! / ARTICLES) === gram) list.push(keys[k++]! % ARTICLES);
    if (list.length < 2 || list.length > limit) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * ids.length + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, count] of shared) {
    const x = Math.floor(key / ids.length);
    const y = key % ids.length;
    const need = Math.min(sizes[x]!, sizes[y]!) < BRIEF ? 1 : MIN_SHARED;
    if (count >= need) pairs.push([ids[x]!, ids[y]!]);
  }
  return pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : 1));
}
