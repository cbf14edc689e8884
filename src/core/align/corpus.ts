/**
 * Corpus statistics: how many documents of the corpus contain each exact sentence. A sentence
 * found in many articles ("Leave a Reply", an outlet's tagline, a recurring disclaimer) is
 * boilerplate: two articles sharing it share nothing worth showing, and its sentence pairs are
 * not seeds. The aligner works without a corpus (a pair on its own).
 */
import type { AlignDocument } from './document';

export interface AlignCorpus {
  /** Documents counted. */
  documents: number;
  /** Sentence hash -> number of documents containing that exact sentence (two or more only). */
  sentenceDf: Map<number, number>;
}

/** An empty corpus to add documents to. */
export function emptyCorpus(): AlignCorpus {
  return { documents: 0, sentenceDf: new Map() };
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
  const df = corpus.sentenceDf.get(sentenceHash) ?? 0;
  return df >= 5 && df > corpus.documents * 0.02;
}
