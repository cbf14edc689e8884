/** Corpus-wide text reuse: which articles share passages with which. */
import type { ArticleId } from './article';

export interface ReuseLink {
  a: ArticleId;
  b: ArticleId;
  /** Shared passages (verbatim and edited; paraphrases are counted apart). */
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

/**
 * The shared text of two outlets summed over their articles (the same outlet twice for one that reuses
 * its own text); null is an unknown outlet.
 */
export interface OutletLink {
  a: string | null;
  b: string | null;
  /** Article pairs, one from each outlet, that share passages. */
  copies: number;
  /** Article pairs that share no passage, only paraphrases (the same facts in other words). */
  paraphrased: number;
  /** Words of `a`'s articles inside passages shared with `b`'s articles, and the other way round. */
  wordsA: number;
  wordsB: number;
  /** Pairs with passages in which `a`'s article (or `b`'s) was published first; undated pairs count in neither. */
  firstA: number;
  firstB: number;
}

/**
 * An article that shares no passage with any other, joined to the article of a story whose words
 * it is most like: a paper that rewrote the wire copy in its own words keeps its names and terms,
 * not its sentences. A likeness, not shared text: it adds the article to a story and nothing more.
 */
export interface AlikeLink {
  /** The article that shares no passage. */
  a: ArticleId;
  /** The article, of a story that shares text, it is most like. */
  b: ArticleId;
  /** Cosine of the two articles' tf-idf vectors over the folder's distinctive word stems, 0..1. */
  likeness: number;
  /** Distinctive word stems the two have in common. */
  terms: number;
}

export interface ReuseReport {
  /** Article pairs, the most shared first. */
  links: ReuseLink[];
  /** The same links summed by pair of outlets, those sharing the most article pairs first. */
  outlets: OutletLink[];
  /** Pairs compared (those with enough rare words in common to be worth aligning). */
  pairsCompared: number;
  pairsTotal: number;
  millis: number;
  /** Where the links come from: Parallax's own run (when absent), or passim's clusters read from its output. */
  source?: 'parallax' | 'passim';
  /** Articles that share no passage, each joined to the story whose words it is most like (absent: none found, or passim's report). */
  alike?: AlikeLink[];
  /**
   * Articles too long to compare across the whole folder (one alignment of such a text holds the
   * backend for seconds); each can still be compared one to one.
   */
  tooLong?: ArticleId[];
}

export interface ReuseProgress {
  state: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  done: number;
  total: number;
  message?: string;
}
