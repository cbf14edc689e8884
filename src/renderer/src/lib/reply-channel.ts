/**
 * The page's calls to the browser host made by a worker (reply-worker.ts) rather than on the page:
 * a reply can be a 10 MB article, and reading one on the page (its bytes, their decoding, the
 * JSON) held the page for several tasks of a quarter of a second each. The worker reads and
 * parses the reply; it reaches the page as a structured clone, taken in a fraction of that time.
 * Both ends of the exchange are here, apart from the worker itself so that they can be tested in
 * one thread: `serveReplies` in the worker, `replyChannel` on the page.
 */
import type { Result } from '../../../shared/result';
import { fetchReply, type ReplyRequest } from './fetch-reply';

/** A call as the page posts it: `id` matches the answer to its call. */
export interface ReplyMessage extends ReplyRequest {
  id: number;
}

/** A call answered, as the worker posts it. */
export interface ReplyAnswer {
  id: number;
  result: Result<unknown>;
}

/** Worker side: the handler of the calls posted to the worker, which answers each through `post`. */
export function serveReplies(
  post: (answer: ReplyAnswer) => void,
  fetchOne: (request: ReplyRequest) => Promise<Result<unknown>> = fetchReply,
): (message: ReplyMessage) => void {
  return ({ id, ...request }) => void fetchOne(request).then((result) => post({ id, result }));
}

/** Page side of the exchange: `send` makes a call; the page hands the worker's answers and failure to `answer` and `fail`. */
export interface ReplyChannel {
  send(request: ReplyRequest): Promise<Result<unknown>>;
  answer(answer: ReplyAnswer): void;
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
  const waiting = new Map<number, { request: ReplyRequest; resolve: (result: Result<unknown>) => void }>();
  let next = 0;
  let failed = false;
  return {
    send: (request) => {
      if (failed) return fallback(request);
      return new Promise((resolve) => {
        const id = next++;
        waiting.set(id, { request, resolve });
        post({ id, ...request });
      });
    },
    answer: ({ id, result }) => {
      const call = waiting.get(id);
      waiting.delete(id);
      call?.resolve(result);
    },
    fail: () => {
      failed = true;
      for (const { request, resolve } of waiting.values()) void fallback(request).then(resolve);
      waiting.clear();
    },
  };
}
