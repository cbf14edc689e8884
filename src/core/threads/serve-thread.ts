/**
 * The worker's side of `messages.ts`: answers each call with what `handle` returns (or the
 * message of what it throws), lets `handle` report progress on the call it is answering, and
 * sends events. Calls are handled as they come; one still running does not hold up the next.
 */
import { parentPort, type Transferable } from 'node:worker_threads';
import type { CallMessage, ReplyMessage } from './messages';

/** The handler of one call: `progress` reports on that call only. */
export type CallHandler<Req, Res, Progress> = (request: Req, progress: (report: Progress) => void) => Res | Promise<Res>;

export interface ServeOptions<Res> {
  /** Buffers of a result to move to the host rather than copy (they are unusable here after). */
  transfer?: (result: Res) => Transferable[];
}

/** What a serving worker can do besides answering calls. */
export interface ThreadServer {
  /** Sends an event no call asked for. */
  emit(channel: string, payload: unknown): void;
}

/** Answers the calls made to this worker thread with `handle`; throws outside a worker thread. */
export function serveThread<Req, Res, Progress = never>(
  handle: CallHandler<Req, Res, Progress>,
  options: ServeOptions<Res> = {},
): ThreadServer {
  const port = parentPort;
  if (!port) throw new Error('serveThread must run in a worker thread');
  const send = (message: ReplyMessage<Res, Progress>, transfer?: Transferable[]) => port.postMessage(message, transfer);
  port.on('message', (message: CallMessage<Req>) => {
    const { id } = message;
    const progress = (report: Progress) => send({ type: 'progress', id, progress: report });
    // a handler that throws at once and one that rejects answer the same way
    void (async () => handle(message.request, progress))().then(
      (result) => send({ type: 'result', id, result }, options.transfer?.(result)),
      (error: unknown) => send({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  return { emit: (channel, payload) => send({ type: 'event', channel, payload }) };
}
