/**
 * The host's handle on the workspace worker: core API calls become messages, answers come back as
 * Results, and the worker's events reach listeners. Should the worker die, waiting calls get an
 * error, a new worker starts and the folder that was open is opened again.
 */
import type { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import { Emitter } from '../workspace/events';
import type { CoreEvents, CoreMethodName, CoreMethods, HostToWorker, WorkerInit, WorkerToHost } from './protocol';
import { spawnWorker } from '../threads/spawn-worker';

type Pending = (result: Result<unknown>) => void;

const RESTART_DELAY_MS = 250;
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export class WorkspaceClient {
  readonly events = new Emitter<CoreEvents>();
  private worker: Worker | null = null;
  /** When the worker last had to be restarted (ms since the epoch), within the last minute. */
  private restarts: number[] = [];
  /** Set when the worker kept failing and is not restarted again: every call answers with it. */
  private failed: string | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private openPath: string | null | undefined;
  private closing = false;

  constructor(private readonly init: WorkerInit) {
    this.spawn();
  }

  private spawn(): void {
    const worker = spawnWorker(import.meta.url, 'workspace-worker', { workerData: this.init });
    this.worker = worker;
    worker.on('message', (message: WorkerToHost) => {
      if (message.type === 'event') {
        this.events.emit(message.channel, message.payload as never);
      } else {
        this.pending.get(message.id)?.(message.result as Result<unknown>);
        this.pending.delete(message.id);
      }
    });
    worker.on('error', (error) => console.error('parallax: the workspace worker failed:', error));
    worker.on('exit', (code) => this.onExit(code));
  }

  private onExit(code: number): void {
    this.worker = null;
    for (const resolve of this.pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message: 'The backend stopped unexpectedly and is restarting.' } });
    }
    this.pending.clear();
    if (this.closing) return;
    // a worker that fails as it starts would otherwise restart in a tight loop: back off, and
    // after a few failures in a minute stop and say so
    const now = Date.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.restarts.length >= MAX_RESTARTS) {
      this.failed = 'The backend keeps stopping; quit and restart Parallax.';
      console.error(`parallax: the workspace worker exited (code ${code}) ${MAX_RESTARTS} times in a minute; not restarting it`);
      return;
    }
    this.restarts.push(now);
    const delay = RESTART_DELAY_MS * 2 ** (this.restarts.length - 1);
    console.error(`parallax: the workspace worker exited (code ${code}); restarting it in ${delay} ms`);
    setTimeout(() => {
      if (this.closing) return;
      this.spawn();
      if (this.openPath !== undefined) void this.call('openCorpus', this.openPath);
    }, delay);
  }

  /** Calls a core method in the worker; arguments must already be validated. */
  call<K extends CoreMethodName>(method: K, ...args: Parameters<CoreMethods[K]>): ReturnType<CoreMethods[K]> {
    const worker = this.worker;
    if (!worker) {
      const message = this.failed ?? 'The backend is restarting; try again in a moment.';
      return Promise.resolve({ ok: false, error: { code: 'internal', message } }) as ReturnType<CoreMethods[K]>;
    }
    const id = this.nextId++;
    const promise = new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      const message: HostToWorker = { type: 'call', id, method, args };
      worker.postMessage(message);
    });
    if (method === 'openCorpus') {
      void promise.then((result) => {
        if (result.ok) this.openPath = args[0] as string | null;
      });
    }
    return promise as ReturnType<CoreMethods[K]>;
  }

  /** Stops the worker (and with it watching and indexing). */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker?.terminate();
  }
}
