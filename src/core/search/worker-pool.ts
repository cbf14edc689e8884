/**
 * Build jobs on worker threads: one worker per core (at most `MAX_WORKERS`), each taking the next
 * job as it finishes one, largest jobs first so no worker is left with a long tail. Workers stay
 * for a while after a build (an update soon after a build skips their start-up) and never keep
 * the process alive. Cancelling terminates them: a shard half built is dropped, not finished.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../threads/spawn-worker';
import { jobSize, runJob, type BuildJob, type BuildResult } from './build-job';
import type { WorkerReply, WorkerRequest } from './search-worker';

export const MAX_WORKERS = 8;
/** Below this many articles to index, the calling thread does it: a worker takes longer to start. */
export const IN_THREAD_MAX_DOCS = 500;
/**
 * ...and at most this much text: one 10 MB article indexed on the workspace's thread held every
 * call behind it (the reader waited seconds for the article it asked for).
 */
export const IN_THREAD_MAX_CHARS = 2_000_000;

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
/** Idle time after which workers are let go. */
export const IDLE_MILLIS = 30_000;

export interface RunOptions {
  signal?: AbortSignal;
  /** Articles done so far over all jobs, and their total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The calling thread takes jobs too, from the first moment: workers need a while to start
   * (longest from TypeScript sources), and a command-line process has nothing else to do. Not for
   * a thread that must stay responsive.
   */
  here?: boolean;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

function abortError(): Error {
  const error = new Error('indexing cancelled');
  error.name = 'AbortError';
  return error;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(readonly size = Math.max(1, Math.min(MAX_WORKERS, availableParallelism()))) {}

  /** Runs the jobs; results come back in the jobs' order. */
  async run(jobs: BuildJob[], options: RunOptions = {}): Promise<BuildResult[]> {
    options.signal?.throwIfAborted();
    if (this.idle) clearTimeout(this.idle);
    const total = jobs.reduce((sum, job) => sum + jobSize(job), 0);
    const done = new Array<number>(jobs.length).fill(0);
    const results = new Array<BuildResult | undefined>(jobs.length);
    const queue = jobs.map((job, i) => i).sort((a, b) => jobSize(jobs[b]!) - jobSize(jobs[a]!));
    // with the calling thread working, one worker fewer keeps the cores from being oversubscribed
    const want = options.here ? Math.min(this.size - 1, jobs.length - 1) : Math.min(this.size, jobs.length);
    while (this.slots.length < want) this.slots.push(this.spawn());
    // a running build keeps the process alive; idle workers do not
    for (const slot of this.slots) slot.worker.ref();
    try {
      await new Promise<void>((resolve, reject) => {
        let finished = 0;
        let failed = false;
        const pending = new Map<number, number>();
        const fail = (error: Error) => {
          failed = true;
          cleanup();
          reject(error);
        };
        const progress = () => options.onProgress?.(done.reduce((a, b) => a + b, 0), total);
        const complete = (job: number, result: BuildResult): boolean => {
          results[job] = result;
          done[job] = jobSize(jobs[job]!);
          progress();
          if (++finished < jobs.length) return false;
          cleanup();
          resolve();
          return true;
        };
        const onAbort = () => fail(abortError());
        const detach: (() => void)[] = [];
        const cleanup = () => {
          options.signal?.removeEventListener('abort', onAbort);
          // only this run's listeners: Node's own on the worker must stay
          for (const off of detach.splice(0)) off();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const dispatch = (slot: Slot) => {
          const next = queue.shift();
          if (next === undefined) return;
          slot.busy = true;
          const id = this.nextId++;
          pending.set(id, next);
          slot.worker.postMessage({ id, job: jobs[next]! } satisfies WorkerRequest);
        };
        for (const slot of this.slots) {
          const onMessage = (reply: WorkerReply) => {
            const job = pending.get(reply.id);
            if (job === undefined) return;
            if (reply.type === 'progress') {
              done[job] = reply.done;
              progress();
            } else if (reply.type === 'error') {
              fail(new Error(reply.message));
            } else {
              pending.delete(reply.id);
              slot.busy = false;
              if (!complete(job, reply.result)) dispatch(slot);
            }
          };
          const onError = (error: Error) => fail(error);
          const onExit = (code: number) => fail(new Error(`index worker stopped (exit code ${code})`));
          slot.worker.on('message', onMessage).on('error', onError).on('exit', onExit);
          detach.push(() => slot.worker.off('message', onMessage).off('error', onError).off('exit', onExit));
        }
        if (jobs.length === 0) {
          cleanup();
          resolve();
          return;
        }
        for (const slot of this.slots) dispatch(slot);
        if (options.here) {
          void (async () => {
            while (queue.length > 0 && !failed) {
              // the smallest job left, so this thread does not hold up the end with a large one
              const job = queue.pop()!;
              const result = await runJob(jobs[job]!, (n) => {
                done[job] = n;
                progress();
              });
              if (failed) return;
              complete(job, result);
              // let the workers' messages in between jobs
              await new Promise((next) => setImmediate(next));
            }
          })().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
        }
      });
    } catch (error) {
      await this.terminate();
      throw error;
    }
    for (const slot of this.slots) slot.worker.unref();
    this.idle = setTimeout(() => void this.terminate(), IDLE_MILLIS);
    this.idle.unref();
    return results as BuildResult[];
  }

  /** Stops every worker. */
  async terminate(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    // `search-worker.ts` from source; `search-worker.js` beside the bundle when built
    const worker = spawnWorker(import.meta.url, 'search-worker');
    worker.unref();
    return { worker, busy: false };
  }
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
