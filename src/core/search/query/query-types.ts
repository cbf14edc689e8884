/**
 * The shapes a query takes on its way to ranking: parsed (`query-parser.ts`: clauses of words
 * and phrases) and planned against the index (`plan.ts`: weighted terms per concept). Kept apart
 * from the code that makes them so that ranking, phrases and highlights name them without
 * depending on parsing and planning.
 */

export type PrefixMode = 'none' | 'explicit' | 'typing';

export interface QueryWord {
  /** The word as typed. */
  text: string;
  /** Its normalized form (lower case, folded). */
  norm: string;
  /** Its index term, `''` for a stop word. */
  term: string;
  /** `explicit` for `word*`; `typing` for the last word when the text does not end after it. */
  prefix: PrefixMode;
}

export interface QueryClause {
  kind: 'word' | 'phrase';
  words: QueryWord[];
  field: 'any' | 'title';
  /** `should` ranks, `must` filters and ranks, `not` excludes. */
  mode: 'should' | 'must' | 'not';
}

export interface ParsedQuery {
  clauses: QueryClause[];
  /** Lower-cased outlet names from `outlet:`; an article matches when its outlet matches any. */
  outlets: string[];
  excludedOutlets: string[];
  notices: string[];
}

export interface WeightedTerm {
  term: string;
  /** Share of the concept's weight: 1 for the word itself, less for what a prefix or typo implies. */
  weight: number;
}

export interface Concept {
  /** What the person typed, for notices. */
  label: string;
  terms: WeightedTerm[];
  field: 'any' | 'title';
  mode: 'should' | 'must';
  /** A word of a quoted phrase: it narrows and ranks, but only the whole phrase is highlighted. */
  inPhrase?: boolean;
}

export interface PhraseConstraint {
  words: QueryWord[];
  field: 'any' | 'title';
  mode: 'must' | 'not';
}

export interface QueryPlan {
  concepts: Concept[];
  /** Terms whose articles are left out, with the field they must not be in. */
  excluded: { terms: string[]; field: 'any' | 'title' }[];
  phrases: PhraseConstraint[];
  outlets: string[];
  excludedOutlets: string[];
  notices: string[];
}
