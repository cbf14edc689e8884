/**
 * Finding where given index terms occur in a text without analyzing every word of it. Proximity,
 * phrases and snippets read the text of tens of articles per query, some of them books; running
 * each word through the analyzer costs tens of milliseconds a query. Instead a regular expression
 * (native, scanning at memory speed) finds the words that start like a wanted term, and only
 * those are analyzed, so the result is exactly what a full scan would give.
 *
 * Why a start is enough: a Porter stem is the word's beginning with at most its last letter
 * rewritten ("ability" -> "abl", "happy" -> "happi"), so every word with stem S starts with S
 * minus its last letter. And only three last letters are ever rewritten: a final y becomes i, a
 * suffix put back or replaced ends in e ("hoping" -> "hope", "relational" -> "relate"), and
 * "-bility" becomes "bl" after that e goes. Every other rule only cuts a suffix off. So a stem
 * ending in any other letter is itself the start of each of its words: "war" need not stop at every
 * "was", "way" and "water". (Checked over the 114,922 distinct words of the PAN, BBC and Cranfield
 * collections: the words not starting with their whole stem all have stems ending in i, e or l.)
 * Words written otherwise than their analysis (diacritics folded away, "U.S." with periods, "2,500"
 * with grouping) are covered by alternatives in the expression.
 */
import { termAt } from '../index/analyzer';
import { rangeOf, wordStartBefore } from './ranges';
import { ACCENTED, WORD_START, writtenPattern } from './written-forms';
import { scanWords } from '../../text/scan-words';
import { searchWord } from '../../text/search-words';

/** Last letters of a stem that need not be the word's letter at that place (see the top). */
const REWRITTEN_LAST = /[eil]$/;

/** The start every surface form of `term` begins with, as a pattern. */
function startOf(term: string, accents: boolean): string {
  const c = term.charCodeAt(0);
  if (c >= 48 && c <= 57) return term[0]!; // numbers: "2,500" and "2500" share only the first digit
  // Porter rewrites at most a stem's last letter, and only an i, e or l ("happi", "hope", "abl" for
  // "happy", "hoping", "ability"): every word with this stem starts with the rest
  const keep = term.length <= 2 || !REWRITTEN_LAST.test(term) ? term : term.slice(0, Math.max(2, term.length - 1));
  const alternatives = [writtenPattern(keep, accents)];
  // "U.S." is the term "us": short terms may be written as an abbreviation
  if (term.length <= 5 && /^[a-z]+$/.test(term)) alternatives.push(term.split('').join('\\.'));
  return alternatives.join('|');
}

export class TermFinder {
  private readonly plain: RegExp | null;
  private readonly accented: RegExp | null;

  /**
   * @param terms index terms to find
   * @param prefixes typed word starts (`withdr`): words whose normalized form starts with one match too
   */
  constructor(
    readonly terms: ReadonlySet<string>,
    readonly prefixes: readonly string[] = [],
  ) {
    const compile = (accents: boolean) => {
      const patterns = new Set<string>();
      for (const t of [...terms, ...prefixes]) if (t) patterns.add(startOf(t, accents));
      return patterns.size === 0 ? null : new RegExp(`${WORD_START}(?:${[...patterns].join('|')})`, 'gi');
    };
    this.plain = compile(false);
    this.accented = compile(true);
  }

  /** Whether a word's analysis makes it a match: its term is wanted, or it starts like a typed prefix. */
  private wanted(text: string, start: number, end: number): string | null {
    const term = termAt(text, start, end);
    if (this.terms.has(term)) return term;
    if (this.prefixes.length > 0) {
      const norm = searchWord(text.slice(start, end));
      if (this.prefixes.some((p) => norm.startsWith(p))) return term || norm;
    }
    return null;
  }

  /**
   * Calls `visit` for every matching word within `ranges` (`[start, end, ...]`, in order) of
   * `text`, in order. `accented` says whether the text has accented Latin letters, when known.
   */
  each(text: string, ranges: ArrayLike<number>, visit: (start: number, end: number, term: string) => void, accented?: boolean): void {
    if (!this.plain || ranges.length < 2) return;
    const lo = ranges[0]!;
    const hi = ranges[ranges.length - 1]!;
    // one pass over the whole stretch (a substring of a long string is a view, not a copy), each
    // hit then placed in its range
    const part = text.substring(lo, hi);
    const regex = (accented ?? ACCENTED.test(part)) ? this.accented! : this.plain;
    regex.lastIndex = 0;
    let covered = lo;
    for (let m = regex.exec(part); m !== null; m = regex.exec(part)) {
      const at = lo + m.index;
      if (at < covered) continue;
      const r = rangeOf(ranges, at);
      if (r < 0) continue;
      const from = ranges[r]!;
      const to = ranges[r + 1]!;
      // the word around the hit, exactly as the scanner cuts it: scan from the white space before it
      const back = wordStartBefore(text, at, from);
      const limit = Math.min(to, at + 128);
      let found = false;
      scanWords(text, back, limit, (s, e) => {
        if (found || e <= at) return;
        found = true;
        covered = e;
        const term = this.wanted(text, s, e);
        if (term !== null && s >= from) visit(s, e, term);
      });
      if (regex.lastIndex < covered - lo) regex.lastIndex = covered - lo;
    }
  }
}
