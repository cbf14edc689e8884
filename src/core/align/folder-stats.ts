/**
 * Folder statistics (named apart from `Corpus`, the opened folder of articles, whose documents
 * they count): how many prepared documents contain each exact sentence, and each word
 * trigram. A sentence found in many articles ("Leave a Reply", an outlet's tagline, a recurring
 * disclaimer) is boilerplate: two articles sharing it share nothing worth showing, and its
 * sentence pairs are not seeds. A trigram found in many articles is a formula ("told BBC Radio
 * 4's Today programme", "pleaded not guilty to"): a run of words made of formulas is not reuse.
 * The aligner works without them (a pair on its own).
 */
import type { AlignDocument } from './document';
import { documentGrams } from './grams';

export interface FolderStats {
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

/** Empty statistics to add documents to. */
export function emptyStats(): FolderStats {
  return { documents: 0, sentenceDf: new Map(), gramDf: new Uint16Array(1 << GRAM_SLOTS_LOG2) };
}

/**
 * What a document adds to the statistics: its distinct trigrams and its distinct sentences of two
 * words or more, by hash. Small beside the document, so a thread that prepared it can send this.
 */
export interface DocumentCounts {
  trigrams: Int32Array;
  sentences: Int32Array;
}

/** The counts of a prepared document. */
export function documentCounts(doc: AlignDocument): DocumentCounts {
  const { hash, order } = documentGrams(doc);
  // `order` is sorted by hash: each distinct trigram once
  const trigrams = new Int32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const h = hash[order[k]!]!;
    if (n === 0 || trigrams[n - 1] !== h) trigrams[n++] = h;
  }
  return { trigrams: trigrams.slice(0, n), sentences: Int32Array.from(sentencesOf(doc)) };
}

/** Adds (`by` 1) or takes back (`by` -1) each distinct trigram in the table. */
function countGrams(stats: FolderStats, trigrams: Int32Array, by: 1 | -1): void {
  const table = stats.gramDf;
  for (let k = 0; k < trigrams.length; k++) {
    const slot = slotOf(trigrams[k]!);
    // a saturated count is no longer known, so it is neither raised nor taken back
    if (table[slot]! < 0xffff && table[slot]! + by >= 0) table[slot]! += by;
  }
}

const seenOnce = new WeakMap<FolderStats, Set<number>>();

function onceOf(stats: FolderStats): Set<number> {
  let once = seenOnce.get(stats);
  if (!once) seenOnce.set(stats, (once = new Set()));
  return once;
}

/** The distinct hashes of the document's sentences of two words or more. */
function sentencesOf(doc: AlignDocument): Set<number> {
  const mine = new Set<number>();
  const { sentences, sentenceHash } = doc;
  for (let s = 0; s + 1 < sentences.length; s++) {
    if (sentences[s + 1]! - sentences[s]! < 2) continue;
    mine.add(sentenceHash[s]!);
  }
  return mine;
}

/** Counts one prepared document into the statistics. */
export function addToStats(stats: FolderStats, doc: AlignDocument): void {
  addCounts(stats, documentCounts(doc));
}

/** Counts one document into the statistics by what it adds (`documentCounts`). */
export function addCounts(stats: FolderStats, counts: DocumentCounts): void {
  stats.documents++;
  // Sentences seen once are the vast majority and never boilerplate: keep them in a side set and
  // promote a hash to the map only on its second document, so the map stays small.
  const once = onceOf(stats);
  countGrams(stats, counts.trigrams, 1);
  for (const h of counts.sentences) {
    const df = stats.sentenceDf.get(h);
    if (df !== undefined) stats.sentenceDf.set(h, df + 1);
    else if (once.has(h)) {
      once.delete(h);
      stats.sentenceDf.set(h, 2);
    } else once.add(h);
  }
}

/**
 * Takes back a document counted by `addToStats` (it changed or went away), without recounting the
 * rest of the folder: the same statistics as counting the others alone, but for a trigram slot
 * counted past 65,535 documents, which stays saturated (a formula either way).
 */
export function removeFromStats(stats: FolderStats, doc: AlignDocument): void {
  stats.documents--;
  const once = onceOf(stats);
  const counts = documentCounts(doc);
  countGrams(stats, counts.trigrams, -1);
  for (const h of counts.sentences) {
    const df = stats.sentenceDf.get(h);
    if (df === undefined) once.delete(h);
    else if (df > 2) stats.sentenceDf.set(h, df - 1);
    else {
      stats.sentenceDf.delete(h);
      once.add(h);
    }
  }
}

/** Corpus statistics over a set of prepared documents. */
export function buildStats(docs: Iterable<AlignDocument>): FolderStats {
  const stats = emptyStats();
  for (const doc of docs) addToStats(stats, doc);
  return stats;
}

/**
 * Whether a sentence is boilerplate in these statistics: present in at least 5 documents and in more
 * than 2% of them. Reuse of one passage by a few outlets (a wire story) is exactly what Parallax
 * looks for, so the bar is "a sizeable share of the folder", not "more than one": an outlet's
 * tagline is in every article of that outlet. (On PAN's training corpus a bar of 3 documents
 * wrongly discounts source passages that were reused in several suspicious documents.)
 */
export function isBoilerplate(stats: FolderStats | undefined, sentenceHash: number): boolean {
  if (!stats) return false;
  return isCommon(stats, stats.sentenceDf.get(sentenceHash) ?? 0);
}

/** The bar of boilerplate, for sentences and trigrams alike. */
function isCommon(stats: FolderStats, df: number): boolean {
  return df >= 5 && df > stats.documents * 0.02;
}

/** Whether a trigram (by hash, see grams.ts) is a formula in these statistics: as common as boilerplate. */
export function isFormula(stats: FolderStats | undefined, gramHash: number): boolean {
  if (!stats || gramHash === 0) return false;
  return isCommon(stats, stats.gramDf[slotOf(gramHash)]!);
}
