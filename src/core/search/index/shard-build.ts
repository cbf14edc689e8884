/**
 * Building one shard of the index from its articles. A shard holds what a `lunr.Builder` would
 * compute for the same documents, in flat typed arrays instead of lunr's object graph: the
 * sorted term list (lunr's token set is built from it), and for every document and field the
 * sorted `[termIndex, termFrequency]` pairs (a `lunr.Vector`'s element layout). Postings are the
 * transpose and are derived when the shard is opened.
 *
 * The vectors keep raw term frequencies, not lunr's BM25 weights: a weight depends on the
 * collection's statistics, and baking those in would make every shard stale whenever any other
 * shard changes. Scoring computes the weights from global statistics at query time instead.
 *
 * No positions are kept: they would double the index, and highlights are found in the one
 * article shown (`highlight.ts`).
 */
import type { Article } from '../../../shared/article';
import { isBody, isContent } from '../../../shared/content';
import { termName, trimMemo, visitTermIds } from './analyzer';
import { FIELD_COUNT, MAX_TF, type IndexedText, type ShardData } from './shard';

/** The body ranges of an article: its title, heading and paragraph blocks, the title block left out. */
export function bodyRanges(article: Pick<Article, 'blocks'>): number[] {
  const ranges: number[] = [];
  for (const block of article.blocks) {
    if (isBody(block.kind)) ranges.push(block.start, block.end);
  }
  return ranges;
}

const SENTENCE = /^[^]{1,400}?[.!?](?=["'\u201d\u2019)]*(?:\s|$))/;

/**
 * The words of the headline: the title block as written, or for a title cut from a long opening
 * sentence ("...having axes perpendicular to the…"), that whole sentence, since the words the
 * display cut off are still the headline's.
 */
export function titleText(article: Pick<Article, 'title' | 'titleSource' | 'text' | 'blocks'>): string {
  const block = article.blocks.find((b) => b.kind === 'title');
  if (block) return article.text.slice(block.start, block.end);
  if (article.titleSource === 'first-sentence' && article.title.endsWith('\u2026')) {
    const first = article.blocks.find((b) => isContent(b.kind));
    if (first) {
      const opening = article.text.slice(first.start, Math.min(first.end, first.start + 400));
      return SENTENCE.exec(opening)?.[0] ?? opening;
    }
  }
  return article.title;
}

/** Labels of set-aside blocks as a hit found only there names them. */
const ASIDE_LABELS: Partial<Record<string, string>> = {
  caption: 'a photo caption',
  byline: 'the byline',
  dateline: 'the date line',
  link: 'a link',
  tagline: 'the site tagline',
  outlet: 'the outlet name',
};

/** The set-aside blocks of an article (not the title, not the article proper) and what each is. */
export function asideRanges(article: Pick<Article, 'blocks'>): { ranges: number[]; labels: string[] } {
  const ranges: number[] = [];
  const labels: string[] = [];
  for (const block of article.blocks) {
    if (isContent(block.kind)) continue;
    ranges.push(block.start, block.end);
    labels.push(ASIDE_LABELS[block.kind] ?? (block.reason ? `the ${block.reason}` : 'text set aside from the page'));
  }
  return { ranges, labels };
}

/** An article as the index reads it. */
export function indexedText(article: Article): IndexedText {
  const aside = asideRanges(article);
  return { id: article.id, title: titleText(article), text: article.text, body: bodyRanges(article), aside: aside.ranges, asideLabels: aside.labels };
}

/**
 * Term counting with integer ids: the analyzer numbers terms (`termIdAt`), each shard gives the
 * ones it meets a local number, and a document's counts live in one reused array, so the work
 * per word is one allocation-free table lookup (lunr's builder keeps a map per document and
 * field, and cuts every word out of the text to look it up).
 */
class Counter {
  /** Local number by the analyzer's term number, -1 when not yet met. */
  private local = new Int32Array(1024).fill(-1);
  readonly words: string[] = [];
  private readonly counts: number[] = [];
  private readonly touched: number[] = [];
  /** `[local id, tf, local id, tf, ...]` of every document-field counted, in order. */
  readonly pairs: number[] = [];
  private length = 0;

  private readonly add = (term: number) => {
    if (term >= this.local.length) {
      const grown = new Int32Array(Math.max(term + 1, this.local.length * 2)).fill(-1);
      grown.set(this.local);
      this.local = grown;
    }
    let id = this.local[term]!;
    if (id < 0) {
      id = this.words.length;
      this.local[term] = id;
      this.words.push(termName(term));
      this.counts.push(0);
    }
    if (this.counts[id] === 0) this.touched.push(id);
    this.counts[id]!++;
    this.length++;
  };

  /** Counts one field's terms from the ranges given; returns the field's length in terms. */
  field(text: string, ranges: ArrayLike<number>): number {
    this.length = 0;
    for (let i = 0; i + 1 < ranges.length; i += 2) visitTermIds(text, ranges[i]!, ranges[i + 1]!, this.add);
    for (const id of this.touched) {
      this.pairs.push(id, this.counts[id]!);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    return this.length;
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds a shard from its documents, which must come sorted by id: the same documents always
 * give the same shard, so an incremental update equals a full rebuild.
 */
export function buildShard(docs: IndexedText[], onDoc?: (done: number) => void): ShardData {
  trimMemo();
  const counter = new Counter();
  const starts = new Uint32Array(docs.length * FIELD_COUNT + 1);
  const lengths = new Uint32Array(docs.length * FIELD_COUNT);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    lengths[d * FIELD_COUNT] = counter.field(doc.title, [0, doc.title.length]);
    starts[d * FIELD_COUNT + 1] = counter.pairs.length / 2;
    lengths[d * FIELD_COUNT + 1] = counter.field(doc.text, doc.body);
    starts[d * FIELD_COUNT + 2] = counter.pairs.length / 2;
    lengths[d * FIELD_COUNT + 2] = counter.field(doc.text, doc.aside ?? []);
    starts[d * FIELD_COUNT + 3] = counter.pairs.length / 2;
    onDoc?.(d + 1);
  }
  // ids in first-seen order -> indices in the sorted term list
  const order = counter.words.map((_, id) => id).sort((a, b) => byCodeUnits(counter.words[a]!, counter.words[b]!));
  const rank = new Uint32Array(order.length);
  order.forEach((id, i) => (rank[id] = i));
  const terms = order.map((id) => counter.words[id]!);

  const pairs = counter.pairs;
  const vectors = terms.length <= 0x10000 ? new Uint16Array(pairs.length) : new Uint32Array(pairs.length);
  // pack (termIndex, tf) into one number so that a typed array's native numeric sort orders the pairs
  let scratch = new Float64Array(1024);
  for (let slot = 0; slot < docs.length * FIELD_COUNT; slot++) {
    const from = starts[slot]!;
    const n = starts[slot + 1]! - from;
    if (n > scratch.length) scratch = new Float64Array(n * 2);
    for (let k = 0; k < n; k++) scratch[k] = rank[pairs[(from + k) * 2]!]! * 0x10000 + Math.min(pairs[(from + k) * 2 + 1]!, MAX_TF);
    const sorted = scratch.subarray(0, n).sort();
    for (let k = 0; k < n; k++) {
      const packed = sorted[k]!;
      vectors[(from + k) * 2] = Math.floor(packed / 0x10000);
      vectors[(from + k) * 2 + 1] = packed % 0x10000;
    }
  }
  // where each document's indexed text lies, so that a search can read a file's text and find
  // its body without parsing the page again
  const rangeStarts = new Uint32Array(docs.length + 1);
  for (let d = 0; d < docs.length; d++) rangeStarts[d + 1] = rangeStarts[d]! + docs[d]!.body.length;
  const ranges = new Uint32Array(rangeStarts[docs.length]!);
  docs.forEach((doc, d) => ranges.set(doc.body, rangeStarts[d]!));
  return { ids: docs.map((d) => d.id), titles: docs.map((d) => d.title), rangeStarts, ranges, terms, lengths, starts, vectors };
}
