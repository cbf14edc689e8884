/**
 * The browser mode's transport: a reply is read only after the event stream is connected (so no
 * change between the two goes unseen, without the host sending the whole listing to each stream),
 * and a stream connected again re-reads what it may have missed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../../src/renderer/src/lib/http-api';

/** An EventSource the test opens, fails and feeds by hand. */
class FakeEventSource extends EventTarget {
  static last: FakeEventSource | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  fire(type: string, data?: unknown): void {
    this.dispatchEvent(data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  close(): void {}
}

const listing = (version: number) => ({ root: '/news', name: 'news', isSample: false, articles: [], rejected: [], version });

let fetched: string[];
let answer: (method: string) => unknown;

beforeEach(() => {
  fetched = [];
  answer = (method) => (method === 'getCorpus' ? listing(1) : { state: 'ready', version: 1 });
  FakeEventSource.last = null;
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', async (url: string) => {
    const method = url.slice('/api/'.length);
    fetched.push(method);
    return new Response(JSON.stringify({ ok: true, value: answer(method) }), { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createHttpApi', () => {
  it('answers at once while nothing listens for events', async () => {
    const api = createHttpApi('t');
    expect(await api.getCorpus()).toEqual({ ok: true, value: listing(1) });
    expect(FakeEventSource.last).toBeNull();
  });

  it('reads a reply only once the event stream is connected', async () => {
    const api = createHttpApi('t');
    api.onCorpusChanged(() => {});
    const reply = api.getCorpus();
    await tick();
    expect(fetched).toEqual([]);
    FakeEventSource.last!.fire('open');
    expect(await reply).toEqual({ ok: true, value: listing(1) });
    expect(fetched).toEqual(['getCorpus']);
  });

  it('does not wait for a stream that cannot connect', async () => {
    const api = createHttpApi('t');
    api.onIndexStatus(() => {});
    const reply = api.getCorpus();
    FakeEventSource.last!.fire('error');
    expect((await reply).ok).toBe(true);
  });

  it('passes events on to every listener, and stops when told', async () => {
    const api = createHttpApi('t');
    const seen: unknown[] = [];
    const stop = api.onCorpusChanged((c) => seen.push(['first', c.version]));
    api.onCorpusChanged((c) => seen.push(['second', c.version]));
    FakeEventSource.last!.fire('corpusChanged', listing(4));
    stop();
    FakeEventSource.last!.fire('corpusChanged', listing(5));
    expect(seen).toEqual([['first', 4], ['second', 4], ['second', 5]]);
  });

  it('re-reads the folder and the index status when the stream connects again', async () => {
    const api = createHttpApi('t');
    const corpora: number[] = [];
    const statuses: string[] = [];
    api.onCorpusChanged((c) => corpora.push(c.version));
    api.onIndexStatus((s) => statuses.push(s.state));
    const source = FakeEventSource.last!;
    source.fire('open');
    await tick();
    expect(fetched).toEqual([]);
    answer = (method) => (method === 'getCorpus' ? listing(7) : { state: 'building', version: 7 });
    source.fire('open');
    await vi.waitFor(() => expect(corpora).toEqual([7]));
    await vi.waitFor(() => expect(statuses).toEqual(['building']));
  });
});
