import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParallaxMethods } from '../../src/shared/api';
import { startHostServer, type HostServer } from '../../src/server/http-server';

const backend = new Proxy({} as ParallaxMethods, {
  get: (_t, method) => async (...args: unknown[]) => ({ ok: true, value: { method, args } }),
});

describe('the browser host', () => {
  let dir: string;
  let host: HostServer;
  const token = 'test-token-123';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-host-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    host = await startHostServer(backend, { port: 0, token, rendererDir: dir });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (method: string, body: string, headers: Record<string, string> = { 'x-parallax-token': token }) =>
    fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers, body });

  it('listens on 127.0.0.1 and prints an address with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
  });

  it('serves the page with a strict policy', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('runs a validated call with the token', async () => {
    const res = await api('getArticle', JSON.stringify({ args: ['a.txt'] }));
    expect(await res.json()).toEqual({ ok: true, value: { method: 'getArticle', args: ['a.txt'] } });
  });

  it.each([
    ['no token', 'getCorpus', '{"args":[]}', {}, 401],
    ['a wrong token', 'getCorpus', '{"args":[]}', { 'x-parallax-token': 'nope' }, 401],
    ['a body that is not JSON', 'getCorpus', '{oops', { 'x-parallax-token': token }, 400],
  ])('refuses %s', async (_name, method, body, headers, status) => {
    expect((await api(method, body, headers as Record<string, string>)).status).toBe(status);
  });

  it('answers a body over 1 MB with 413, not 400', async () => {
    const big = JSON.stringify({ args: ['x'.repeat(1024 * 1024)] });
    expect((await api('findInArticle', big)).status).toBe(413);
    // the host still answers afterwards
    expect((await api('getCorpus', '{"args":[]}')).status).toBe(200);
  });

  it('answers an invalid call with a Result, not a crash', async () => {
    const res = await api('getArticle', JSON.stringify({ args: [7] }));
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses a request naming another host', async () => {
    const status = await new Promise<number>((resolve) => {
      request(`http://127.0.0.1:${host.port}/`, { headers: { host: 'attacker.example' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
  });

  it('streams events to the page, and sends none of its own when it connects', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    let seen = '';
    const until = async (text: string) => {
      while (!seen.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${JSON.stringify(text)}; it held ${JSON.stringify(seen)}`);
        seen += new TextDecoder().decode(value);
      }
    };
    await until(': connected\n\n');
    // the page reads the folder after its stream is connected (renderer lib/http-api.ts): the host
    // no longer sends every stream the whole listing, megabytes for a large folder
    host.broadcast('openProgress', { done: 3, total: 5 });
    await until('event: openProgress\ndata: {"done":3,"total":5}\n\n');
    expect(seen).toBe(': connected\n\nevent: openProgress\ndata: {"done":3,"total":5}\n\n');
    controller.abort();
  });
});

describe('the browser host under many calls at once', () => {
  it('runs at most four calls of one method at a time, the rest waiting, other methods answering', async () => {
    let active = 0;
    let most = 0;
    let open = false;
    const waiting: (() => void)[] = [];
    let full!: () => void;
    const fourRunning = new Promise<void>((resolve) => (full = resolve));
    const slow = new Proxy({} as ParallaxMethods, {
      get: (_t, method) => async () => {
        if (method !== 'getArticle') return { ok: true, value: method };
        most = Math.max(most, ++active);
        if (!open) await new Promise<void>((resolve) => waiting.push(resolve) === 4 && full());
        active--;
        return { ok: true, value: 'article' };
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'parallax-host-'));
    const host = await startHostServer(slow, { port: 0, token: 't', rendererDir: dir });
    try {
      let arrived = 0;
      let allArrived!: () => void;
      const tenArrived = new Promise<void>((resolve) => (allArrived = resolve));
      host.server.on('request', () => ++arrived === 10 && allArrived());
      const call = (method: string, args: string[]) =>
        fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers: { 'x-parallax-token': 't' }, body: JSON.stringify({ args }) });
      const calls = Array.from({ length: 10 }, () => call('getArticle', ['a.txt']));
      await Promise.all([fourRunning, tenArrived]);
      // a call of another method is not held up, and by its answer the ten bodies have been read
      expect(await (await call('getHostInfo', [])).json()).toEqual({ ok: true, value: 'getHostInfo' });
      expect(active).toBe(4);
      open = true;
      waiting.forEach((release) => release());
      const answers = await Promise.all(calls);
      expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(most).toBe(4);
    } finally {
      open = true;
      waiting.forEach((release) => release());
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
