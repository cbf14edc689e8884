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

  it('streams events to the page', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // ': connected'
    host.broadcast('openProgress', { done: 3, total: 5 });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('event: openProgress\ndata: {"done":3,"total":5}\n\n');
    controller.abort();
  });
});
