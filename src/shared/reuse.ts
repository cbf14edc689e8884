/** Corpus-wide text reuse: which articles share passages with which. */
import type { ArticleId } from './article';

export interface ReuseLink {
  a: ArticleId;
  b: ArticleId;
  /** Shared passages (verbatim and edited; paraphrase links are counted apart). */
  passages: number;
  paraphrases: number;
  /** Share of each article's words inside shared passages, 0..1. */
  sharedA: number;
  sharedB: number;
  /** Words of each article inside shared passages. */
  sharedWordsA: number;
  sharedWordsB: number;
  /** Words in the longest shared passage. */
  longestWords: number;
  /** Which of the two was published first, when both dates are known. */
  firstPublished: 'a' | 'b' | 'same' | null;
}

export interface ReuseReport {
  links: ReuseLink[];
  /** Pairs compared (those with enough rare words in common to be worth aligning). */
  pairsCompared: number;
  pairsTotal: number;
  millis: number;
}

export interface ReuseProgress {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  message?: string;
}
