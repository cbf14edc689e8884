/**
 * The page's calls made by the reply worker: each answer reaches the call it answers whatever the
 * order replies come in, and a worker that fails hands its calls to the page.
 */
import { describe, expect, it } from 'vitest';
import type { ReplyRequest } from '../../../src/renderer/src/lib/fetch-reply';
import { inPieces, PIECE_CHARS, PIECE_ITEMS, replyChannel, serveReplies, type ReplyAnswer, type ReplyMessage, type ReplyPiece } from '../../../src/renderer/src/lib/reply-channel';
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
      (answer: ReplyAnswer | ReplyPiece) => queueMicrotask(() => channel.answer(answer)),
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

  it('posts a long list in pieces before its answer, and the page puts the value back together', async () => {
    const blocks = Array.from({ length: 2 * PIECE_ITEMS + 1 }, (_, i) => ({ start: i, end: i + 1, kind: 'paragraph' }));
    const text = 'ab’'.repeat(PIECE_CHARS) + 'end';
    const article = { id: 'long.txt', title: 'x'.repeat(10), text, blocks, tags: ['short', 'list'] };
    const messages = inPieces(7, { ok: true, value: article });
    // four pieces of the text (the last of three characters) and three of the blocks, then the answer without them
    const size = (m: ReplyAnswer | ReplyPiece) => ('items' in m ? m.items.length : 'chars' in m ? m.chars.length : 'answer');
    expect(messages.map(size)).toEqual([PIECE_CHARS, PIECE_CHARS, PIECE_CHARS, 3, PIECE_ITEMS, PIECE_ITEMS, 1, 'answer']);
    expect(messages.at(-1)).toEqual({ id: 7, result: { ok: true, value: { ...article, text: '', blocks: [] } }, pieces: ['text', 'blocks'] });
    // through the worker and back, interleaved with the answer to another call
    const posted: (ReplyAnswer | ReplyPiece)[] = [];
    const channel = replyChannel(() => {}, unused);
    const long = channel.send(request('getArticle'));
    const short = channel.send(request('getCorpus'));
    const serve = serveReplies(
      (m) => posted.push(m),
      async (r) => ({ ok: true, value: r.method === 'getArticle' ? article : { articles: 3 } }),
    );
    serve({ id: 0, ...request('getArticle') });
    serve({ id: 1, ...request('getCorpus') });
    await expect.poll(() => posted.length).toBe(9);
    const [first, ...rest] = posted;
    channel.answer(first!);
    channel.answer(rest.find((m) => m.id === 1)!);
    expect(await short).toEqual({ ok: true, value: { articles: 3 } });
    for (const m of rest.filter((m) => m.id === 0)) channel.answer(m);
    expect(await long).toEqual({ ok: true, value: article });
  });

  it('never cuts a text between the two halves of a character outside the BMP', () => {
    const text = 'a'.repeat(PIECE_CHARS - 1) + '😀' + 'b';
    const pieces = inPieces(1, { ok: true, value: { text } }).filter((m) => 'chars' in m) as { chars: string }[];
    expect(pieces.map((p) => p.chars.length)).toEqual([PIECE_CHARS - 1, 3]);
    expect(pieces.map((p) => p.chars).join('')).toBe(text);
  });

  it('posts errors, lists and short answers as they are', () => {
    const error = { ok: false as const, error: { code: 'not-found' as const, message: 'gone' } };
    expect(inPieces(1, error)).toEqual([{ id: 1, result: error }]);
    const list = { ok: true as const, value: Array.from({ length: 3 * PIECE_ITEMS }, (_, i) => i) };
    expect(inPieces(2, list)).toEqual([{ id: 2, result: list }]);
    const short = { ok: true as const, value: { rows: [1, 2, 3] } };
    expect(inPieces(3, short)).toEqual([{ id: 3, result: short }]);
  });
});
