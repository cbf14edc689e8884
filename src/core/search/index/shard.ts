/**
 * An opened shard: the postings (for each term and field, the documents and frequencies) and
 * document frequencies, saved together (`shard-codec.ts`), and the vectors they transpose, which
 * only relevance feedback and lunr read: a saved shard derives them on first use rather than
 * keeping them on disk (a third of every shard file, 90 MB read for nothing by each reopening of
 * 100,000 articles).
 * The shard's data as built and saved (`ShardData`, from `IndexedText`) is defined here too, with
 * nothing imported but the term list: every layer of search names these shapes, and none needs more to do so.
 * (`lunr-view.ts` hands a shard to lunr as a `lunr.Index`.)
 */

import { TermList } from './term-list';

/**
 * The indexed fields, in vector order: the headline, the article proper, and what the page set
 * aside (captions, bylines, links), searchable at a lower weight.
 */
export const FIELDS = ['title', 'body', 'aside'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;

/** Term frequencies are stored in 16 bits when the shard's vocabulary allows; BM25 saturates long before. */
export const MAX_TF = 0xffff;

/** What the index reads of an article: its title and the character ranges of its body. */
export interface IndexedText {
  id: string;
  title: string;
  text: string;
  /** `[start, end, start, end, ...]`: the content blocks of the text other than the title. */
  body: ArrayLike<number>;
  /** The set-aside blocks, as ranges, when the article is in memory (not kept in the index). */
  aside?: ArrayLike<number>;
  /** What each set-aside range is, for "found in a photo caption". */
  asideLabels?: string[];
  /** Whether the text has accented Latin letters; worked out once, by phrase search, when absent. */
  accented?: boolean;
  /** The words the text has, as a Bloom filter (`word-filter.ts`); built once, by phrase search. */
  words?: WordFilter;
}

export interface ShardData {
  ids: string[];
  /** The headline words indexed for each document (`titleText`). */
  titles: string[];
  /** Each document's body ranges (`IndexedText.body`), flat, from `rangeStarts[doc]` to `rangeStarts[doc + 1]`. */
  rangeStarts: Uint32Array;
  ranges: Uint32Array;
  /** Distinct terms, sorted by UTF-16 code units (the order lunr's TokenSet.Builder requires). */
  terms: string[];
  /** Terms per document and field: `lengths[doc * FIELD_COUNT + field]`. */
  lengths: Uint32Array;
  /** Start of each document-field vector in `vectors`, in pairs; one extra entry closes the last. */
  starts: Uint32Array;
  /** `[termIndex, tf, termIndex, tf, ...]`, term indices ascending within each vector. */
  vectors: Uint16Array | Uint32Array;
}

/** A shard's data as saved and opened: its terms one text, cut as read (`term-list.ts`), its vectors derived when read. */
export type SavedShardData = Omit<ShardData, 'terms' | 'vectors'> & { terms: TermList };

/** A Bloom filter of an article's normalized words (built by `word-filter.ts`). */
export interface WordFilter {
  bits: Uint32Array;
  mask: number;
}

/**
 * The transpose of a shard's vectors, what a search reads: for each term and field, the documents
 * and their frequencies. Built with the shard (on the index worker) and saved with it, so opening
 * a saved index is views over its files, not a pass over every pair of every shard.
 */
export interface ShardPostings {
  /** Documents with the term in any field. */
  df: Uint32Array;
  /** Start of each (term, field) posting list: `postStarts[term * FIELD_COUNT + field]`; one extra entry closes the last. */
  postStarts: Uint32Array;
  /** Documents in 16 bits when the shard has at most 65,536 of them. */
  postDocs: Uint16Array | Uint32Array;
  /** Term frequencies, at most `MAX_TF`. */
  postTf: Uint16Array;
}

/** Derives a shard's postings from its vectors: one counting pass, one filling pass. */
export function postingsOf(data: ShardData): ShardPostings {
  const nTerms = data.terms.length;
  const nDocs = data.ids.length;
  const { vectors, starts } = data;
  const counts = new Uint32Array(nTerms * FIELD_COUNT + 1);
  for (let slot = 0; slot < nDocs * FIELD_COUNT; slot++) {
    const field = slot % FIELD_COUNT;
    for (let p = starts[slot]!; p < starts[slot + 1]!; p++) counts[vectors[p * 2]! * FIELD_COUNT + field]!++;
  }
  const postStarts = new Uint32Array(nTerms * FIELD_COUNT + 1);
  for (let i = 0, sum = 0; i <= nTerms * FIELD_COUNT; i++) {
    postStarts[i] = sum;
    sum += counts[i]!;
  }
  const pairs = vectors.length / 2;
  const postDocs = nDocs <= 0x10000 ? new Uint16Array(pairs) : new Uint32Array(pairs);
  const postTf = new Uint16Array(pairs);
  const fill = postStarts.slice();
  const seen = new Int32Array(nTerms).fill(-1);
  const df = new Uint32Array(nTerms);
  for (let doc = 0; doc < nDocs; doc++) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const slot = doc * FIELD_COUNT + field;
      for (let p = starts[slot]!; p < starts[slot + 1]!; p++) {
        const term = vectors[p * 2]!;
        const at = fill[term * FIELD_COUNT + field]!++;
        postDocs[at] = doc;
        postTf[at] = vectors[p * 2 + 1]!;
        if (seen[term] !== doc) {
          seen[term] = doc;
          df[term]!++;
        }
      }
    }
  }
  return { df, postStarts, postDocs, postTf };
}

/**
 * The vectors that `postings` transpose (`starts` gives where each document-field vector
 * begins): each posting list is walked in term order, so each vector's terms come out ascending,
 * as built.
 */
export function vectorsOf(postings: ShardPostings, starts: Uint32Array, terms: number): Uint16Array | Uint32Array {
  const pairs = postings.postDocs.length;
  const vectors = terms <= 0x10000 ? new Uint16Array(pairs * 2) : new Uint32Array(pairs * 2);
  const fill = starts.slice();
  for (let term = 0; term < terms; term++) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      const list = term * FIELD_COUNT + field;
      for (let p = postings.postStarts[list]!; p < postings.postStarts[list + 1]!; p++) {
        const at = fill[postings.postDocs[p]! * FIELD_COUNT + field]!++;
        vectors[at * 2] = term;
        vectors[at * 2 + 1] = postings.postTf[p]!;
      }
    }
  }
  return vectors;
}

/** An opened shard. */
export class Shard {
  readonly ids: string[];
  readonly titles: string[];
  readonly rangeStarts: Uint32Array;
  readonly ranges: Uint32Array;
  /** The sorted terms (term-list.ts): `term(i)` reads one. */
  readonly termList: TermList;
  readonly lengths: Uint32Array;
  readonly starts: Uint32Array;
  /** The vectors as built, or derived from the postings when first read. */
  private derived: Uint16Array | Uint32Array | null;
  /** Documents with the term in any field. */
  readonly df: Uint32Array;
  /** Start of each (term, field) posting list: `postStarts[term * FIELD_COUNT + field]`. */
  readonly postStarts: Uint32Array;
  readonly postDocs: Uint16Array | Uint32Array;
  readonly postTf: Uint16Array;
  /** Sum of field lengths over the shard's documents, per field. */
  readonly totalLengths: number[];

  /**
   * A shard of `data`, with its postings as saved (`shard-codec.ts`, its terms a `TermList`) or
   * derived here.
   */
  constructor(data: ShardData, postings?: ShardPostings);
  constructor(data: SavedShardData, postings: ShardPostings);
  constructor(data: ShardData | SavedShardData, postings?: ShardPostings) {
    this.derived = 'vectors' in data ? data.vectors : null;
    this.ids = data.ids;
    this.titles = data.titles;
    this.rangeStarts = data.rangeStarts;
    this.ranges = data.ranges;
    this.termList = data.terms instanceof TermList ? data.terms : TermList.of(data.terms);
    this.lengths = data.lengths;
    this.starts = data.starts;
    postings ??= postingsOf(data as ShardData);
    this.df = postings.df;
    this.postStarts = postings.postStarts;
    this.postDocs = postings.postDocs;
    this.postTf = postings.postTf;
    this.totalLengths = FIELDS.map(() => 0);
    for (let slot = 0; slot < data.lengths.length; slot++) this.totalLengths[slot % FIELD_COUNT]! += data.lengths[slot]!;
  }

  get size(): number {
    return this.ids.length;
  }

  /** `[termIndex, tf, ...]` of every document-field vector, from `starts[slot]` in pairs. */
  get vectors(): Uint16Array | Uint32Array {
    return (this.derived ??= vectorsOf(this, this.starts, this.termList.length));
  }

  /** Every term, in order: made on first call, for readers of the whole list (lunr's token set). */
  get terms(): string[] {
    return this.termList.array();
  }

  /** Term number `i`. */
  term(i: number): string {
    return this.termList.at(i);
  }

  /** Index of `term` in the sorted term list, or -1. */
  termIndex(term: string): number {
    const i = this.termList.lowerBound(term);
    return this.termList.is(i, term) ? i : -1;
  }

  /** Indices `[from, to)` of the terms that start with `prefix` (lunr's `prefix*` wildcard). */
  prefixRange(prefix: string): [number, number] {
    const from = this.termList.lowerBound(prefix);
    let to = from;
    while (to < this.termList.length && this.termList.at(to).startsWith(prefix)) to++;
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
}
