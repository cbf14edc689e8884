/**
 * The searchable index: every shard, the articles' display fields, and the collection statistics
 * BM25 needs (document count, mean field lengths, document frequencies), computed over all shards
 * together, so a score means the same whichever shard an article sits in.
 *
 * Articles are numbered across shards: shard `s`'s document `d` is `base[s] + d`.
 */
import type lunr from 'lunr';
import type { ArticleId } from '../../../shared/article';
import { fuzzyMatches, tokenSetOf } from './lunr-token-set';
import { FIELD_COUNT, type Shard } from './shard';

/** What a hit shows and what the filters read. */
export interface DocMeta {
  id: ArticleId;
  title: string;
  outlet: string | null;
  date: string | null;
}

/** One expansion of a typed word: an index term and how many articles contain it. */
export interface TermCount {
  term: string;
  df: number;
}

export class SearchIndex {
  readonly shards: Shard[];
  readonly base: number[];
  /** Display fields by article number. */
  readonly meta: DocMeta[];
  /** Article number by id. */
  readonly numbers: Map<ArticleId, number>;
  readonly count: number;
  readonly meanLengths: number[];
  private readonly dfCache = new Map<string, number>();
  private tokenSet: lunr.TokenSet | null = null;

  /** `meta` must hold an entry for every id in every shard. */
  constructor(shards: Shard[], meta: ReadonlyMap<ArticleId, DocMeta>) {
    this.shards = shards;
    this.base = [];
    this.meta = [];
    this.numbers = new Map();
    const totals = new Array<number>(FIELD_COUNT).fill(0);
    for (const shard of shards) {
      this.base.push(this.meta.length);
      for (const id of shard.ids) {
        this.numbers.set(id, this.meta.length);
        this.meta.push(meta.get(id) ?? { id, title: id, outlet: null, date: null });
      }
      for (let f = 0; f < FIELD_COUNT; f++) totals[f]! += shard.totalLengths[f]!;
    }
    this.count = this.meta.length;
    this.meanLengths = totals.map((t) => (this.count === 0 ? 0 : t / this.count));
  }

  /**
   * Takes the display fields (title, outlet, date) afresh, as the filters and hits read them, from
   * `metaOf`, which gives the object to read them from (the service gives the corpus's articles
   * themselves: the index then holds what the corpus holds, and nothing of an earlier one).
   */
  relabel(metaOf: (id: ArticleId) => DocMeta | undefined): void {
    for (let n = 0; n < this.meta.length; n++) {
      const id = this.meta[n]!.id;
      // an article gone from the folder keeps only its id, not an article of an earlier corpus
      this.meta[n] = metaOf(id) ?? { id, title: id, outlet: null, date: null };
    }
  }

  /** Articles containing `term` in any field, over all shards. */
  df(term: string): number {
    let df = this.dfCache.get(term);
    if (df === undefined) {
      df = 0;
      for (const shard of this.shards) {
        const t = shard.termIndex(term);
        if (t >= 0) df += shard.df[t]!;
      }
      if (this.dfCache.size > 50_000) this.dfCache.clear();
      this.dfCache.set(term, df);
    }
    return df;
  }

  /**
   * Terms that start with `prefix` (lunr's trailing wildcard), most frequent first, at most
   * `limit`: a two-letter prefix may start thousands of terms, and the rare ones add noise and
   * time, not results anyone would miss.
   */
  expandPrefix(prefix: string, limit: number): TermCount[] {
    const found = new Set<string>();
    for (const shard of this.shards) {
      const [from, to] = shard.prefixRange(prefix);
      for (let t = from; t < to; t++) found.add(shard.term(t));
    }
    return [...found]
      .map((term) => ({ term, df: this.df(term) }))
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Terms within `distance` edits of `term` (insertions, deletions, substitutions,
   * transpositions), through lunr's token set automaton; the token set of the whole vocabulary
   * is built on first use, since only misspelt queries need it.
   */
  fuzzy(term: string, distance: number): TermCount[] {
    if (!this.tokenSet) this.tokenSet = buildTokenSet(this.shards);
    return fuzzyMatches(this.tokenSet, term, distance)
      .map((t) => ({ term: t, df: this.df(t) }))
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
  }

  /** The headline words and body ranges an article was indexed from. */
  layout(n: number): { title: string; body: Uint32Array } {
    const [s, d] = this.locate(n);
    return this.shards[s]!.layout(d);
  }

  /** Article number of an id, or -1. */
  numberOf(id: ArticleId): number {
    return this.numbers.get(id) ?? -1;
  }

  /** Shard and local document of an article number. */
  locate(n: number): [shard: number, doc: number] {
    let lo = 0;
    let hi = this.base.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.base[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    return [lo, n - this.base[lo]!];
  }
}

// merges the shards' sorted term lists into the one sorted list lunr's builder needs
function buildTokenSet(shards: Shard[]): lunr.TokenSet {
  const all = new Set<string>();
  for (const shard of shards) for (const term of shard.terms) all.add(term);
  const sorted = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return tokenSetOf(sorted);
}
