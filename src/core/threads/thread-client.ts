/**
 * The host's side of `messages.ts` over one worker: `call` sends a request and resolves with the
 * worker's result (rejects with its error), passing progress reports on that call to the caller;
 * events go to `onEvent`. When the worker stops, every call still waiting rejects with a
 * ThreadExitError, so no caller hangs on a dead thread; what to do next (restart, give up) is the
 * owner's choice, told through `onExit`.
 */
import type { Transferable, Worker } from 'node:worker_threads';
import { ThreadCallError, ThreadExitError, type CallMessage, type ReplyMessage } from './messages';

export interface ThreadClientHandlers {
  /** An event the worker sent of its own accord. */
  onEvent?(channel: string, payload: unknown): void;
  /** An uncaught error in the worker (it stops after this). */
  onError?(error: Error): void;
  /** The worker stopped; waiting calls have been rejected. */
  onExit?(code: number): void;
}

export interface CallOptions<Progress> {
  onProgress?: (report: Progress) => void;
  transfer?: Transferable[];
}

interface Waiting<Res, Progress> {
  resolve(result: Res): void;
  reject(error: Error): void;
  onProgress?: (report: Progress) => void;
}

export class ThreadClient<Req, Res, Progress = never> {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting<Res, Progress>>();
  private exitCode: number | null = null;

  /** `name` says which thread in errors ("index worker"). */
  constructor(
    readonly worker: Worker,
    readonly name: string,
    private readonly handlers: ThreadClientHandlers = {},
  ) {
    worker.on('message', (message: ReplyMessage<Res, Progress>) => this.receive(message));
    worker.on('error', (error: Error) => {
      // the worker stops after an uncaught error: its calls fail with that error, not just "stopped"
      this.rejectAll(error);
      this.handlers.onError?.(error);
    });
    worker.on('exit', (code: number) => {
      this.exitCode = code;
      this.rejectAll(new ThreadExitError(this.name, code));
      this.handlers.onExit?.(code);
    });
  }

  /** Whether the worker has stopped. */
  get exited(): boolean {
    return this.exitCode !== null;
  }

  /** Calls still waiting for their answer. */
  get waitingCalls(): number {
    return this.waiting.size;
  }

  /** Sends `request`; resolves with the worker's result. */
  call(request: Req, options: CallOptions<Progress> = {}): Promise<Res> {
    if (this.exitCode !== null) return Promise.reject(new ThreadExitError(this.name, this.exitCode));
    const id = this.nextId++;
    return new Promise<Res>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onProgress: options.onProgress });
      this.worker.postMessage({ type: 'call', id, request } satisfies CallMessage<Req>, options.transfer);
    });
  }

  /** Stops the worker; waiting calls reject. */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  private receive(message: ReplyMessage<Res, Progress>): void {
    if (message.type === 'event') {
      this.handlers.onEvent?.(message.channel, message.payload);
      return;
    }
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.progress);
      return;
    }
    this.waiting.delete(message.id);
    if (message.type === 'result') waiting.resolve(message.result);
    else waiting.reject(new ThreadCallError(message.message));
  }

  private rejectAll(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}
