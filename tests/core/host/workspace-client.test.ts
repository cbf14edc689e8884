import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceClient } from '../../../src/core/host/workspace-client';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

describe('WorkspaceClient', () => {
  let client: WorkspaceClient;
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-client-'));
    client = new WorkspaceClient({ sampleDir: SEEDS, dataDir, watch: false });
  });
  afterAll(async () => {
    await client.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the workspace in a worker thread and answers with Results', async () => {
    const progress: number[] = [];
    client.events.on('openProgress', (p) => progress.push(p.done));
    const opened = await client.call('openCorpus', null);
    expect(opened.ok && opened.value.head.ids.length).toBe(5);
    expect(progress.at(-1)).toBe(5);
    const article = await client.call('getArticle', '001_74c4f560c382ad0f.txt');
    expect(article.ok && article.value.outlet).toBe('Radio Habana Cuba');
    const missing = await client.call('getArticle', 'nope.txt');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers calls made at once, each with its own result', async () => {
    const ids = ['000_86c065115a1fa003.txt', '002_d0548fe1a3bec1cc.txt', '004_a3bff82c688751b7.txt'];
    const results = await Promise.all(ids.map((id) => client.call('getArticle', id)));
    expect(results.map((r) => r.ok && r.value.id)).toEqual(ids);
  });
});

describe('WorkspaceClient when its worker dies', () => {
  const internals = (c: WorkspaceClient) => c as unknown as { worker: { terminate(): Promise<number> } | null };

  it('restarts it, reopens the folder, and answers meanwhile instead of hanging', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-client-'));
    const client = new WorkspaceClient({ sampleDir: SEEDS, dataDir, watch: false });
    try {
      expect((await client.call('openCorpus', null)).ok).toBe(true);
      await internals(client).worker!.terminate();
      expect(await client.call('getCorpus')).toMatchObject({ ok: false, error: { message: /restarting/ } });
      // the new worker starts after a back-off and reopens the folder: wait for its answer
      await expect.poll(async () => (await client.call('getCorpus')).ok).toBe(true);
    } finally {
      await client.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops restarting a worker that keeps failing, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-client-'));
    const client = new WorkspaceClient({ sampleDir: SEEDS, dataDir, watch: false });
    try {
      for (let i = 0; i < 4; i++) {
        await expect.poll(() => internals(client).worker !== null).toBe(true);
        await internals(client).worker!.terminate();
      }
      expect(await client.call('getCorpus')).toMatchObject({ ok: false, error: { message: /keeps stopping/ } });
    } finally {
      await client.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
