/**
 * Paraphrases: single sentences that state the same fact in other words ("nearly 2,500
 * American troops" / "2,500 US troops remain"), outside every shared passage. They share no long
 * run of words, so they are not reuse; they are a reader's cue that two outlets report the same
 * thing. Whole-sentence similarity is low for such pairs (each sentence says more besides), so a
 * link rests on a concrete anchor instead: a shared figure with another shared word ("2,500" and
 * "troops"), a shared year with two more, or two shared distinctive names among four shared terms. Each sentence takes part in one link at most,
 * the best one.
 */
import type { MatchReason } from '../../shared/comparison';
import type { Candidates } from './candidates';
import type { Range } from './assemble';
import { isFormula, type FolderStats } from './folder-stats';
import type { AlignDocument } from './document';
import { documentGrams, GRAM } from './grams';
import type { Pair } from './pair';
import { distinctiveNames, matchReason, reasonSize } from './reasons';

export interface Paraphrase {
  /** Whole sentences: A tokens [a0, a1), B tokens [b0, b1). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  cos: number;
  reason: MatchReason;
}

export interface ParaphraseParams {
  /** Least cosine of the two sentences. */
  minCos: number;
}

/**
 * A number specific enough to anchor a fact: three digits or more ("2,500", "118", "12.5").
 * Small counts, list numbers and days of the month ("4", "11", "3,4") are everywhere.
 */
function isFigure(text: string): boolean {
  return !isYear(text) && text.replace(/[^0-9]/g, '').length >= 3;
}

/** A year is a weaker anchor than a figure: a whole news cycle shares it. */
function isYear(text: string): boolean {
  return /^(1[89]|20)\d\d$/.test(text);
}

/** Marks tokens inside the given ranges. */
function coverage(count: number, ranges: [number, number][]): Uint8Array {
  const marks = new Uint8Array(count);
  for (const [from, to] of ranges) marks.fill(1, from, to);
  return marks;
}

function mostlyCovered(marks: Uint8Array, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) n += marks[i]!;
  return n * 2 >= to - from;
}

const masks = new WeakMap<AlignDocument, { stats: FolderStats; documents: number; mask: Uint8Array }>();

/**
 * Per token of `doc`: 1 inside a trigram that is a formula of the corpus. Kept with the document
 * while the corpus counts the same documents (an article compared with many others).
 */
function formulaMask(doc: AlignDocument, stats: FolderStats): Uint8Array {
  const cached = masks.get(doc);
  if (cached && cached.stats === stats && cached.documents === stats.documents) return cached.mask;
  const { hash } = documentGrams(doc);
  const mask = new Uint8Array(doc.tokens.count);
  for (let i = 0; i + GRAM <= doc.tokens.count; i++) if (isFormula(stats, hash[i]!)) mask.fill(1, i, i + GRAM);
  masks.set(doc, { stats, documents: stats.documents, mask });
  return mask;
}

/**
 * Paraphrases between sentences that no passage covers. With a corpus, words that the two
 * sentences share only inside the corpus's formulas ("told BBC Radio 4's Today programme") are no
 * evidence of the same fact.
 */
export function findParaphrases(pair: Pair, candidates: Candidates, passages: readonly Range[], params: ParaphraseParams, stats?: FolderStats): Paraphrase[] {
  const { a, b } = pair;
  const mask = stats ? { a: formulaMask(a, stats), b: formulaMask(b, stats) } : undefined;
  const coveredA = coverage(a.tokens.count, passages.map((f) => [f.a0, f.a1]));
  const coveredB = coverage(b.tokens.count, passages.map((f) => [f.b0, f.b1]));
  const options: Paraphrase[] = [];
  // Candidates come grouped by A sentence; a sentence's three best partners are enough to find
  // its link, and bound the cost on long texts.
  const tried = new Map<number, number>();
  const order = Array.from({ length: candidates.count }, (_, k) => k).sort(
    (x, y) => candidates.s[x]! - candidates.s[y]! || candidates.cos[y]! - candidates.cos[x]!,
  );
  for (const k of order) {
    const cos = candidates.cos[k]!;
    if (cos < params.minCos) continue;
    const s = candidates.s[k]!;
    const n = tried.get(s) ?? 0;
    if (n >= 3) continue;
    tried.set(s, n + 1);
    const t = candidates.t[k]!;
    const a0 = a.sentences[s]!;
    const a1 = a.sentences[s + 1]!;
    const b0 = b.sentences[t]!;
    const b1 = b.sentences[t + 1]!;
    if (mostlyCovered(coveredA, a0, a1) || mostlyCovered(coveredB, b0, b1)) continue;
    const reason = matchReason(pair, a0, a1, b0, b1, mask);
    const size = reasonSize(reason);
    const figure = reason.numbers.some(isFigure);
    const year = reason.numbers.some(isYear);
    const anchored =
      (figure && size >= 2) || (year && size >= 3) || (size >= 4 && distinctiveNames(pair, a0, a1, b0, b1, mask) >= 2);
    if (!anchored) continue;
    options.push({ a0, a1, b0, b1, cos, reason });
  }
  options.sort((x, y) => y.cos - x.cos);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const found: Paraphrase[] = [];
  for (const l of options) {
    if (usedA.has(l.a0) || usedB.has(l.b0)) continue;
    usedA.add(l.a0);
    usedB.add(l.b0);
    found.push(l);
  }
  return found;
}
