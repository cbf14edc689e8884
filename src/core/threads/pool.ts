/**
 * A pool of worker threads that share out a list of jobs: one worker per job at most (up to the
 * pool's size), each taking the next job as it finishes one, largest first so no worker is left
 * with a long tail; results come back in the jobs' order. Optionally the calling thread takes the
 * smallest jobs too. Workers stay for a while after a run (a run soon after skips their start-up)
 * and never keep the process alive while idle. Cancelling, or any job failing, terminates them:
 * a job half done is dropped, not finished.
 */
import type { Worker } from 'node:worker_threads';
import { ThreadClient } from './thread-client';

/** Work done so far over all jobs (in the jobs' own unit: articles, pairs), and the total. */
export type PoolProgress = (done: number, total: number) => void;

export interface PoolConfig<Job, Result> {
  /** Starts one worker that serves jobs with `serveThread`, reporting progress as work done in the job. */
  spawn: () => Worker;
  /** Names the workers in errors ("index worker stopped (exit code 1)"). */
  name: string;
  /** Most workers at once. */
  size: number;
  /** A job's amount of work: orders the queue and scales progress. */
  sizeOf: (job: Job) => number;
  /** Runs a job on the calling thread (for `RunOptions.here`). */
  runHere?: (job: Job, progress: (done: number) => void) => Promise<Result>;
  /** Idle time after a run before the workers are let go. */
  idleMillis: number;
  /** The message of the error a cancelled run rejects with. */
  cancelMessage: string;
}

export interface RunOptions<Result = unknown> {
  signal?: AbortSignal;
  onProgress?: PoolProgress;
  /** Hears each job's result as it comes (in no set order), before the run resolves to them all. */
  onResult?: (job: number, result: Result) => void;
  /**
   * The calling thread takes jobs too, from the first moment (workers need a while to start):
   * for a process with nothing else to do, not for a thread that must stay responsive.
   */
  here?: boolean;
}

/** The error a cancelled run rejects with. */
export function abortError(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

export class WorkerPool<Job, Result> {
  private clients: ThreadClient<Job, Result, number>[] = [];
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly config: PoolConfig<Job, Result>) {}

  /** How many workers the pool starts at most. */
  get size(): number {
    return this.config.size;
  }

  /** Runs the jobs; results come back in the jobs' order. A cancelled run rejects with an AbortError. */
  async run(jobs: readonly Job[], options: RunOptions<Result> = {}): Promise<Result[]> {
    options.signal?.throwIfAborted();
    if (this.idle) clearTimeout(this.idle);
    const { sizeOf } = this.config;
    const total = jobs.reduce((sum, job) => sum + sizeOf(job), 0);
    const done = new Array<number>(jobs.length).fill(0);
    const report = (job: number, n: number) => {
      done[job] = n;
      options.onProgress?.(done.reduce((a, b) => a + b, 0), total);
    };
    const results = new Array<Result>(jobs.length);
    const queue = jobs.map((_, i) => i).sort((a, b) => sizeOf(jobs[b]!) - sizeOf(jobs[a]!));
    const here = options.here && this.config.runHere;
    // with the calling thread working, one worker fewer keeps the cores from being oversubscribed
    const want = here ? Math.min(this.size - 1, jobs.length - 1) : Math.min(this.size, jobs.length);
    this.clients = this.clients.filter((c) => !c.exited);
    while (this.clients.length < want) this.clients.push(this.spawn());
    // a running job keeps the process alive; idle workers do not
    for (const client of this.clients) client.worker.ref();

    const stop = new Stop(options.signal, this.config.cancelMessage);
    const drain = async (client: ThreadClient<Job, Result, number>) => {
      for (let job = queue.shift(); job !== undefined && !stop.stopped; job = queue.shift()) {
        const at = job;
        results[at] = await client.call(jobs[at]!, { onProgress: (n) => report(at, n) });
        // an answer that comes in after the run was stopped is not the run's any more
        if (stop.stopped) return;
        options.onResult?.(at, results[at]);
        report(at, sizeOf(jobs[at]!));
      }
    };
    const drainHere = async (runHere: NonNullable<PoolConfig<Job, Result>['runHere']>) => {
      for (let job = queue.pop(); job !== undefined && !stop.stopped; job = queue.pop()) {
        // the smallest job left, so this thread does not hold up the end with a large one
        const at = job;
        results[at] = await runHere(jobs[at]!, (n) => report(at, n));
        if (stop.stopped) return;
        options.onResult?.(at, results[at]);
        report(at, sizeOf(jobs[at]!));
        // let the workers' messages in between jobs
        await new Promise((next) => setImmediate(next));
      }
    };
    const drains = jobs.length === 0 ? [] : this.clients.map(drain);
    if (here && jobs.length > 0) drains.push(drainHere(here));
    try {
      await Promise.race([Promise.all(drains), stop.promise]);
    } catch (error) {
      stop.stop();
      await this.terminate();
      throw error;
    } finally {
      stop.dispose();
    }
    for (const client of this.clients) client.worker.unref();
    this.idle = setTimeout(() => void this.terminate(), this.config.idleMillis);
    this.idle.unref();
    return results;
  }

  /** Stops every worker. */
  async terminate(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const clients = this.clients;
    this.clients = [];
    await Promise.all(clients.map((c) => c.terminate()));
  }

  private spawn(): ThreadClient<Job, Result, number> {
    const worker = this.config.spawn();
    worker.unref();
    return new ThreadClient(worker, this.config.name);
  }
}

/** A run's end by cancelling: a promise that rejects when the signal aborts, and a flag drains check. */
class Stop {
  stopped = false;
  readonly promise: Promise<never>;
  private onAbort: () => void = () => {};

  constructor(
    private readonly signal: AbortSignal | undefined,
    message: string,
  ) {
    this.promise = new Promise<never>((_, reject) => {
      this.onAbort = () => {
        this.stopped = true;
        reject(abortError(message));
      };
    });
    // never awaited when the run ends another way
    this.promise.catch(() => {});
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  stop(): void {
    this.stopped = true;
  }

  dispose(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}
