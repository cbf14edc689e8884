/**
 * Corpus statistics: how many documents of the corpus contain each exact sentence, and each word
 * trigram. A sentence found in many articles ("Leave a Reply", an outlet's tagline, a recurring
 * disclaimer) is boilerplate: two articles sharing it share nothing worth showing, and its
 * sentence pairs are not seeds. A trigram found in many articles is a formula ("told BBC Radio
 * 4's Today programme", "pleaded not guilty to"): a run of words made of formulas is not reuse.
 * The aligner works without a corpus (a pair on its own).
 */
import type { AlignDocument } from './document';
import { documentGrams } from './grams';

export interface AlignCorpus {
  /** Documents counted. */
  documents: number;
  /** Sentence hash -> number of documents containing that exact sentence (two or more only). */
  sentenceDf: Map<number, number>;
  /**
   * Documents containing each trigram, counted in a fixed table indexed by hash (saturating): a
   * collision only adds the counts of other rare trigrams, far below the bar of a formula, and
   * memory stays the same at a hundred articles or a hundred thousand.
   */
  gramDf: Uint16Array;
}

/** Slots of the trigram table (8 MB). */
const GRAM_SLOTS_LOG2 = 22;
const slotOf = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - GRAM_SLOTS_LOG2);

/** An empty corpus to add documents to. */
export function emptyCorpus(): AlignCorpus {
  return { documents: 0, sentenceDf: new Map(), gramDf: new Uint16Array(1 << GRAM_SLOTS_LOG2) };
}

function addGrams(corpus: AlignCorpus, doc: AlignDocument): void {
  const { hash, order } = documentGrams(doc);
  const table = corpus.gramDf;
  // `order` is sorted by hash: each distinct trigram of the document counts once.
  for (let k = 0; k < order.length; k++) {
    const h = hash[order[k]!]!;
    if (k > 0 && hash[order[k - 1]!] === h) continue;
    const slot = slotOf(h);
    if (table[slot]! < 0xffff) table[slot]!++;
  }
}

const seenOnce = new WeakMap<AlignCorpus, Set<number>>();

/** Counts one prepared document into the corpus statistics. */
export function addToCorpus(corpus: AlignCorpus, doc: AlignDocument): void {
  corpus.documents++;
  // Sentences seen once are the vast majority and never boilerplate: keep them in a side set and
  // promote a hash to the map only on its second document, so the map stays small.
  let once = seenOnce.get(corpus);
  if (!once) seenOnce.set(corpus, (once = new Set()));
  const mine = new Set<number>();
  const { sentences, sentenceHash } = doc;
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (sentences[s + 1]! - sentences[s]! < 2) continue;
    mine.add(sentenceHash[s]!);
  }
  addGrams(corpus, doc);
  for (const h of mine) {
    const df = corpus.sentenceDf.get(h);
    if (df !== undefined) corpus.sentenceDf.set(h, df + 1);
    else if (once.has(h)) {
      once.delete(h);
      corpus.sentenceDf.set(h, 2);
    } else once.add(h);
  }
}

/** Corpus statistics over a set of prepared documents. */
export function buildCorpus(docs: Iterable<AlignDocument>): AlignCorpus {
  const corpus = emptyCorpus();
  for (const doc of docs) addToCorpus(corpus, doc);
  return corpus;
}

/**
 * Whether a sentence is boilerplate in this corpus: present in at least 5 documents and in more
 * than 2% of them. Reuse of one passage by a few outlets (a wire story) is exactly what Parallax
 * looks for, so the bar is "a sizeable share of the corpus", not "more than one": an outlet's
 * tagline is in every article of that outlet. (On PAN's training corpus a bar of 3 documents
 * wrongly discounts source passages that were reused in several suspicious documents.)
 */
export function isBoilerplate(corpus: AlignCorpus | undefined, sentenceHash: number): boolean {
  if (!corpus) return false;
  return isCommon(corpus, corpus.sentenceDf.get(sentenceHash) ?? 0);
}

/** The bar of boilerplate, for sentences and trigrams alike. */
function isCommon(corpus: AlignCorpus, df: number): boolean {
  return df >= 5 && df > corpus.documents * 0.02;
}

/** Whether a trigram (by hash, see grams.ts) is a formula of this corpus: as common as boilerplate. */
export function isFormula(corpus: AlignCorpus | undefined, gramHash: number): boolean {
  if (!corpus || gramHash === 0) return false;
  return isCommon(corpus, corpus.gramDf[slotOf(gramHash)]!);
}
