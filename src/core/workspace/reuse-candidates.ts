/**
 * The pairs of articles worth aligning. An inverted index of hashed word 5-grams proposes pairs
 * that share at least two rare ones (one, when an article is a brief with few grams to share); a
 * 5-gram found in many articles (a tagline, a standard sign-off, a quote everybody carries)
 * proposes nothing.
 *
 * Articles come in one at a time (`GramPairs.add`) and only their grams are kept, as typed arrays,
 * so the folder-wide run need not hold every prepared document until the pairs are known.
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

/** Sorted distinct hashes of the document's word 5-grams, from its word hashes (no strings built). */
export function gramHashes(doc: Pick<AlignDocument, 'words'>): Uint32Array {
  const words = doc.words;
  const all = new Uint32Array(Math.max(0, words.length - GRAM + 1));
  for (let i = 0; i < all.length; i++) {
    let h = 0x3c6ef372;
    for (let j = i; j < i + GRAM; j++) h = mixHash(h, words[j]!);
    all[i] = h >>> 0;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  // a copy of the distinct part: the scratch buffer of every gram is let go
  return all.slice(0, n);
}

/** A growable list of doubles in one typed array (no boxed numbers). */
class Doubles {
  data = new Float64Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/**
 * Bits per slot of the filter that finds the grams seen in two articles or more: at least four
 * slots per gram held, so few lone grams share a slot with another and pass the filter.
 */
function filterBits(grams: number): number {
  return Math.min(30, Math.max(10, Math.ceil(Math.log2(Math.max(1, grams) * 4))));
}

/** The 5-grams of a folder's articles, added one article at a time, and the pairs they propose. */
export class GramPairs {
  private readonly grams: Uint32Array[] = [];
  private total = 0;

  /** Adds the next article (its index is the number added before it). */
  add(doc: Pick<AlignDocument, 'words'>): void {
    this.addGrams(gramHashes(doc));
  }

  /** Adds the next article by its grams (`gramHashes`). */
  addGrams(grams: Uint32Array): void {
    if (this.grams.length >= ARTICLES) throw new Error(`more than ${ARTICLES} articles`);
    this.grams.push(grams);
    this.total += grams.length;
  }

  /** Articles added. */
  get size(): number {
    return this.grams.length;
  }

  /**
   * Pairs of article indexes `[x, y]` (x < y) that share enough rare grams, sorted. Most grams
   * are in one article only: a bit filter set in one pass over the grams leaves them out before
   * anything is sorted, so what is sorted is the grams seen twice (and a few lone ones whose slot
   * another gram took, which the sort then finds alone).
   */
  pairs(): [number, number][] {
    const n = this.grams.length;
    const bits = filterBits(this.total);
    const seen = new Uint8Array(1 << (bits - 3));
    const twice = new Uint8Array(1 << (bits - 3));
    const slotOf = (g: number) => Math.imul(g, 0x9e3779b1) >>> (32 - bits);
    for (const grams of this.grams) {
      for (let k = 0; k < grams.length; k++) {
        const s = slotOf(grams[k]!);
        const bit = 1 << (s & 7);
        if (seen[s >> 3]! & bit) twice[s >> 3]! |= bit;
        else seen[s >> 3]! |= bit;
      }
    }
    const keys = new Doubles();
    this.grams.forEach((grams, i) => {
      for (let k = 0; k < grams.length; k++) {
        const s = slotOf(grams[k]!);
        if (twice[s >> 3]! & (1 << (s & 7))) keys.push(grams[k]! * ARTICLES + i);
      }
    });
    const sortedKeys = keys.sorted();
    const limit = Math.max(COMMON_MIN, Math.ceil(n * COMMON_SHARE));
    // every (x, y) once per rare gram they share, packed in a double: sorted, equal pairs are runs
    const incidences = new Doubles();
    const list: number[] = [];
    for (let k = 0; k < sortedKeys.length; ) {
      const gram = Math.floor(sortedKeys[k]! / ARTICLES);
      list.length = 0;
      while (k < sortedKeys.length && Math.floor(sortedKeys[k]! / ARTICLES) === gram) list.push(sortedKeys[k++]! % ARTICLES);
      if (list.length < 2 || list.length > limit) continue;
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) incidences.push(list[x]! * ARTICLES + list[y]!);
    }
    const sortedPairs = incidences.sorted();
    const pairs: [number, number][] = [];
    for (let k = 0; k < sortedPairs.length; ) {
      const key = sortedPairs[k]!;
      let count = 0;
      while (k < sortedPairs.length && sortedPairs[k] === key) {
        count++;
        k++;
      }
      const x = Math.floor(key / ARTICLES);
      const y = key % ARTICLES;
      const need = Math.min(this.grams[x]!.length, this.grams[y]!.length) < BRIEF ? 1 : MIN_SHARED;
      if (count >= need) pairs.push([x, y]);
    }
    return pairs;
  }
}

/** Pairs `[a, b]` (a before b in `ids`) to align: every pair when `all`, else the filtered ones. */
export function candidatePairs(
  ids: ArticleId[],
  docs: ReadonlyMap<ArticleId, Pick<AlignDocument, 'words'>>,
  all: boolean,
): [ArticleId, ArticleId][] {
  if (all) return allPairs(ids);
  const index = new GramPairs();
  for (const id of ids) index.add(docs.get(id)!);
  return namedPairs(ids, index.pairs());
}

/** Every pair of `ids`, each once, in the order of `ids`. */
export function allPairs(ids: readonly ArticleId[]): [ArticleId, ArticleId][] {
  const pairs: [ArticleId, ArticleId][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

/** Index pairs named by `ids`, sorted by the names (the order the report has always had). */
export function namedPairs(ids: readonly ArticleId[], pairs: [number, number][]): [ArticleId, ArticleId][] {
  return pairs
    .map(([x, y]): [ArticleId, ArticleId] => [ids[x]!, ids[y]!])
    .sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : 1));
}
