/**
 * Folder statistics handed to other threads. The folder-wide reuse run counts every article on one
 * thread, then aligns its pairs on several; each of those needs the same statistics, read only. The
 * trigram table (8 MB) is copied once into shared memory, which every thread reads without a copy;
 * the sentences seen in two documents or more travel as two parallel arrays, from which each
 * thread builds its map once per run.
 */
import type { FolderStats } from './folder-stats';

/** Folder statistics in shared memory: what a thread needs to align as the counting thread would. */
export interface SharedStats {
  documents: number;
  /** `FolderStats.gramDf`, over a SharedArrayBuffer. */
  gramDf: Uint16Array;
  /** The entries of `FolderStats.sentenceDf`: hashes and counts, side by side. */
  sentenceHashes: Int32Array;
  sentenceCounts: Int32Array;
}

/** A copy of `stats` in shared memory (taken once, when the counting is done). */
export function shareStats(stats: FolderStats): SharedStats {
  const gramDf = new Uint16Array(new SharedArrayBuffer(stats.gramDf.byteLength));
  gramDf.set(stats.gramDf);
  const n = stats.sentenceDf.size;
  const sentenceHashes = new Int32Array(new SharedArrayBuffer(4 * n));
  const sentenceCounts = new Int32Array(new SharedArrayBuffer(4 * n));
  let k = 0;
  for (const [hash, count] of stats.sentenceDf) {
    sentenceHashes[k] = hash;
    sentenceCounts[k++] = count;
  }
  return { documents: stats.documents, gramDf, sentenceHashes, sentenceCounts };
}

/** The statistics a thread aligns with, read from `shared` (the trigram table is not copied). */
export function statsOf(shared: SharedStats): FolderStats {
  const stats: FolderStats = { documents: shared.documents, sentenceDf: new Map(), gramDf: shared.gramDf };
  for (let k = 0; k < shared.sentenceHashes.length; k++) stats.sentenceDf.set(shared.sentenceHashes[k]!, shared.sentenceCounts[k]!);
  return stats;
}
