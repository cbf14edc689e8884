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
import type { Article } from '../../shared/article';
import { CONTENT_KINDS } from '../corpus/debris';
import { countTerms } from './analyzer';

/** The indexed fields, in vector order. */
export const FIELDS = ['title', 'body'] as const;
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
  body: number[];
}

export interface ShardData {
  ids: string[];
  /** Distinct terms, sorted by UTF-16 code units (the order lunr's TokenSet.Builder requires). */
  terms: string[];
  /** Terms per document and field: `lengths[doc * FIELD_COUNT + field]`. */
  lengths: Uint32Array;
  /** Start of each document-field vector in `vectors`, in pairs; one extra entry closes the last. */
  starts: Uint32Array;
  /** `[termIndex, tf, termIndex, tf, ...]`, term indices ascending within each vector. */
  vectors: Uint16Array | Uint32Array;
}

/** The body ranges of an article: its title, heading and paragraph blocks, the title block left out. */
export function bodyRanges(article: Pick<Article, 'blocks'>): number[] {
  const ranges: number[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'title' && CONTENT_KINDS.has(block.kind)) ranges.push(block.start, block.end);
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
    const first = article.blocks.find((b) => CONTENT_KINDS.has(b.kind));
    if (first) {
      const opening = article.text.slice(first.start, Math.min(first.end, first.start + 400));
      return SENTENCE.exec(opening)?.[0] ?? opening;
    }
  }
  return article.title;
}

/** An article as the index reads it. */
export function indexedText(article: Article): IndexedText {
  return { id: article.id, title: titleText(article), text: article.text, body: bodyRanges(article) };
}

interface Counted {
  title: Map<string, number>;
  body: Map<string, number>;
  titleLength: number;
  bodyLength: number;
}

function count(doc: IndexedText): Counted {
  const title = new Map<string, number>();
  const body = new Map<string, number>();
  const titleLength = countTerms(doc.title, 0, doc.title.length, title);
  let bodyLength = 0;
  for (let i = 0; i + 1 < doc.body.length; i += 2) bodyLength += countTerms(doc.text, doc.body[i]!, doc.body[i + 1]!, body);
  return { title, body, titleLength, bodyLength };
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds a shard from its documents, which must come sorted by id: the same documents always
 * give the same shard, so an incremental update equals a full rebuild.
 */
export function buildShard(docs: IndexedText[], onDoc?: (done: number) => void): ShardData {
  const vocabulary = new Map<string, number>();
  const counted: Counted[] = [];
  for (let d = 0; d < docs.length; d++) {
    const c = count(docs[d]!);
    for (const term of c.title.keys()) if (!vocabulary.has(term)) vocabulary.set(term, vocabulary.size);
    for (const term of c.body.keys()) if (!vocabulary.has(term)) vocabulary.set(term, vocabulary.size);
    counted.push(c);
    onDoc?.(d + 1);
  }
  const terms = [...vocabulary.keys()].sort(byCodeUnits);
  for (let i = 0; i < terms.length; i++) vocabulary.set(terms[i]!, i);

  let pairs = 0;
  for (const c of counted) pairs += c.title.size + c.body.size;
  const vectors = terms.length <= 0x10000 ? new Uint16Array(pairs * 2) : new Uint32Array(pairs * 2);
  const starts = new Uint32Array(docs.length * FIELD_COUNT + 1);
  const lengths = new Uint32Array(docs.length * FIELD_COUNT);
  let at = 0;
  let slot = 0;
  const scratch: number[] = [];
  for (const c of counted) {
    for (const [field, length] of [
      [c.title, c.titleLength],
      [c.body, c.bodyLength],
    ] as const) {
      starts[slot] = at;
      lengths[slot] = length;
      slot++;
      // pack (termIndex, tf) into one number so one numeric sort orders the pairs
      scratch.length = 0;
      for (const [term, tf] of field) scratch.push(vocabulary.get(term)! * 0x10000 + Math.min(tf, MAX_TF));
      scratch.sort((a, b) => a - b);
      for (const packed of scratch) {
        vectors[at * 2] = Math.floor(packed / 0x10000);
        vectors[at * 2 + 1] = packed % 0x10000;
        at++;
      }
    }
  }
  starts[slot] = at;
  return { ids: docs.map((d) => d.id), terms, lengths, starts, vectors };
}
