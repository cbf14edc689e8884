/**
 * Where a query's words stand in one article: the spans the reader highlights and steps through
 * (next/previous match), and the snippets highlight. Found by reading that one article with the
 * index's own analyzer, so what is highlighted is what matched, stemming included ("withdraw"
 * lights up "withdrawal"), while the index itself stays free of positions.
 */
import type { Article, Span } from '../../../shared/article';
import { isContent } from '../../../shared/content';
import { phraseSpans } from './phrase';
import type { ParsedQuery, QueryPlan, QueryWord } from './query-types';
import type { SpanFinder } from './snippet';
import { TermFinder } from './term-finder';

export interface Matcher {
  /** Index terms that match. */
  terms: Set<string>;
  /** Typed starts of words (`withdr`): a word matches when its normalized form starts with one. */
  prefixes: string[];
  phrases: QueryWord[][];
}

/**
 * What to highlight for a query: the terms the plan resolved (typo corrections and prefix
 * expansions included) when there is a plan, the typed words' own terms and starts otherwise.
 * Excluded words are not highlighted: they are not in the article.
 */
export function matcherOf(parsed: ParsedQuery, plan: QueryPlan | null): Matcher {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  const phrases: QueryWord[][] = [];
  for (const clause of parsed.clauses) {
    if (clause.mode === 'not') continue;
    if (clause.kind === 'phrase') {
      phrases.push(clause.words);
      continue;
    }
    const word = clause.words[0]!;
    if (word.term) terms.add(word.term);
    if (word.prefix !== 'none' && word.norm.length >= 2) prefixes.push(word.norm);
  }
  if (plan) for (const c of plan.concepts) if (!c.inPhrase) for (const t of c.terms) terms.add(t.term);
  return { terms, prefixes, phrases };
}

/**
 * Spans of matches within `ranges` (`[start, end, ...]`, in order) of `text`, in order, not
 * overlapping. `accented`: whether the text has accented Latin letters, when known.
 */
export function matchSpans(text: string, ranges: ArrayLike<number>, matcher: Matcher, accented?: boolean): Span[] {
  const phrases: Span[] = [];
  for (const words of matcher.phrases) phrases.push(...phraseSpans(text, ranges, words, false, accented));
  const words: Span[] = [];
  finderOf(matcher).each(text, ranges, (start, end) => words.push({ start, end }), accented);
  if (phrases.length === 0) return words;
  // a phrase is one match: its words are not also matches of their own
  const all = [...phrases, ...words.filter((w) => !phrases.some((p) => w.start < p.end && p.start < w.end))];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of all) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** `matchSpans` with `matcher` given: what a snippet highlights (`makeSnippet`). */
export function spanFinder(matcher: Matcher): SpanFinder {
  return (text, ranges, accented) => matchSpans(text, ranges, matcher, accented);
}

// one finder per matcher: its expression is compiled once for all the hits of a search
const finders = new WeakMap<Matcher, TermFinder>();

function finderOf(matcher: Matcher): TermFinder {
  let finder = finders.get(matcher);
  if (!finder) {
    finder = new TermFinder(matcher.terms, matcher.prefixes);
    finders.set(matcher, finder);
  }
  return finder;
}

/** The ranges of an article's content (title, headings, paragraphs), or of its whole text. */
export function articleRanges(article: Pick<Article, 'blocks' | 'text'>, scope: 'content' | 'all' = 'content'): number[] {
  if (scope === 'all') return [0, article.text.length];
  const ranges: number[] = [];
  for (const b of article.blocks) if (isContent(b.kind)) ranges.push(b.start, b.end);
  return ranges;
}
