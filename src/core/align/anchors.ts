/**
 * Anchors: the runs of three or more words that two documents share word for word. They are the
 * exact channel of reuse, beside the fuzzy one of sentence similarity: a quote lifted whole, a
 * name with its age and town ("Christopher Powell, 21, of Thornton Heath"), a clause kept inside
 * a rewritten sentence. Found by merging the two documents' sorted trigram lists (grams.ts), each
 * run extended as far as the words agree. A trigram repeated many times in either document (a
 * list, a chorus) proposes nothing, so a repetitive text costs no more than a plain one, and a
 * run made only of the corpus's formulas is no anchor.
 */
import { isFormula, type FolderStats } from './folder-stats';
import { documentGrams, GRAM } from './grams';
import type { Pair } from './pair';

export interface Anchor {
  /** The run: A tokens [i, i + length), B tokens [j, j + length). */
  i: number;
  j: number;
  length: number;
}

/** A trigram at more places than this in either document is a repetition, not evidence. */
const MAX_REPEATS = 8;

/** Content words (weighted terms) among A tokens [i, i + n). */
function contentWords(pair: Pair, i: number, n: number): number {
  let c = 0;
  for (let k = i; k < i + n; k++) {
    const t = pair.a.terms[k]!;
    if (t >= 0 && pair.weightA[t]! > 0) c++;
  }
  return c;
}

/**
 * The maximal runs of at least three words the two documents share, each A position in one run
 * at most (longest runs first), with two content words or more and three words or more outside
 * the formulas of `corpus`.
 */
export function findAnchors(pair: Pair, stats?: FolderStats): Anchor[] {
  const { a, b } = pair;
  const ga = documentGrams(a);
  const gb = documentGrams(b);
  const runs: Anchor[] = [];
  let x = 0;
  let y = 0;
  while (x < ga.order.length && y < gb.order.length) {
    const h = ga.hash[ga.order[x]!]!;
    const k = gb.hash[gb.order[y]!]!;
    if (h < k) x++;
    else if (h > k) y++;
    else {
      let x1 = x;
      let y1 = y;
      while (x1 < ga.order.length && ga.hash[ga.order[x1]!] === h) x1++;
      while (y1 < gb.order.length && gb.hash[gb.order[y1]!] === h) y1++;
      if (x1 - x <= MAX_REPEATS && y1 - y <= MAX_REPEATS) {
        for (let p = x; p < x1; p++) {
          for (let q = y; q < y1; q++) {
            const i = ga.order[p]!;
            const j = gb.order[q]!;
            // Only where a run starts: the words before differ (or there are none).
            if (i > 0 && j > 0 && a.words[i - 1] === b.words[j - 1]) continue;
            let n = 0;
            while (i + n < a.tokens.count && j + n < b.tokens.count && a.words[i + n] === b.words[j + n]) n++;
            if (n >= GRAM) runs.push({ i, j, length: n });
          }
        }
      }
      x = x1;
      y = y1;
    }
  }
  runs.sort((p, q) => q.length - p.length || p.i - q.i || p.j - q.j);
  const taken = new Uint8Array(a.tokens.count);
  const out: Anchor[] = [];
  for (const r of runs) {
    let free = true;
    for (let k = r.i; k < r.i + r.length && free; k++) if (taken[k]) free = false;
    if (!free || contentWords(pair, r.i, r.length) < 2) continue;
    if (stats && allFormulas(pair, r, stats)) continue;
    taken.fill(1, r.i, r.i + r.length);
    out.push(r);
  }
  return out.sort((p, q) => p.i - q.i);
}

/**
 * Whether the run is made of the corpus's formulas: fewer than three of its words lie outside
 * every formula trigram ("told BBC Radio Four's Today programme that the" is a formula and two
 * words).
 */
function allFormulas(pair: Pair, r: Anchor, stats: FolderStats): boolean {
  const { hash } = documentGrams(pair.a);
  const covered = new Uint8Array(r.length);
  for (let k = 0; k + GRAM <= r.length; k++) if (isFormula(stats, hash[r.i + k]!)) covered.fill(1, k, k + GRAM);
  let free = 0;
  for (const c of covered) if (!c) free++;
  return free < GRAM;
}
