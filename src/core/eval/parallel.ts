/**
 * Runs the PAN evaluation's pairs on all cores: the pairs are split into groups that share no
 * document (so every document is still prepared once), one worker thread per group, through the
 * core's worker pool.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AlignOptions } from '../../shared/comparison';
import { WorkerPool } from '../threads/pool';
import { spawnWorker } from '../threads/spawn-worker';
import { alignPairs, type AlignPairsStats } from './align-pairs';
import { documentPath, partitionPairs, type PanDetectionLine, type PanPair } from './pan-corpus';

export interface ParallelResult {
  lines: PanDetectionLine[];
  stats: AlignPairsStats;
  threads: number;
}

/** One worker's share of the evaluation: pairs that share no document with another group's. */
export interface AlignGroup {
  dir: string;
  pairs: PanPair[];
  options: Partial<AlignOptions>;
}

/** Aligns all pairs, on `threads` worker threads (1 = in this thread), returning lines in input order. */
export async function alignPairsParallel(
  dir: string,
  pairs: PanPair[],
  options: Partial<AlignOptions>,
  threads = availableParallelism(),
): Promise<ParallelResult> {
  if (threads <= 1 || pairs.length < 2) return { ...alignPairs(dir, pairs, options), threads: 1 };
  const sizes = new Map<string, number>();
  const size = (side: 'susp' | 'src', name: string) => {
    const key = `${side}/${name}`;
    let s = sizes.get(key);
    if (s === undefined) sizes.set(key, (s = statSync(documentPath(dir, side, name)).size));
    return s;
  };
  const groups = partitionPairs(pairs, threads, (p) => size('susp', p.susp) + size('src', p.src));
  // one worker per group: the groups were cut to keep every thread busy to the end
  const pool = new WorkerPool<AlignGroup, ReturnType<typeof alignPairs>>({
    spawn: () => spawnWorker(import.meta.url, 'align-worker'),
    name: 'alignment worker',
    size: groups.length,
    sizeOf: (group) => group.pairs.length,
    idleMillis: 0,
    cancelMessage: 'evaluation cancelled',
  });
  let results: ReturnType<typeof alignPairs>[];
  try {
    results = await pool.run(groups.map((group) => ({ dir, pairs: group, options })));
  } finally {
    await pool.terminate();
  }
  const byKey = new Map<string, PanDetectionLine>();
  const stats: AlignPairsStats = { prepared: 0, prepareMs: 0, alignMs: 0 };
  for (const r of results) {
    for (const line of r.lines) byKey.set(`${line.susp} ${line.src}`, line);
    stats.prepared += r.stats.prepared;
    stats.prepareMs += r.stats.prepareMs;
    stats.alignMs += r.stats.alignMs;
  }
  return { lines: pairs.map((p) => byKey.get(`${p.susp} ${p.src}`)!), stats, threads: groups.length };
}
