/**
 * The host's handle on the workspace worker: core API calls become messages, answers come back as
 * Results, and the worker's events reach listeners. Should the worker die, waiting calls get an
 * error, a new worker starts and the folder that was open is opened again.
 */
import type { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/result';
import { Emitter } from '../workspace/events';
import type { WorkspaceEvents } from '../workspace/workspace';
import type { CoreMethodName, CoreMethods, HostToWorker, WorkerInit, WorkerToHost } from './protocol';
import { spawnWorker } from '../threads/spawn-worker';

type Pending = (result: Result<unknown>) => void;

export class WorkspaceClient {
  readonly events = new Emitter<WorkspaceEvents>();
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private openPath: string | null | undefined;
  private closing = false;

  constructor(private readonly init: WorkerInit) {
    this.spawn();
  }

  private spawn(): void {
    this.worker = spawnWorker(import.meta.url, 'workspace-worker', { workerData: this.init });
    this.worker.on('message', (message: WorkerToHost) => {
      if (message.type === 'event') {
        this.events.emit(message.channel, message.payload as never);
      } else {
        this.pending.get(message.id)?.(message.result as Result<unknown>);
        this.pending.delete(message.id);
      }
    });
    this.worker.on('error', (error) => console.error('parallax: the workspace worker failed:', error));
    this.worker.on('exit', (code) => this.onExit(code));
  }

  private onExit(code: number): void {
    for (const resolve of this.pending.values()) {
      resolve({ ok: false, error: { code: 'internal', message: 'The backend stopped unexpectedly and was restarted.' } });
    }
    this.pending.clear();
    if (this.closing) return;
    console.error(`parallax: the workspace worker exited (code ${code}); restarting it`);
    this.spawn();
    if (this.openPath !== undefined) void this.call('openCorpus', this.openPath);
  }

  /** Calls a core method in the worker; arguments must already be validated. */
  call<K extends CoreMethodName>(method: K, ...args: Parameters<CoreMethods[K]>): ReturnType<CoreMethods[K]> {
    const id = this.nextId++;
    const promise = new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      const message: HostToWorker = { type: 'call', id, method, args };
      this.worker.postMessage(message);
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
    await this.worker.terminate();
  }
}
