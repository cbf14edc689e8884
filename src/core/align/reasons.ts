/**
 * Why two stretches of text were linked: the numbers, names and other content words they share.
 * Shown with paraphrases ("same fact in other words") so the reader can judge a weak link
 * at a glance: "2,500 · Iraq · Washington · troops" says more than a similarity score.
 */
import type { MatchReason } from '../../shared/comparison';
import type { AlignDocument } from './document';
import type { Pair } from './pair';

/** Most entries listed per category. */
const LIMIT = 8;

function isCapitalized(doc: AlignDocument, i: number): boolean {
  const c = doc.tokens.text.charCodeAt(doc.tokens.starts[i]!);
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A capitalized word that does not open its sentence: a name, by the usual heuristic. */
export function isNameAt(doc: AlignDocument, i: number): boolean {
  return isCapitalized(doc, i) && doc.sentences[doc.sentenceOf[i]!] !== i;
}

/** Tokens of each side to leave out of a reason (inside a corpus formula), 1 to skip. */
export interface ReasonMask {
  a: Uint8Array;
  b: Uint8Array;
}

/**
 * What tokens [a0, a1) of A and [b0, b1) of B share, strongest evidence (rarest term) first,
 * tokens under `mask` aside.
 */
export function matchReason(pair: Pair, a0: number, a1: number, b0: number, b1: number, mask?: ReasonMask): MatchReason {
  const { a, b, aToB, weightA } = pair;
  // B's terms in range, and whether one of their occurrences there reads as a name.
  const inB = new Map<number, boolean>();
  for (let j = b0; j < b1; j++) {
    const u = b.terms[j]!;
    if (u < 0 || mask?.b[j]) continue;
    inB.set(u, (inB.get(u) ?? false) || isNameAt(b, j));
  }
  const seen = new Map<number, { text: string; weight: number; name: boolean; number: boolean }>();
  for (let i = a0; i < a1; i++) {
    const t = a.terms[i]!;
    if (t < 0 || mask?.a[i]) continue;
    const u = aToB[t]!;
    if (u < 0 || !inB.has(u)) continue;
    const prior = seen.get(t);
    // A name on both sides: "Parliament" in one text and "parliament" in the other is a word.
    const name = isNameAt(a, i) && inB.get(u)!;
    if (prior) prior.name ||= name;
    else {
      seen.set(t, {
        text: a.tokens.text.slice(a.tokens.starts[i]!, a.tokens.ends[i]!),
        weight: weightA[t]!,
        name,
        number: a.numeric[t] === 1,
      });
    }
  }
  const ranked = [...seen.values()].sort((x, y) => y.weight - x.weight);
  return {
    numbers: ranked.filter((x) => x.number).slice(0, LIMIT).map((x) => x.text),
    names: ranked.filter((x) => !x.number && x.name).slice(0, LIMIT).map((x) => x.text),
    words: ranked.filter((x) => !x.number && !x.name).slice(0, LIMIT).map((x) => x.text),
  };
}

/** Number of distinct shared terms a reason lists. */
export function reasonSize(r: MatchReason): number {
  return r.numbers.length + r.names.length + r.words.length;
}

/**
 * Shared names that are distinctive in this pair: in at most a fifth of the two texts' sentences
 * (the country both articles are about is in every other sentence and links nothing).
 */
export function distinctiveNames(pair: Pair, a0: number, a1: number, b0: number, b1: number, mask?: ReasonMask): number {
  const reason = matchReason(pair, a0, a1, b0, b1, mask);
  const wanted = new Set(reason.names);
  const counted = new Set<number>();
  for (let i = a0; i < a1; i++) {
    const t = pair.a.terms[i]!;
    if (t < 0 || counted.has(t)) continue;
    if (!wanted.has(pair.a.tokens.text.slice(pair.a.tokens.starts[i]!, pair.a.tokens.ends[i]!))) continue;
    if (pair.weightA[t]! >= Math.log(5)) counted.add(t);
  }
  return counted.size;
}
