/**
 * lunr's token set (a minimal automaton over the vocabulary) with the static constructors typed
 * as lunr defines them: `@types/lunr` declares `fromArray` as an instance method and omits
 * `fromFuzzyString` and `fromString`.
 */
import lunr from 'lunr';

interface TokenSetStatics {
  fromArray(sortedWords: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
  fromString(pattern: string): lunr.TokenSet;
}

const statics = lunr.TokenSet as unknown as TokenSetStatics;

/** A token set of `sortedWords`, which must be sorted by UTF-16 code units. */
export function tokenSetOf(sortedWords: string[]): lunr.TokenSet {
  return statics.fromArray(sortedWords);
}

/** The words of `set` within `distance` edits of `word` (insertions, deletions, substitutions, transpositions). */
export function fuzzyMatches(set: lunr.TokenSet, word: string, distance: number): string[] {
  return set.intersect(statics.fromFuzzyString(word, distance)).toArray();
}
