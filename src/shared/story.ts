/**
 * A story: a group of articles that share text with each other, read from the folder's reuse
 * links (a wire text and its printings are one story), with the articles that share no passage but
 * whose words are clearly those of one of its members (a rewrite). Seen from one article of it, the story
 * text: every member drawn against that text, earliest first, with what each carries and adds.
 */
import type { ArticleId, Span } from './article';

/**
 * How the likely origin was chosen. `date`: the earliest dated member, every member dated.
 * `source`: the member the others' shared passages are drawn from (dates missing or tied).
 * `none`: the evidence points at no one member (two texts that carry each other equally).
 */
export type OriginBasis = 'date' | 'source' | 'none';

export interface StoryOrigin {
  /** The likely origin, or null when the evidence does not single one out. */
  id: ArticleId | null;
  basis: OriginBasis;
  /** The reason, in a sentence a reporter can read ("published first, on 3 May 2021"). */
  reason: string;
}

/** A story in a list: enough to name it and to open it. */
export interface StorySummary {
  /** Stable while the reuse report is: the smallest article id of the story. */
  key: ArticleId;
  size: number;
  /** Distinct outlets named (unknown outlets not counted). */
  outlets: number;
  origin: StoryOrigin;
  /** Earliest and latest dates among the members; null when none is dated. */
  first: string | null;
  last: string | null;
  /** For each member, its words shared with the member it shares most with, summed: how much text the story moves. */
  sharedWords: number;
}

/** One article of a story, drawn against the story text. */
export interface StoryMember {
  id: ArticleId;
  /** Share of the story text's words this member carries (kept text shared with it), 0..1; 1 for the story text itself. */
  carries: number;
  /** Share of this member's own words that are not the story text's: what it adds, 0..1. */
  adds: number;
  /** Words of this member, and of them inside text shared with the story text. */
  words: number;
  sharedWords: number;
  /** What it carries, as spans of the story text (the coverage strip). */
  coverage: Span[];
  /** What it shares, as spans of its own text; the rest of its text is its own. */
  shared: Span[];
  /** Shared passages with the story text (0 for the story text itself). */
  passages: number;
  /** Whether the reuse run linked it to the story text directly (else it is linked through others). */
  direct: boolean;
  /** Days after the earliest dated member; null when undated. */
  lagDays: number | null;
  /**
   * Set when the member shares no passage with any article and joined the story by the likeness
   * of its words to one member (`with`): a rewrite in its own words, or an independent report.
   */
  alike?: { with: ArticleId; likeness: number; terms: number };
}

export interface Story {
  key: ArticleId;
  /** The article the strips are drawn against: the one asked for, or the likely origin. */
  text: ArticleId;
  /** The story text's content span, the width of every coverage strip. */
  extent: Span;
  origin: StoryOrigin;
  /** Earliest dated first, then the undated ones, the story text first among equals. */
  members: StoryMember[];
  /** Members beyond the limit are listed without strips (a very large story). */
  truncated: number;
}
