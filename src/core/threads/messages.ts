/**
 * The messages of every worker thread of the core: a host calls (`call`), the worker answers each
 * call once (`result` or `error`), may report on it meanwhile (`progress`), and may tell the host
 * things no call asked for (`event`). Written once here so that the search index build, the
 * evaluation and the workspace speak the same protocol (`thread-client.ts`, `serve-thread.ts`).
 */

/** Host to worker: one call, `id` unique per client. */
export interface CallMessage<Req> {
  type: 'call';
  id: number;
  request: Req;
}

/** Worker to host: an answer to call `id`, a report on it, or an event of the worker's own. */
export type ReplyMessage<Res, Progress> =
  | { type: 'result'; id: number; result: Res }
  | { type: 'error'; id: number; message: string }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'event'; channel: string; payload: unknown };

/** The error of a call whose worker stopped before it answered. */
export class ThreadExitError extends Error {
  constructor(
    readonly thread: string,
    readonly code: number,
  ) {
    super(`${thread} stopped (exit code ${code})`);
    this.name = 'ThreadExitError';
  }
}

/** The error of a call the worker answered by throwing: its message, as the worker said it. */
export class ThreadCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThreadCallError';
  }
}
