/**
 * Text lifted outside the passages: a quote of ten words carried into otherwise new text, a wire
 * sentence condensed into a paper's own paragraph. Such reuse is too short to chain into a passage,
 * so it is looked for sentence by sentence, from the anchors (runs of three or more words the two
 * texts share, anchors.ts): each sentence of A outside every passage that holds an anchor is
 * diffed with the sentence of B the anchor sits in, and with that sentence and its neighbour (a
 * condensed sentence draws on two); the best pairing is kept when it is an edit of one sentence
 * (kept.ts) or carries a run of LIFTED_RUN words.
 *
 * Either way the anchors must be unlikely to meet by chance, judged like a local alignment's
 * E-value: the expected number of places where runs of words that probable would match, the
 * product of the two texts' lengths times the probability of each anchored word (its frequency in
 * the two texts). Three rare names in a row ("Judge Dudley Bennett") pass between two news
 * articles; a common phrase between two long books does not. Neighbouring finds in the same order
 * on both sides make one passage.
 */
import type { DiffGranularity } from '../../shared/comparison';
import type { Anchor } from './anchors';
import type { AlignDocument } from './document';
import { keptPair, type KeptPair } from './kept';
import type { Pair } from './pair';

/** A run of this many words copied word for word is reuse on its own (typically a quote). */
export const LIFTED_RUN = 8;
/** The most chance matches as improbable as the anchors that a find may expect. */
const MAX_EXPECTED = 0.01;

const keptWords = (k: KeptPair) => k.keptA.reduce((n, [from, to]) => n + to - from, 0);

/** Word -> occurrences, per document (computed once per document). */
const counts = new WeakMap<AlignDocument, Map<number, number>>();

function wordCounts(doc: AlignDocument): Map<number, number> {
  let map = counts.get(doc);
  if (map) return map;
  map = new Map();
  for (const w of doc.words) map.set(w, (map.get(w) ?? 0) + 1);
  counts.set(doc, map);
  return map;
}

/** ln of the expected number of chance matches of the anchors' words in this pair. */
function logExpected(pair: Pair, anchors: Anchor[]): number {
  const { a, b } = pair;
  const ca = wordCounts(a);
  const cb = wordCounts(b);
  const total = a.tokens.count + b.tokens.count;
  let log = Math.log(a.tokens.count) + Math.log(b.tokens.count);
  for (const r of anchors) {
    for (let i = r.i; i < r.i + r.length; i++) {
      const w = a.words[i]!;
      log += Math.log(((ca.get(w) ?? 0) + (cb.get(w) ?? 0)) / total);
    }
  }
  return log;
}

/** The longest stretch of tokens [from, to) outside every passage (a sentence a passage begins or ends in). */
function uncovered(covered: Uint8Array, from: number, to: number): [number, number] {
  let best: [number, number] = [from, from];
  for (let i = from; i < to; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && !covered[j]) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  return best;
}

/**
 * Whether pairing `k` beats `best`: more words kept in phrases; then the narrower window (words
 * met by chance in a wider one are no reason to take it); then more words kept.
 */
function better(k: KeptPair, best: KeptPair): boolean {
  if (k.phrased !== best.phrased) return k.phrased > best.phrased;
  if (k.b1 - k.b0 !== best.b1 - best.b0) return k.b1 - k.b0 < best.b1 - best.b0;
  return keptWords(k) > keptWords(best);
}

/** The best kept pair of A tokens [a0, a1) with the windows around B sentences `partners`. */
export function bestWindow(pair: Pair, a0: number, a1: number, partners: number[], granularity: DiffGranularity | null): KeptPair | null {
  const { b } = pair;
  const SB = b.sentences.length - 1;
  let best: KeptPair | null = null;
  // Each partner alone, and neighbouring partners together (up to three sentences: a condensed
  // sentence draws on two or three that each share a run of words with it).
  const windows: [number, number][] = [];
  for (let i = 0; i < partners.length; i++) {
    windows.push([partners[i]!, partners[i]!]);
    let j = i;
    while (j + 1 < partners.length && partners[j + 1] === partners[j]! + 1 && partners[j + 1]! - partners[i]! < 3) j++;
    if (j > i && (i === 0 || partners[i - 1] !== partners[i]! - 1)) windows.push([partners[i]!, partners[j]!]);
  }
  for (const [t0, t1] of windows) {
    if (t1 >= SB) continue;
    const k = keptPair(pair, a0, a1, b.sentences[t0]!, b.sentences[t1 + 1]!, null);
    if (!best || better(k, best)) best = k;
  }
  // the edits only for the window kept
  return best && granularity !== null ? keptPair(pair, best.a0, best.a1, best.b0, best.b1, granularity) : best;
}

/** Whether the pairing `k` holds reuse: an edit of one sentence or a long run, and unlikely anchors. */
function holdsReuse(pair: Pair, k: KeptPair, anchors: Anchor[]): boolean {
  const inside = anchors.filter((r) => r.i >= k.a0 && r.i + r.length <= k.a1 && r.j >= k.b0 && r.j + r.length <= k.b1);
  if (inside.length === 0 || keptWords(k) === 0) return false;
  const longest = Math.max(...inside.map((r) => r.length));
  if (k.kind === 'paraphrase' && longest < LIFTED_RUN) return false;
  return logExpected(pair, inside) <= Math.log(MAX_EXPECTED);
}

/**
 * Lifted text of A sentences outside `covered` (per A token, 1 inside a passage), in A order and
 * grouped into passages: each group is a list of sentence pairings.
 */
export function findLifted(pair: Pair, anchors: Anchor[], covered: Uint8Array, granularity: DiffGranularity | null): KeptPair[][] {
  const { a, b } = pair;
  const partners = new Map<number, number[]>();
  for (const r of anchors) {
    if (covered[r.i]) continue;
    const s = a.sentenceOf[r.i]!;
    const t = b.sentenceOf[r.j]!;
    const list = partners.get(s);
    if (!list) partners.set(s, [t]);
    else if (!list.includes(t)) list.push(t);
  }
  const found: KeptPair[] = [];
  for (const s of [...partners.keys()].sort((x, y) => x - y)) {
    const [from, to] = uncovered(covered, a.sentences[s]!, a.sentences[s + 1]!);
    if (to - from < 3) continue;
    // Every anchor adds a negative term to the log of the chance matches, so the anchors of the
    // whole stretch are the most improbable any pairing of it can hold: when even they could meet
    // by chance, no pairing passes, and none is diffed (the same finds, at a fraction of the cost
    // on long texts that share many chance runs).
    if (logExpected(pair, anchors.filter((r) => r.i >= from && r.i + r.length <= to)) > Math.log(MAX_EXPECTED)) continue;
    const k = bestWindow(pair, from, to, partners.get(s)!.sort((x, y) => x - y), granularity);
    if (k && holdsReuse(pair, k, anchors)) found.push(k);
  }
  // Consecutive sentences of A whose partners follow each other in B make one passage.
  const groups: KeptPair[][] = [];
  for (const k of found) {
    const g = groups[groups.length - 1];
    const last = g?.[g.length - 1];
    const next =
      last &&
      a.sentenceOf[k.a0]! - a.sentenceOf[last.a1 - 1]! <= 1 &&
      b.sentenceOf[k.b0]! >= b.sentenceOf[last.b0]! &&
      b.sentenceOf[k.b0]! - b.sentenceOf[last.b1 - 1]! <= 2;
    if (next) g!.push(k);
    else groups.push([k]);
  }
  return groups;
}
