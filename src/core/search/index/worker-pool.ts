/**
 * The index build on worker threads: the core's worker pool (core/threads/pool.ts) running build
 * jobs, one worker per core (at most `MAX_WORKERS`), and the limits under which the calling
 * thread builds instead because a worker would take longer to start.
 */
import { availableParallelism } from 'node:os';
import { WorkerPool, type RunOptions } from '../../threads/pool';
import { spawnWorker } from '../../threads/spawn-worker';
import { jobSize, runJob, type BuildJob, type BuildResult } from './build-job';

export type { RunOptions };

export const MAX_WORKERS = 8;
/** Below this many articles to index, the calling thread does it: a worker takes longer to start. */
export const IN_THREAD_MAX_DOCS = 500;
/**
 * ...and at most this much text: one 10 MB article indexed on the workspace's thread held every
 * call behind it (the reader waited seconds for the article it asked for).
 */
export const IN_THREAD_MAX_CHARS = 2_000_000;
/** Idle time after which workers are let go. */
export const IDLE_MILLIS = 30_000;

/** Whether `jobs` are small enough for the calling thread (see the limits above). */
export function fitsInThread(jobs: readonly BuildJob[]): boolean {
  let docs = 0;
  let chars = 0;
  for (const job of jobs) {
    docs += jobSize(job);
    if (job.kind === 'texts') for (const d of job.docs) chars += d.text.length;
  }
  return docs <= IN_THREAD_MAX_DOCS && chars <= IN_THREAD_MAX_CHARS;
}

/** The index build's pool: `size` workers (one per core by default, at most `MAX_WORKERS`). */
export type IndexPool = WorkerPool<BuildJob, BuildResult>;

/** A pool that runs build jobs on `search-worker` threads, the calling thread helping when asked. */
export function indexPool(size = Math.max(1, Math.min(MAX_WORKERS, availableParallelism()))): IndexPool {
  return new WorkerPool<BuildJob, BuildResult>({
    // `search-worker.ts` from source; `search-worker.js` beside the bundle when built
    spawn: () => spawnWorker(import.meta.url, 'search-worker'),
    name: 'index worker',
    size,
    sizeOf: jobSize,
    runHere: runJob,
    idleMillis: IDLE_MILLIS,
    cancelMessage: 'indexing cancelled',
  });
}

/** Runs jobs on the calling thread, between turns of its event loop: for work too small to wait for a worker. */
export async function runHere(jobs: BuildJob[], options: RunOptions = {}): Promise<BuildResult[]> {
  const total = jobs.reduce((sum, job) => sum + jobSize(job), 0);
  const results: BuildResult[] = [];
  let before = 0;
  for (const job of jobs) {
    options.signal?.throwIfAborted();
    await new Promise((resolve) => setImmediate(resolve));
    results.push(await runJob(job, (n) => options.onProgress?.(before + n, total)));
    before += jobSize(job);
    options.onProgress?.(before, total);
  }
  return results;
}
