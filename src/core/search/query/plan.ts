/**
 * A parsed query resolved against the index: each typed word becomes a concept, the index terms
 * that stand for it (its stem, the words a prefix starts, or the spelling a typo meant), so
 * ranking deals in terms and highlighting knows exactly what matched.
 *
 * Typo tolerance that does not flood: a word is corrected only when the index has no such term
 * at all, and then to the closest spellings that do occur, most frequent first. A word that
 * exists is never widened ("iran" does not pull in "iraq").
 */
import { termOf } from '../index/analyzer';
import type { Concept, ParsedQuery, QueryClause, QueryPlan, QueryWord, WeightedTerm } from './query-types';
import type { SearchIndex } from '../index/search-index';

/** Most terms a prefix expands to; more would be rare words nobody is typing towards. */
export const PREFIX_LIMIT = 32;
/** Shortest typed start that expands: one letter starts a tenth of the vocabulary. */
export const MIN_PREFIX = 2;
/** Spellings searched for a word the index lacks. */
export const TYPO_LIMIT = 2;

/**
 * Expansions of a word being typed or written `word*`: terms that start with what was typed, and
 * terms that what was typed starts with (a stem is often shorter than the word: "nationa" is on
 * its way to "national", stemmed "nation").
 */
function prefixTerms(index: SearchIndex, word: QueryWord): WeightedTerm[] {
  if (word.norm.length < MIN_PREFIX) return [];
  const found = new Map<string, number>();
  for (const { term } of index.expandPrefix(word.norm, PREFIX_LIMIT)) found.set(term, 1);
  const stem = termOf(word.norm);
  if (stem && stem !== word.norm) for (const { term } of index.expandPrefix(stem, PREFIX_LIMIT)) found.set(term, 1);
  for (let cut = word.norm.length - 1; cut >= Math.max(3, word.norm.length - 2); cut--) {
    const shorter = word.norm.slice(0, cut);
    if (index.df(shorter) > 0) found.set(shorter, 1);
  }
  return [...found].map(([term, weight]) => ({ term, weight }));
}

/** Edit distance with transpositions (optimal string alignment), as lunr's fuzzy matching counts edits. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The spellings a word the index lacks was meant as: terms within one edit (two for long words)
 * of its stem or of the word itself, starting with the same letter (a typo seldom hits the first
 * one, and without this "goverment" would also bring "over" and "oper"), the closest only, the
 * most used of those first.
 */
function typoTerms(index: SearchIndex, word: QueryWord): WeightedTerm[] {
  const length = word.norm.length;
  if (length < 4 || /\d/.test(word.norm)) return [];
  const distance = length >= 8 ? 2 : 1;
  const near = new Map<string, { df: number; edits: number }>();
  for (const key of new Set([word.term, word.norm])) {
    if (!key) continue;
    for (const t of index.fuzzy(key, distance)) {
      if (t.term[0] !== key[0]) continue;
      const edits = editDistance(key, t.term);
      const seen = near.get(t.term);
      if (!seen || edits < seen.edits) near.set(t.term, { df: t.df, edits });
    }
  }
  const fewest = Math.min(...[...near.values()].map((n) => n.edits));
  return [...near]
    .filter(([, n]) => n.edits === fewest)
    .sort((a, b) => b[1].df - a[1].df || (a[0] < b[0] ? -1 : 1))
    .slice(0, TYPO_LIMIT)
    .map(([term]) => ({ term, weight: 1 }));
}

function resolveWord(index: SearchIndex, word: QueryWord, notices: string[]): WeightedTerm[] {
  const exact = word.term !== '' && index.df(word.term) > 0;
  if (word.prefix === 'typing' && exact) return [{ term: word.term, weight: 1 }];
  if (word.prefix !== 'none') {
    const expanded = prefixTerms(index, word);
    if (exact && !expanded.some((t) => t.term === word.term)) expanded.push({ term: word.term, weight: 1 });
    if (expanded.length > 0) return expanded;
  } else if (exact) {
    return [{ term: word.term, weight: 1 }];
  }
  if (index.count === 0) return [];
  const typo = typoTerms(index, word);
  if (typo.length > 0) notices.push(`No articles contain "${word.text}"; showing "${typo.map((t) => t.term).join('", "')}" instead.`);
  else if (word.term) notices.push(`No articles contain "${word.text}".`);
  return typo;
}

function conceptOf(clause: QueryClause, index: SearchIndex, notices: string[]): Concept | null {
  const word = clause.words[0]!;
  const terms = resolveWord(index, word, notices);
  if (clause.mode === 'not') return null;
  return { label: word.text, terms, field: clause.field, mode: clause.mode };
}

/** Resolves a parsed query against the index. */
export function planQuery(query: ParsedQuery, index: SearchIndex): QueryPlan {
  const notices = [...query.notices];
  const plan: QueryPlan = {
    concepts: [],
    excluded: [],
    phrases: [],
    outlets: query.outlets,
    excludedOutlets: query.excludedOutlets,
    notices,
  };
  for (const clause of query.clauses) {
    if (clause.kind === 'phrase') {
      plan.phrases.push({ words: clause.words, field: clause.field, mode: clause.mode === 'not' ? 'not' : 'must' });
      if (clause.mode === 'not') continue;
      // every content word of a required phrase is required: the postings narrow the articles
      // whose text is then read for the phrase itself
      for (const word of clause.words) {
        if (word.term === '') continue;
        plan.concepts.push({ label: word.text, terms: [{ term: word.term, weight: 1 }], field: clause.field, mode: 'must', inPhrase: true });
      }
      continue;
    }
    if (clause.mode === 'not') {
      const word = clause.words[0]!;
      const terms = word.prefix === 'explicit' ? prefixTerms(index, word).map((t) => t.term) : word.term ? [word.term] : [];
      if (terms.length > 0) plan.excluded.push({ terms, field: clause.field });
      continue;
    }
    const concept = conceptOf(clause, index, notices);
    if (concept) plan.concepts.push(concept);
  }
  return plan;
}

