/**
 * A word-bigram model of real news and essay text (the BBC articles and PAN's documents), to write
 * as many distinct articles as a scale test needs: each word follows the one before it as often as
 * it did in the texts, so word frequencies, stop words, names and sentence lengths look like news,
 * while two generated articles share no more 5-grams than two unrelated real ones would.
 */

export interface Bigram {
  words: string[];
  /** Successors of word w: `next[start[w] .. start[w + 1])`, with repeats (sampling is by count). */
  start: Uint32Array;
  next: Uint32Array;
  /** Words that began a sentence, with repeats. */
  openers: Uint32Array;
}

const END = '.';
const WORD = /[A-Za-z][A-Za-z'-]*|\d+(?:[.,]\d+)*|[.!?]/g;

/** Trains the model on `texts` (whole documents). */
export function trainBigram(texts: Iterable<string>): Bigram {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const id = (w: string) => {
    let n = ids.get(w);
    if (n === undefined) {
      n = words.length;
      ids.set(w, n);
      words.push(w);
    }
    return n;
  };
  const end = id(END);
  const pairs: number[] = [];
  const openers: number[] = [];
  for (const text of texts) {
    let prev = end;
    for (const m of text.matchAll(WORD)) {
      const cur = /[.!?]/.test(m[0]) ? end : id(m[0]);
      if (prev === end && cur !== end) openers.push(cur);
      pairs.push(prev, cur);
      prev = cur;
    }
  }
  const counts = new Uint32Array(words.length + 1);
  for (let i = 0; i < pairs.length; i += 2) counts[pairs[i]! + 1]!++;
  for (let w = 0; w < words.length; w++) counts[w + 1]! += counts[w]!;
  const start = counts.slice();
  const fill = counts.slice();
  const next = new Uint32Array(pairs.length / 2);
  for (let i = 0; i < pairs.length; i += 2) next[fill[pairs[i]!]!++] = pairs[i + 1]!;
  return { words, start, next, openers: Uint32Array.from(openers) };
}

/** A seeded generator (mulberry32): the same seed writes the same folder. */
export function randomOf(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One sentence of `min`..`max` words, ending with a full stop. */
export function sentence(model: Bigram, random: () => number, min: number, max: number): string {
  const end = model.words.indexOf(END);
  const out: string[] = [];
  let w = model.openers[Math.floor(random() * model.openers.length)]!;
  const length = min + Math.floor(random() * (max - min + 1));
  while (out.length < length) {
    out.push(model.words[w]!);
    const from = model.start[w]!;
    const to = model.start[w + 1]!;
    let next = to > from ? model.next[from + Math.floor(random() * (to - from))]! : end;
    // a full stop before the sentence is long enough starts the next word afresh
    if (next === end) next = model.openers[Math.floor(random() * model.openers.length)]!;
    w = next;
  }
  const text = out.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}
