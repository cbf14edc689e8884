import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParallaxMethods } from '../../../src/shared/api';
import { fileSettings } from '../../../src/core/app/file-settings';
import { createBackend, dispatch } from '../../../src/core/host/backend';
import type { WorkspaceClient } from '../../../src/core/host/workspace-client';

const calls: unknown[][] = [];
const backend = new Proxy({} as ParallaxMethods, {
  get: (_t, method) => async (...args: unknown[]) => {
    calls.push([method, ...args]);
    if (method === 'getCorpus') throw new Error('boom');
    return { ok: true, value: method };
  },
});

describe('dispatch', () => {
  it('runs a valid call', async () => {
    expect(await dispatch(backend, 'getArticle', ['a.txt'])).toEqual({ ok: true, value: 'getArticle' });
    expect(calls.at(-1)).toEqual(['getArticle', 'a.txt']);
  });

  it('refuses an invalid one before the backend sees it', async () => {
    const before = calls.length;
    expect(await dispatch(backend, 'getArticle', [{}])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(backend, 'hasOwnProperty', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls.length).toBe(before);
  });

  it('turns a thrown error into a Result', async () => {
    expect(await dispatch(backend, 'getCorpus', [])).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });
});

describe('createBackend', () => {
  const info = { kind: 'browser' as const, version: '0', nativeDialogs: false };
  const fakeClient = (ok: boolean) =>
    ({
      events: new EventEmitter(),
      call: async (method: string, path: string | null) =>
        method === 'openCorpus' && ok
          ? { ok: true, value: { root: path ?? '/seeds', isSample: path === null, name: 'x', articles: [], rejected: [], version: 1 } }
          : { ok: false, error: { code: 'not-found', message: 'That folder does not exist.' } },
    }) as unknown as WorkspaceClient;

  /** A worker that answers getCorpus with the folder in hand, counting the calls that reach it. */
  const countingClient = () => {
    const events = new EventEmitter();
    const asked: string[] = [];
    let version = 0;
    let root = '/seeds';
    let fail = false;
    const listing = () => ({ root, isSample: false, name: 'x', articles: [], rejected: [], version: ++version });
    const client = {
      events,
      call: async (method: string, path: string | null) => {
        asked.push(method);
        if (fail) return { ok: false, error: { code: 'internal', message: 'The backend stopped unexpectedly and is restarting.' } };
        if (method === 'openCorpus') root = path ?? '/seeds';
        return { ok: true, value: listing() };
      },
    } as unknown as WorkspaceClient;
    return { client, asked, events, listing, stop: () => (fail = true), start: () => (fail = false) };
  };

  it("answers the folder's listing from the last one read, the newest of replies and events, without asking the worker again", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-backend-'));
    const worker = countingClient();
    const backend = createBackend(worker.client, { info, settings: fileSettings(dir) });
    const opened = await backend.openCorpus('/news');
    expect(await backend.getCorpus()).toEqual(opened);
    expect(await backend.getCorpus()).toEqual(opened);
    expect(worker.asked).toEqual(['openCorpus']);
    // a change on disk arrives as an event; one read before it, arriving late, does not win
    const older = worker.listing();
    const changed = { ...worker.listing(), name: 'changed' };
    worker.events.emit('corpusChanged', changed);
    worker.events.emit('corpusChanged', older);
    expect(await backend.getCorpus()).toEqual({ ok: true, value: changed });
    const held = await backend.getCorpus();
    expect(held.ok && Object.isFrozen(held.value)).toBe(true);
    // a worker that stopped forgets it: the next listing is read again
    worker.stop();
    expect(await backend.search({ text: 'x' } as never)).toMatchObject({ ok: false, error: { code: 'internal' } });
    worker.start();
    expect((await backend.getCorpus()).ok).toBe(true);
    expect(worker.asked.filter((m) => m === 'getCorpus')).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('remembers an opened folder and tells the host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-backend-'));
    const settings = fileSettings(dir);
    const opened: string[] = [];
    const backend = createBackend(fakeClient(true), { info, settings, onFolderOpened: () => opened.push(settings.lastFolder() ?? 'sample') });
    await backend.openCorpus('/news');
    await backend.openCorpus(null);
    expect(opened).toEqual(['/news', 'sample']);
    expect(settings.recentFolders()).toEqual(['/news']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('forgets a recent folder that no longer exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-backend-'));
    const settings = fileSettings(dir);
    settings.rememberFolder('/gone');
    const backend = createBackend(fakeClient(false), { info, settings });
    expect(await backend.openCorpus('/gone')).toMatchObject({ ok: false });
    expect(settings.recentFolders()).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says there is no folder dialog in the browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-backend-'));
    const backend = createBackend(fakeClient(true), { info, settings: fileSettings(dir) });
    expect(await backend.chooseCorpus()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes on the notice of a mended settings file with the host facts, for the page to show', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-backend-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ preferences: { theme: 'blue' } }));
    const backend = createBackend(fakeClient(true), { info, settings: fileSettings(dir) });
    expect(await backend.getHostInfo()).toMatchObject({ ok: true, value: { ...info, notice: expect.stringMatching(/reset \(theme\)/) } });
    rmSync(dir, { recursive: true, force: true });
  });
});
