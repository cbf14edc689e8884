/**
 * The page's calls to the browser host made by a worker (reply-worker.ts) rather than on the page:
 * a reply can be a 10 MB article, and reading one on the page (its bytes, their decoding, the
 * JSON) held the page for several tasks of a quarter of a second each. The worker reads and
 * parses the reply; it reaches the page as structured clones, taken in a fraction of that time.
 * A long list or text in a reply (a 10 MB article's 17,000 blocks, its text) comes in pieces of
 * `PIECE_ITEMS` items or `PIECE_CHARS` characters, one message each: taking the clone of the whole
 * article at once was a task of 50 to 200 ms on a loaded machine, with the page's reaction to the
 * answer in the same task.
 * Both ends of the exchange are here, apart from the worker itself so that they can be tested in
 * one thread: `serveReplies` in the worker, `replyChannel` on the page.
 */
import type { Result } from '../../../shared/result';
import { fetchReply, type ReplyRequest } from './fetch-reply';

/** Items of a long list in one message. */
export const PIECE_ITEMS = 2_000;
/** Characters of a long text in one message. */
export const PIECE_CHARS = 512 * 1024;

/** A call as the page posts it: `id` matches the answer to its call. */
export interface ReplyMessage extends ReplyRequest {
  id: number;
}

/**
 * A call answered, as the worker posts it: the result, without the lists named in `pieces`, which
 * came before it in `ReplyPiece` messages of the same id.
 */
export interface ReplyAnswer {
  id: number;
  result: Result<unknown>;
  pieces?: string[];
}

/** Items of a long list, or characters of a long text, of an answer's value (its field `field`), posted before the answer. */
export type ReplyPiece = { id: number; field: string } & ({ items: unknown[] } | { chars: string });

const isPiece = (message: ReplyAnswer | ReplyPiece): message is ReplyPiece => 'field' in message;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The answer and the pieces its long lists and texts are posted in, in order. */
export function inPieces(id: number, result: Result<unknown>): (ReplyAnswer | ReplyPiece)[] {
  if (!result.ok || typeof result.value !== 'object' || result.value === null || Array.isArray(result.value)) return [{ id, result }];
  const value = { ...(result.value as Record<string, unknown>) };
  const out: (ReplyAnswer | ReplyPiece)[] = [];
  const pieces: string[] = [];
  for (const [field, long] of Object.entries(value)) {
    if (Array.isArray(long) && long.length > PIECE_ITEMS) {
      for (let at = 0; at < long.length; at += PIECE_ITEMS) out.push({ id, field, items: long.slice(at, at + PIECE_ITEMS) });
      value[field] = [];
    } else if (typeof long === 'string' && long.length > PIECE_CHARS) {
      for (let at = 0; at < long.length; ) {
        let end = Math.min(long.length, at + PIECE_CHARS);
        // a piece never ends between the two halves of a character outside the BMP
        if (end < long.length && isHighSurrogate(long.charCodeAt(end - 1))) end--;
        out.push({ id, field, chars: long.slice(at, end) });
        at = end;
      }
      value[field] = '';
    } else continue;
    pieces.push(field);
  }
  if (pieces.length === 0) return [{ id, result }];
  out.push({ id, result: { ok: true, value }, pieces });
  return out;
}

/** Worker side: the handler of the calls posted to the worker, which answers each through `post`. */
export function serveReplies(
  post: (message: ReplyAnswer | ReplyPiece) => void,
  fetchOne: (request: ReplyRequest) => Promise<Result<unknown>> = fetchReply,
): (message: ReplyMessage) => void {
  return ({ id, ...request }) =>
    void fetchOne(request).then((result) => {
      for (const message of inPieces(id, result)) post(message);
    });
}

/** Page side of the exchange: `send` makes a call; the page hands the worker's messages and failure to `answer` and `fail`. */
export interface ReplyChannel {
  send(request: ReplyRequest): Promise<Result<unknown>>;
  answer(message: ReplyAnswer | ReplyPiece): void;
  fail(): void;
}

/**
 * Page side: makes each call by posting it to the worker through `post`. A worker that fails (one
 * that could not start) hands its unanswered calls, and every later one, to `fallback` on the
 * page: slower for a long article, but the app keeps working.
 */
export function replyChannel(
  post: (message: ReplyMessage) => void,
  fallback: (request: ReplyRequest) => Promise<Result<unknown>> = fetchReply,
): ReplyChannel {
  const waiting = new Map<number, { request: ReplyRequest; resolve: (result: Result<unknown>) => void; parts: Map<string, (unknown[] | string)[]> }>();
  let next = 0;
  let failed = false;
  return {
    send: (request) => {
      if (failed) return fallback(request);
      return new Promise((resolve) => {
        const id = next++;
        waiting.set(id, { request, resolve, parts: new Map() });
        post({ id, ...request });
      });
    },
    answer: (message) => {
      const call = waiting.get(message.id);
      if (!call) return;
      if (isPiece(message)) {
        const parts = call.parts.get(message.field) ?? [];
        parts.push('items' in message ? message.items : message.chars);
        call.parts.set(message.field, parts);
        return;
      }
      waiting.delete(message.id);
      const { result, pieces } = message;
      if (!pieces || !result.ok) return call.resolve(result);
      const value = result.value as Record<string, unknown>;
      for (const field of pieces) {
        const parts = call.parts.get(field) ?? [];
        value[field] = typeof value[field] === 'string' ? parts.join('') : (parts as unknown[][]).flat();
      }
      // putting a 10 MB text back together is a task's worth: the page takes the answer in the next
      setTimeout(() => call.resolve(result), 0);
    },
    fail: () => {
      failed = true;
      for (const { request, resolve } of waiting.values()) void fallback(request).then(resolve);
      waiting.clear();
    },
  };
}
