/**
 * The page's calls made by the reply worker: each answer reaches the call it answers whatever the
 * order replies come in, and a worker that fails hands its calls to the page.
 */
import { describe, expect, it } from 'vitest';
import type { ReplyRequest } from '../../../src/renderer/src/lib/fetch-reply';
import { replyChannel, serveReplies, type ReplyAnswer, type ReplyMessage } from '../../../src/renderer/src/lib/reply-channel';
import type { Result } from '../../../src/shared/result';

const request = (method: string): ReplyRequest => ({ method, body: '{"args":[]}', token: 't' });
const unused = () => Promise.reject(new Error('the page should not be asked'));

describe('reply channel', () => {
  it('gives each call its own answer when the replies come back in another order', async () => {
    const release: (() => void)[] = [];
    // each reply waits until the test lets it go, so the second can answer first
    let toWorker: (message: ReplyMessage) => void = () => {};
    const channel = replyChannel((message) => queueMicrotask(() => toWorker(message)), unused);
    toWorker = serveReplies(
      (answer: ReplyAnswer) => queueMicrotask(() => channel.answer(answer)),
      (r) => new Promise<Result<unknown>>((resolve) => release.push(() => resolve({ ok: true, value: r.method }))),
    );
    const first = channel.send(request('getArticle'));
    const second = channel.send(request('getCorpus'));
    await expect.poll(() => release.length).toBe(2);
    release[1]!();
    expect(await second).toEqual({ ok: true, value: 'getCorpus' });
    release[0]!();
    expect(await first).toEqual({ ok: true, value: 'getArticle' });
  });

  it('hands unanswered and later calls to the page when the worker fails', async () => {
    const onPage: string[] = [];
    const posted: ReplyMessage[] = [];
    const channel = replyChannel(
      (message) => posted.push(message),
      async (r) => {
        onPage.push(r.method);
        return { ok: true, value: `page ${r.method}` };
      },
    );
    // the worker never answers: the call waits until the worker fails
    const waiting = channel.send(request('getArticle'));
    expect(posted.map((m) => m.method)).toEqual(['getArticle']);
    channel.fail();
    expect(await waiting).toEqual({ ok: true, value: 'page getArticle' });
    expect(await channel.send(request('getCorpus'))).toEqual({ ok: true, value: 'page getCorpus' });
    expect(onPage).toEqual(['getArticle', 'getCorpus']);
    expect(posted).toHaveLength(1);
  });
});
