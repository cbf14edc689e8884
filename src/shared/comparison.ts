/**
 * The result of putting two articles side by side: the passages they share, each as a pair of
 * spans (one in each article's text) with the word-level edits between the two sides.
 */
import type { ArticleMeta, Span } from './article';

/**
 * verbatim: the same words (up to case, punctuation, quotes, line breaks).
 * edited: the same passage with words changed, added, removed.
 * paraphrase: the same fact in other words, linked by shared numbers, names and content words.
 */
export type PassageKind = 'verbatim' | 'edited' | 'paraphrase';

/**
 * One step of the word-level diff inside a passage. `a` and `b` are spans in each article's text.
 * equal: both sides; delete: only in A; insert: only in B; replace: A's words became B's words.
 */
export type EditOp =
  | { op: 'equal'; a: Span; b: Span }
  | { op: 'delete'; a: Span }
  | { op: 'insert'; b: Span }
  | { op: 'replace'; a: Span; b: Span };

/** Why a paraphrase was made: what the two sentences have in common. */
export interface MatchReason {
  numbers: string[];
  names: string[];
  words: string[];
}

/**
 * Inside a passage, a sentence of one side and the sentence (or two or three neighbouring ones) of
 * the other side it was paired with, diffed on their own: a condensed sentence meets the one it
 * came from, and each pair says for itself whether it is a copy, an edit or a paraphrase.
 */
export interface SentencePair {
  a: Span;
  b: Span;
  kind: PassageKind;
  /** 0..1: share of the two sides' words the diff keeps equal. */
  similarity: number;
  /** Word-level (or character-level) edits covering both spans. */
  edits: EditOp[];
}

export interface Passage {
  /** Position of the passage in reading order of side A; the same `k` marks both sides on screen. */
  k: number;
  a: Span;
  b: Span;
  kind: PassageKind;
  /** 0..1: share of the two sides' words that the sentence pairs keep equal (1 for verbatim). */
  similarity: number;
  /** Strength of the evidence, higher is stronger; comparable within one comparison. */
  score: number;
  /** True when the passage sits out of the order the other passages follow on both sides. */
  moved: boolean;
  /** The edits of all its sentence pairs, in order of side A. */
  edits: EditOp[];
  /** The paired sentences, in order of side A; text of the passage in no pair is that side's own. */
  pairs: SentencePair[];
  /**
   * What counts as shared, on each side: the words the sentence pairs keep equal and the edits
   * between them, never the passage's whole span. Empty for a paraphrase.
   */
  kept: { a: Span[]; b: Span[] };
  /** Words of each side in the passage's span, and inside `kept`. */
  words: { a: number; b: number; keptA: number; keptB: number };
  /** For paraphrases: what matched. */
  reason?: MatchReason;
}

export type DiffGranularity = 'word' | 'char';

export interface AlignOptions {
  /** Shortest passage reported, in words (paraphrases excepted). */
  minWords: number;
  /** 0..1: 0 accepts only near-verbatim copies, 1 accepts heavily edited text. */
  fuzziness: number;
  /** Look for sentence-level paraphrases too. */
  paraphrase: boolean;
  /** Look for short text lifted outside the passages too (a quote, a condensed sentence). */
  lifted: boolean;
  /** Word or character granularity of the edits inside passages. */
  granularity: DiffGranularity;
}

export interface ComparisonStats {
  /** Share of each side's words kept by the passages (paraphrases not counted), 0..1. */
  sharedA: number;
  sharedB: number;
  /** Words of each side kept by the passages: the numerators of `sharedA` and `sharedB`. */
  sharedWordsA: number;
  sharedWordsB: number;
  /** Longest shared passage, in words of side A. */
  longestWords: number;
  /** Shared passages: those that keep some text. */
  passages: number;
  /** Paraphrases and passages that keep nothing (the same facts in other words), counted apart. */
  paraphrases: number;
  /** Which article was published first, when both dates are known. */
  firstPublished: 'a' | 'b' | 'same' | null;
  /** Time the comparison took, in milliseconds. */
  millis: number;
}

export interface Comparison {
  a: ArticleMeta;
  b: ArticleMeta;
  options: AlignOptions;
  passages: Passage[];
  stats: ComparisonStats;
}
