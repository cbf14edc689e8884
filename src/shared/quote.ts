/**
 * Quote tracking: a sentence (selected in an article, or typed) and every article of the folder
 * that carries it, word for word or edited, earliest first, each with the diff against the quote.
 */
import type { ArticleId, Span } from './article';
import type { EditOp, PassageKind } from './comparison';

export interface QuoteMatch {
  id: ArticleId;
  /** verbatim: every word of the quote, unchanged; edited: kept with changes, or in part. */
  kind: Exclude<PassageKind, 'paraphrase'>;
  /** Words of the quote the article keeps (equal, or edited in place), of `QuoteResult.words`. */
  keptWords: number;
  /** 0..1: share of the two sides' words the diff keeps equal. */
  similarity: number;
  /** Where the quote stands in the article's text. */
  span: Span;
  /** The article's text of `span`, so the match shows without loading the article. */
  excerpt: string;
  /** The word edits from the quote (`a`: offsets into the quote) to the article (`b`: offsets into its text). */
  edits: EditOp[];
}

export interface QuoteResult {
  /** The quote as searched. */
  text: string;
  /** Its words. */
  words: number;
  /** Earliest dated first, then the undated; the closest copies first among equals. */
  matches: QuoteMatch[];
  /** Articles the index proposed and the aligner checked. */
  candidates: number;
  millis: number;
  /** Set when the answer is partial or empty for a reason ("the search index is still being built"). */
  notice?: string;
}
