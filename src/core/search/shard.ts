/**
 * An opened shard: the saved vectors plus what is derived from them on opening, postings (the
 * transpose: for each term and field, the documents and frequencies) and document frequencies.
 * Deriving postings costs one pass over the pairs, far less than reading them from disk would.
 *
 * `toLunr()` hands the same shard to lunr as a `lunr.Index` (inverted index, field vectors,
 * token set), so anything written against lunr's API can run on it.
 */
import lunr from 'lunr';
import { tokenSetOf } from './lunr-token-set';
import { FIELD_COUNT, FIELDS, type ShardData } from './shard-build';

export class Shard {
  readonly ids: string[];
  readonly titles: string[];
  readonly rangeStarts: Uint32Array;
  readonly ranges: Uint32Array;
  readonly terms: string[];
  readonly lengths: Uint32Array;
  readonly starts: Uint32Array;
  readonly vectors: Uint16Array | Uint32Array;
  /** Documents with the term in any field. */
  readonly df: Uint32Array;
  /** Start of each (term, field) posting list: `postStarts[term * FIELD_COUNT + field]`. */
  readonly postStarts: Uint32Array;
  readonly postDocs: Uint32Array;
  readonly postTf: Uint32Array;
  /** Sum of field lengths over the shard's documents, per field. */
  readonly totalLengths: number[];
  private lunrIndex: lunr.Index | null = null;

  constructor(data: ShardData) {
    this.ids = data.ids;
    this.titles = data.titles;
    this.rangeStarts = data.rangeStarts;
    this.ranges = data.ranges;
    this.terms = data.terms;
    this.lengths = data.lengths;
    this.starts = data.starts;
    this.vectors = data.vectors;
    const nTerms = data.terms.length;
    const nDocs = data.ids.length;
    const counts = new Uint32Array(nTerms * FIELD_COUNT + 1);
    const vectors = data.vectors;
    for (let slot = 0; slot < nDocs * FIELD_COUNT; slot++) {
      const field = slot % FIELD_COUNT;
      for (let p = data.starts[slot]!; p < data.starts[slot + 1]!; p++) counts[vectors[p * 2]! * FIELD_COUNT + field]!++;
    }
    this.postStarts = new Uint32Array(nTerms * FIELD_COUNT + 1);
    for (let i = 0, sum = 0; i <= nTerms * FIELD_COUNT; i++) {
      this.postStarts[i] = sum;
      sum += counts[i]!;
    }
    const pairs = vectors.length / 2;
    this.postDocs = new Uint32Array(pairs);
    this.postTf = new Uint32Array(pairs);
    const fill = this.postStarts.slice();
    const seen = new Int32Array(nTerms).fill(-1);
    this.df = new Uint32Array(nTerms);
    this.totalLengths = FIELDS.map(() => 0);
    for (let doc = 0; doc < nDocs; doc++) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const slot = doc * FIELD_COUNT + field;
        this.totalLengths[field]! += data.lengths[slot]!;
        for (let p = data.starts[slot]!; p < data.starts[slot + 1]!; p++) {
          const term = vectors[p * 2]!;
          const at = fill[term * FIELD_COUNT + field]!++;
          this.postDocs[at] = doc;
          this.postTf[at] = vectors[p * 2 + 1]!;
          if (seen[term] !== doc) {
            seen[term] = doc;
            this.df[term]!++;
          }
        }
      }
    }
  }

  get size(): number {
    return this.ids.length;
  }

  /** Index of `term` in the sorted term list, or -1. */
  termIndex(term: string): number {
    const i = lowerBound(this.terms, term);
    return i < this.terms.length && this.terms[i] === term ? i : -1;
  }

  /** Indices `[from, to)` of the terms that start with `prefix` (lunr's `prefix*` wildcard). */
  prefixRange(prefix: string): [number, number] {
    const from = lowerBound(this.terms, prefix);
    let to = from;
    while (to < this.terms.length && this.terms[to]!.startsWith(prefix)) to++;
    return [from, to];
  }

  /** The headline words and body ranges (`[start, end, ...]` in the file's text) a document was indexed from. */
  layout(doc: number): { title: string; body: Uint32Array } {
    return { title: this.titles[doc]!, body: this.ranges.subarray(this.rangeStarts[doc]!, this.rangeStarts[doc + 1]!) };
  }

  /** The pairs `[termIndex, tf, ...]` of one document's field: a `lunr.Vector`'s elements. */
  vector(doc: number, field: number): Uint16Array | Uint32Array {
    const slot = doc * FIELD_COUNT + field;
    return this.vectors.subarray(this.starts[slot]! * 2, this.starts[slot + 1]! * 2);
  }

  /**
   * This shard as a `lunr.Index`: lunr's inverted index (`term -> {_index, field -> {ref: {}}}`),
   * field vectors keyed `field/ref`, token set and a stemming search pipeline. Vectors hold term
   * frequencies, so lunr's `search()` finds what lunr would find, ranked by raw frequency.
   * Built on first call; meant for interoperating with lunr, not for the hot path.
   */
  toLunr(): lunr.Index {
    if (this.lunrIndex) return this.lunrIndex;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
    const none = Object.freeze({});
    for (let t = 0; t < this.terms.length; t++) {
      const posting: Record<string, unknown> = { _index: t };
      for (let f = 0; f < FIELD_COUNT; f++) {
        const refs: Record<string, object> = Object.create(null);
        for (let p = this.postStarts[t * FIELD_COUNT + f]!; p < this.postStarts[t * FIELD_COUNT + f + 1]!; p++) {
          refs[this.ids[this.postDocs[p]!]!] = none;
        }
        posting[FIELDS[f]!] = refs;
      }
      invertedIndex[this.terms[t]!] = posting;
    }
    const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
    for (let d = 0; d < this.ids.length; d++) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        fieldVectors[`${FIELDS[f]}/${this.ids[d]}`] = new lunr.Vector(Array.from(this.vector(d, f)));
      }
    }
    const pipeline = new lunr.Pipeline();
    pipeline.add(lunr.stemmer);
    const tokenSet = tokenSetOf(this.terms);
    const attrs = { invertedIndex, fieldVectors, tokenSet, fields: [...FIELDS], pipeline };
    this.lunrIndex = new lunr.Index(attrs as unknown as lunr.Index.Attributes);
    return this.lunrIndex;
  }
}

/** First index `i` with `sorted[i] >= key` (code-unit order). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
