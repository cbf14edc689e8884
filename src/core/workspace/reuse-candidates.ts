/**
 * The pairs of articles worth aligning. An inverted index of hashed word 5-grams proposes pairs
 * that share at least two rare ones (one, when an article is a brief with few grams to share); a
 * 5-gram found in many articles (a tagline, a standard sign-off, a quote everybody carries)
 * proposes nothing.
 */
import type { ArticleId } from '../../shared/article';
import type { AlignDocument } from '../align/index';

const GRAM = 5;
/** Shared rare grams a pair needs to be aligned. */
const MIN_SHARED = 2;
/** An article with fewer grams than this (a brief of under a hundred words) needs one shared rare gram. */
const BRIEF = 100;
/** A gram in more articles than this share of the folder (and at least this count) is boilerplate. */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 5;

function gramHashes(doc: AlignDocument): Set<number> {
  const norms = doc.tokens.norms;
  const grams = new Set<number>();
  for (let i = 0; i + GRAM <= norms.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + GRAM; j++) {
      const w = norms[j]!;
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
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
  const postings = new Map<number, number[]>();
  const sizes = new Uint32Array(ids.length);
  ids.forEach((id, i) => {
    const grams = gramHashes(docs.get(id)!);
    sizes[i] = grams.size;
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const limit = Math.max(COMMON_MIN, Math.ceil(ids.length * COMMON_SHARE));
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
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
