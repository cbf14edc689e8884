/**
 * The host's handle on the workspace worker: core API calls become messages, answers come back as
 * Results, and the worker's events reach listeners. Should the worker die, waiting calls get an
 * error, a new worker starts and the folder that was open is opened again.
 */
import type { Result } from '../../shared/result';
import { ThreadCallError } from '../threads/messages';
import { spawnWorker } from '../threads/spawn-worker';
import { ThreadClient } from '../threads/thread-client';
import { Emitter } from '../workspace/events';
import type { CoreEvents, CoreMethodName, CoreMethods, WorkerInit, WorkspaceRequest } from './protocol';

const RESTART_DELAY_MS = 250;
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export class WorkspaceClient {
  readonly events = new Emitter<CoreEvents>();
  private worker: ThreadClient<WorkspaceRequest, Result<unknown>> | null = null;
  /** When the worker last had to be restarted (ms since the epoch), within the last minute. */
  private restarts: number[] = [];
  /** Set when the worker kept failing and is not restarted again: every call answers with it. */
  private failed: string | null = null;
  private openPath: string | null | undefined;
  private closing = false;

  constructor(private readonly init: WorkerInit) {
    this.spawn();
  }

  private spawn(): void {
    const worker = spawnWorker(import.meta.url, 'workspace-worker', { workerData: this.init });
    this.worker = new ThreadClient(worker, 'workspace worker', {
      onEvent: (channel, payload) => this.events.emit(channel as keyof CoreEvents, payload as never),
      onError: (error) => console.error('parallax: the workspace worker failed:', error),
      // calls still waiting have been answered by the time this runs (see `call`)
      onExit: (code) => this.onExit(code),
    });
  }

  private onExit(code: number): void {
    this.worker = null;
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
    const promise = worker.call({ method, args }).catch((error: unknown): Result<unknown> => {
      // a handler that threw answers with its message; a worker that died, with the restart
      const message = error instanceof ThreadCallError ? error.message : 'The backend stopped unexpectedly and is restarting.';
      return { ok: false, error: { code: 'internal', message } };
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
