/**
 * Everything the aligner needs from one document, computed once: a document compared with many
 * others (an article against the rest of the corpus, a PAN source against several suspicious
 * documents) is prepared once. All of it lives in typed arrays indexed by token, sentence or term,
 * so memory is a few dozen bytes per token and the pair loops allocate nothing per token.
 */
import type { Tokens } from '../text/tokenize';
import { hashString, mixHash, wordInfo } from './lexicon';
import { splitSentences } from './sentences';

/**
 * A document's tokens as the aligner keeps them: where each is in the text. The normalized words
 * are read once, into the hashes below, and not kept: a string per word was most of a prepared
 * document's memory (about 1 GB of the folder-wide run at 100,000 articles).
 */
export type PlacedTokens = Omit<Tokens, 'norms'>;

export interface AlignDocument {
  readonly tokens: PlacedTokens;
  /** Per token: hash of the normalized word. */
  readonly words: Int32Array;
  /** Per token: index into `vocab` of its stem, or -1 for a function word. */
  readonly terms: Int32Array;
  /** Per token: index of its sentence. */
  readonly sentenceOf: Uint32Array;
  /** Sentence s is tokens `[sentences[s], sentences[s + 1])`; the last entry is `tokens.count`. */
  readonly sentences: Uint32Array;
  /** Per sentence: hash of its whole word sequence, to recognize boilerplate across a corpus. */
  readonly sentenceHash: Int32Array;
  /** Sorted distinct stem hashes of the content words: the document's terms. */
  readonly vocab: Int32Array;
  /** Per term: 1 when the term is a number. */
  readonly numeric: Uint8Array;
  /** Postings: term t occurs in sentences `postSentence[postStart[t] .. postStart[t + 1])`. */
  readonly postStart: Uint32Array;
  readonly postSentence: Uint32Array;
  /** Occurrences of the term in that sentence. */
  readonly postCount: Uint16Array;
  /** Bags: sentence s holds terms `bagTerm[bagStart[s] .. bagStart[s + 1])` (sorted, distinct). */
  readonly bagStart: Uint32Array;
  readonly bagTerm: Uint32Array;
  readonly bagCount: Uint16Array;
}

/** Number of sentences of a prepared document. */
export function sentenceCount(doc: AlignDocument): number {
  return doc.sentences.length - 1;
}

/**
 * Prepares a document for alignment. `tokens` may be a filtered subset of a text's tokens (the
 * app drops captions and link lines and keeps the rest with their original offsets): a gap with
 * words in it is treated as a sentence boundary, so no sentence runs across removed text.
 */
export function prepareDocument(tokens: Tokens): AlignDocument {
  const n = tokens.count;
  const words = new Int32Array(n);
  const stems = new Int32Array(n);
  const numberStems = new Set<number>();
  for (let i = 0; i < n; i++) {
    const info = wordInfo(tokens.norms[i]!);
    words[i] = info.word;
    stems[i] = info.stem;
    if (info.number) numberStems.add(info.stem);
  }

  const vocab = Int32Array.from(new Set(stems)).filter((h) => h !== 0).sort();
  const termIndex = new Map<number, number>();
  for (let t = 0; t < vocab.length; t++) termIndex.set(vocab[t]!, t);
  const terms = new Int32Array(n);
  for (let i = 0; i < n; i++) terms[i] = stems[i] === 0 ? -1 : termIndex.get(stems[i]!)!;
  const numeric = new Uint8Array(vocab.length);
  for (const h of numberStems) numeric[termIndex.get(h)!] = 1;

  const sentences = splitSentences(tokens);
  const S = sentences.length - 1;
  const sentenceOf = new Uint32Array(n);
  const sentenceHash = new Int32Array(S);
  const bagStart = new Uint32Array(S + 1);
  const bagTerm: number[] = [];
  const bagCount: number[] = [];
  const postLength = new Uint32Array(vocab.length + 1);
  const scratch: number[] = [];
  for (let s = 0; s < S; s++) {
    let h = hashString('sentence');
    scratch.length = 0;
    for (let i = sentences[s]!; i < sentences[s + 1]!; i++) {
      sentenceOf[i] = s;
      h = mixHash(h, words[i]!);
      if (terms[i]! >= 0) scratch.push(terms[i]!);
    }
    sentenceHash[s] = h;
    scratch.sort((x, y) => x - y);
    for (let j = 0; j < scratch.length; ) {
      let k = j + 1;
      while (k < scratch.length && scratch[k] === scratch[j]) k++;
      bagTerm.push(scratch[j]!);
      bagCount.push(Math.min(k - j, 0xffff));
      postLength[scratch[j]! + 1]!++;
      j = k;
    }
    bagStart[s + 1] = bagTerm.length;
  }

  const postStart = new Uint32Array(vocab.length + 1);
  for (let t = 0; t < vocab.length; t++) postStart[t + 1] = postStart[t]! + postLength[t + 1]!;
  const fill = postStart.slice(0, vocab.length);
  const postSentence = new Uint32Array(bagTerm.length);
  const postCount = new Uint16Array(bagTerm.length);
  for (let s = 0; s < S; s++) {
    for (let b = bagStart[s]!; b < bagStart[s + 1]!; b++) {
      const p = fill[bagTerm[b]!]!++;
      postSentence[p] = s;
      postCount[p] = bagCount[b]!;
    }
  }

  const { text, count, starts, ends } = tokens;
  return {
    tokens: { text, count, starts, ends },
    words,
    terms,
    sentenceOf,
    sentences,
    sentenceHash,
    vocab,
    numeric,
    postStart,
    postSentence,
    postCount,
    bagStart,
    bagTerm: Uint32Array.from(bagTerm),
    bagCount: Uint16Array.from(bagCount),
  };
}
