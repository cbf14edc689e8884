/**
 * Articles alike in their words: one that shares no passage with any other may still tell a
 * story's story in its own words. A paper that condenses the wire copy into three new sentences
 * keeps no run of words long enough to be reuse, but it keeps the story's names, places and terms
 * ("Mr Justice Wall", "paternity", "Family Law Reform Act"). So each article without a shared
 * passage is set against the articles that have one, by its distinctive word stems (tf-idf, cosine),
 * and joins the one it is most like when the likeness is clear and rests on several words few
 * articles of the folder use.
 *
 * A likeness is not shared text: two reports of one event from independent sources are alike too.
 * That is still one story for a reader, and the story view says no more: the article joins a story,
 * is never taken for the source of its text, and is shown as sharing no passage.
 *
 * Only a story that shares text is a home. Two articles that share text with nobody are not made a
 * story by likeness alone: on a folder of one beat (every report on one club, one company) the
 * closest article is often a report of another event, and chains of "most like" would gather the
 * whole beat into one story.
 */
import type { ArticleId } from '../../shared/article';
import type { AlikeLink } from '../../shared/reuse';
import type { AlignDocument } from '../align/index';

/** Least likeness: a third of the way from nothing in common (0) to the same words (1). */
export const ALIKE_LIKENESS = 0.3;
/** Least distinctive stems in common: one shared name is a coincidence, a handful is a story. */
export const ALIKE_TERMS = 4;
/**
 * A stem is distinctive when at least two articles have it (else nobody shares it) and at most this
 * share of the folder (and `COMMON_MIN`); the rest say nothing of one story ("said", "court").
 */
const COMMON_SHARE = 0.02;
const COMMON_MIN = 5;

/**
 * What likeness reads of a prepared document: its terms (sorted stem hashes, `AlignDocument.vocab`)
 * and how often each occurs. Small beside the document, so a folder-wide run keeps this, not that.
 */
export interface TermCounts {
  readonly vocab: Int32Array;
  readonly counts: Uint16Array;
}

/** The term counts of a prepared document (occurrences past 65,535 count as that many). */
export function termCounts(doc: AlignDocument): TermCounts {
  const counts = new Uint16Array(doc.vocab.length);
  for (let t = 0; t < doc.vocab.length; t++) {
    let count = 0;
    for (let p = doc.postStart[t]!; p < doc.postStart[t + 1]!; p++) count += doc.postCount[p]!;
    counts[t] = Math.min(count, 0xffff);
  }
  return { vocab: doc.vocab, counts };
}

/** Per document: its distinctive stems (sorted hashes) with unit-length tf-idf weights. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

function vectorOf(doc: TermCounts, df: Map<number, number>, n: number, limit: number): Vector {
  const keep: number[] = [];
  for (let t = 0; t < doc.vocab.length; t++) {
    const d = df.get(doc.vocab[t]!)!;
    if (d >= 2 && d <= limit) keep.push(t);
  }
  const terms = new Int32Array(keep.length);
  const weights = new Float64Array(keep.length);
  let norm = 0;
  keep.forEach((t, k) => {
    const w = (1 + Math.log(doc.counts[t]!)) * Math.log(n / df.get(doc.vocab[t]!)!);
    terms[k] = doc.vocab[t]!;
    weights[k] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { terms, weights };
}

/** How much likeness the terms not looked up may bring at most (a half of the bar). */
const REST = ALIKE_LIKENESS / 2;

/**
 * Indexes of the vector's heaviest terms: all but the lightest ones whose weights' norm stays
 * within `REST` (by Cauchy-Schwarz, the most they add to a likeness with a unit vector).
 */
function heavyTerms(v: Vector): number[] {
  const order = Array.from(v.weights.keys()).sort((i, j) => v.weights[i]! - v.weights[j]! || i - j);
  let rest = 0;
  let light = 0;
  while (light < order.length && rest + v.weights[order[light]!]! ** 2 <= REST * REST) rest += v.weights[order[light++]!]! ** 2;
  return order.slice(light);
}

/** The likeness of two vectors and the terms they share, summed in the order of the terms. */
function dot(x: Vector, y: Vector): [number, number] {
  let sum = 0;
  let common = 0;
  for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length; ) {
    if (x.terms[i]! < y.terms[j]!) i++;
    else if (x.terms[i]! > y.terms[j]!) j++;
    else {
      sum += x.weights[i++]! * y.weights[j++]!;
      common++;
    }
  }
  return [sum, common];
}

/**
 * The alike links of the articles `ids` (their terms in `docs`) that `linked` (the articles sharing a
 * passage) does not hold, one article at a time: the generator yields after each, so a caller can
 * pace the work, and returns the links. Deterministic: ties go to the smaller id.
 */
export function* alikeSteps(
  ids: readonly ArticleId[],
  docs: ReadonlyMap<ArticleId, TermCounts>,
  linked: ReadonlySet<ArticleId>,
): Generator<void, AlikeLink[]> {
  const sorted = [...ids].sort();
  const n = sorted.length;
  const df = new Map<number, number>();
  for (const id of sorted) for (const h of docs.get(id)!.vocab) df.set(h, (df.get(h) ?? 0) + 1);
  const limit = Math.max(COMMON_MIN, Math.ceil(n * COMMON_SHARE));
  const vectors = sorted.map((id) => vectorOf(docs.get(id)!, df, n, limit));
  yield;

  // postings of the articles that share text, the only homes: per term, the homes that hold it
  // (in the order of the ids) and the term's weight in each, in flat arrays read in one sweep
  const slot = new Map<number, number>();
  let held = 0;
  sorted.forEach((id, i) => {
    if (!linked.has(id)) return;
    for (const h of vectors[i]!.terms) if (!slot.has(h)) slot.set(h, slot.size);
    held += vectors[i]!.terms.length;
  });
  const postStart = new Uint32Array(slot.size + 1);
  sorted.forEach((id, i) => {
    if (linked.has(id)) for (const h of vectors[i]!.terms) postStart[slot.get(h)! + 1]!++;
  });
  for (let t = 0; t < slot.size; t++) postStart[t + 1]! += postStart[t]!;
  const fill = postStart.slice(0, slot.size);
  const postHome = new Uint32Array(held);
  const postWeight = new Float64Array(held);
  sorted.forEach((id, i) => {
    if (!linked.has(id)) return;
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) {
      const p = fill[slot.get(v.terms[k]!)!]!++;
      postHome[p] = i;
      postWeight[p] = v.weights[k]!;
    }
  });

  const links: AlikeLink[] = [];
  const score = new Float64Array(n);
  const touched: number[] = [];
  for (let x = 0; x < n; x++) {
    if (linked.has(sorted[x]!) || slot.size === 0) continue;
    const v = vectors[x]!;
    // Only the heaviest terms are looked up: the others (the most common, with the longest
    // postings) weigh at most `REST` together, so a home that shares none of the heavy ones, or
    // too little of them to reach the bar with the rest, cannot be the one.
    const heavy = heavyTerms(v);
    for (const k of heavy) {
      const t = slot.get(v.terms[k]!);
      if (t === undefined) continue;
      const w = v.weights[k]!;
      for (let p = postStart[t]!; p < postStart[t + 1]!; p++) {
        const y = postHome[p]!;
        if (score[y] === 0) touched.push(y);
        score[y]! += w * postWeight[p]! || Number.MIN_VALUE;
      }
    }
    let best = -1;
    let bestScore = 0;
    let bestShared = 0;
    for (const y of touched) {
      if (score[y]! < ALIKE_LIKENESS - REST - 1e-9) continue;
      // the likeness in full, summed in the order of the terms as before: the same figure
      const [full, common] = dot(v, vectors[y]!);
      if (common < ALIKE_TERMS || full < ALIKE_LIKENESS) continue;
      if (best < 0 || full > bestScore || (full === bestScore && y < best)) [best, bestScore, bestShared] = [y, full, common];
    }
    if (best >= 0) links.push({ a: sorted[x]!, b: sorted[best]!, likeness: Math.round(bestScore * 1000) / 1000, terms: bestShared });
    for (const y of touched) score[y] = 0;
    touched.length = 0;
    yield;
  }
  return links;
}

/** `alikeSteps` run to its end in one go (the evaluations, tests). */
export function findAlike(ids: readonly ArticleId[], docs: ReadonlyMap<ArticleId, AlignDocument>, linked: ReadonlySet<ArticleId>): AlikeLink[] {
  const steps = alikeSteps(ids, new Map([...docs].map(([id, doc]) => [id, termCounts(doc)])), linked);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
