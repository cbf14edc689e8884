import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderDocs, syncFolder } from '../../../../src/core/search/index/folder-index';
import { indexDir } from '../../../../src/core/search/index/index-store';
import { runSearch } from '../../../../src/core/search/query/searcher';
import { damageManifest, SEEDS } from '../helpers';

describe('syncFolder (the command line path)', () => {
  let root: string;
  let dataDir: string;
  const sync = (load = true) => syncFolder(root, { dataDir, load, workers: 0 });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-folder-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-folder-data-'));
    cpSync(SEEDS, join(root, 'seeds'), { recursive: true });
    mkdirSync(join(root, 'many'));
    // enough files for two shards, so that one change rebuilds one shard only
    for (let i = 0; i < 450; i++) writeFileSync(join(root, 'many', `${String(i).padStart(3, '0')}.txt`), `Note ${i}\n\nA short note number ${i} about the harbour.`);
    writeFileSync(join(root, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds the index on first use and searches it', async () => {
    const first = await sync();
    expect(first).toMatchObject({ articles: 455, indexed: 455, reused: 0 });
    expect(first.manifest.shardCount).toBe(2);
    expect(first.rejected.map((r) => r.path)).toEqual(['binary.txt']);
    const result = runSearch({ index: first.index!, doc: folderDocs(first.root, first.index!) }, { text: 'Maliki' });
    expect(result.hits.map((h) => h.id)).toEqual(['seeds/000_86c065115a1fa003.txt']);
    expect(result.hits[0]!.snippet.highlights.length).toBeGreaterThan(0);
  });

  it('reuses everything when nothing changed, the refused file included', async () => {
    const again = await sync();
    expect(again).toMatchObject({ articles: 455, indexed: 0, reused: 455 });
    expect(again.rejected.map((r) => r.path)).toEqual(['binary.txt']);
  });

  it('rebuilds one shard for one changed file', async () => {
    writeFileSync(join(root, 'many', '007.txt'), 'Note 7\n\nA short note about the lighthouse instead.');
    const after = await sync();
    expect(after.indexed).toBeGreaterThan(0);
    expect(after.indexed).toBeLessThan(455);
    const result = runSearch({ index: after.index!, doc: folderDocs(after.root, after.index!) }, { text: 'lighthouse' });
    expect(result.hits.map((h) => h.id)).toEqual(['many/007.txt']);
  });

  it('keeps a file that was touched but not changed', async () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'many', '008.txt'), later, later);
    expect((await sync()).indexed).toBe(0);
  });

  it('rebuilds a damaged shard instead of failing', async () => {
    const dir = indexDir(dataDir, root);
    const shard = readdirSync(dir).find((f) => f.startsWith('shard-'))!;
    truncateSync(join(dir, shard), 10);
    const repaired = await sync();
    expect(repaired.indexed).toBeGreaterThan(0);
    expect(repaired.articles).toBe(455);
    const result = runSearch({ index: repaired.index!, doc: folderDocs(repaired.root, repaired.index!) }, { text: 'harbour', limit: 1000 });
    expect(result.total).toBe(449);
  });

  it.each([
    ['a null among the articles', (m: Record<string, unknown[]>) => (m.docs![0] = null)],
    ['an article in a shard that does not exist', (m: Record<string, { shard: number }[]>) => (m.docs![0]!.shard = 99)],
    ['a shard naming a file outside the index', (m: Record<string, { file: string }[]>) => (m.shards![0]!.file = '../../x.bin')],
    ['shard counts that disagree with the articles', (m: Record<string, unknown[]>) => m.docs!.pop()],
  ])('rebuilds the whole index when the saved manifest parses but holds %s', async (_name, damage) => {
    damageManifest(dataDir, root, damage as (m: Record<string, unknown>) => void);
    const repaired = await sync();
    expect(repaired).toMatchObject({ articles: 455, indexed: 455, reused: 0 });
    const result = runSearch({ index: repaired.index!, doc: folderDocs(repaired.root, repaired.index!) }, { text: 'harbour', limit: 1000 });
    expect(result.total).toBe(449);
    // and the next run trusts what it wrote
    expect((await sync()).indexed).toBe(0);
  });

  it('never writes below the corpus folder', () => {
    expect(readdirSync(root).sort()).toEqual(['binary.txt', 'many', 'seeds']);
  });
});
