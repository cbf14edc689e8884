import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('names the articles’ list by what it holds, and refuses a list that is not the one its head was written with', async () => {
    const root = '/news';
    const store = new IndexStore(dataDir, root);
    const doc = { id: 'a.txt', shard: 0, size: 1, mtime: 2, hash: 'h', title: 'Before', outlet: null, date: null };
    const manifest: Manifest = { version: INDEX_VERSION, root, shardCount: 1, docs: [doc], rejected: [], shards: [{ file: 'shard-0-abc.bin', docs: 1, bytes: 10, source: 'abc' }] };
    await store.writeManifest(manifest);
    const first = (await store.readHead())!;
    // the same stamps, another title: the same fingerprint, another list, another file
    await store.writeManifest({ ...manifest, docs: [{ ...doc, title: 'After' }] });
    const second = (await store.readHead())!;
    expect(second.print).toBe(first.print);
    expect(second.docsFile).not.toBe(first.docsFile);
    expect((await store.withDocs(second))?.docs[0]!.title).toBe('After');
    // a list of other stamps under the head's name (a writer stopped half way) is none
    writeFileSync(join(store.dir, second.docsFile), JSON.stringify([{ ...doc, mtime: 3 }]));
    expect(await store.withDocs(second)).toBeNull();
  });
});
