import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDEX_VERSION, IndexStore, type Manifest } from '../../../../src/core/search/index/index-store';

describe('the saved manifest', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps titles, outlets and paths of every alphabet, written in ASCII alone', async () => {
    const root = '/home/zoë/新闻';
    const store = new IndexStore(dataDir, root);
    const manifest: Manifest = {
      version: INDEX_VERSION,
      root,
      shardCount: 1,
      docs: [{ id: 'a/é.txt', shard: 0, size: 1, mtime: 2, hash: 'h', title: 'Zoë’s “news” — 新闻 🙂', outlet: 'Ελληνικά', date: null }],
      rejected: [{ path: 'b.txt', reason: 'empty file', size: 0, mtime: 3 }],
      shards: [{ file: 'shard-0-abc.bin', docs: 1, bytes: 10, source: 'abc' }],
    };
    await store.writeManifest(manifest);
    const head = (await store.readHead())!;
    for (const file of ['manifest.json', head.docsFile]) expect(/^[\x20-\x7e]*$/.test(readFileSync(join(store.dir, file), 'latin1'))).toBe(true);
    expect(await store.readManifest()).toEqual(manifest);
  });
});
