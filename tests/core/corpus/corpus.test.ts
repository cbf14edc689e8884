import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { corpusInfo, corpusListing, openCorpus, compareIds, inIdOrder, sortIds } from '../../../src/core/corpus/corpus';
import { HEAD_ROWS, listingRows } from '../../../src/shared/listing';
import { writeManyArticles } from '../../fixtures/many-articles';
import { loadArticle, MAX_ARTICLE_BYTES } from '../../../src/core/corpus/load-article';

// named pipes exist on Linux and macOS; Windows has none in folders
const POSIX = process.platform !== 'win32';
import { UNREAD_REASON } from '../../../src/core/corpus/scan';

describe('openCorpus', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
    mkdirSync(join(root, '2024', 'march'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'a.txt'), 'First story\n\nSomething happened today in the capital.');
    writeFileSync(join(root, '2024', 'march', 'b.md'), '# Second story\n\nIt went on for *hours*.');
    writeFileSync(join(root, '2024', 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(join(root, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'));
    writeFileSync(join(root, '.hidden.txt'), 'not listed');
    writeFileSync(join(root, '.git', 'HEAD.txt'), 'not listed');
    symlinkSync(join(root, 'a.txt'), join(root, 'link.txt'));
    symlinkSync(join(root, '2024'), join(root, 'folder-link'));
    if (POSIX) execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('loads every article below the folder, in path order, with ids relative to the root', async () => {
    const corpus = await openCorpus(root);
    expect([...corpus.articles.keys()]).toEqual(['2024/march/b.md', 'a.txt']);
    expect(corpus.articles.get('2024/march/b.md')!.title).toBe('Second story');
  });

  it('lists what it could not open, with the reason, and opens the rest', async () => {
    const { rejected } = await openCorpus(root);
    expect(rejected).toEqual([
      { path: '2024/photo.jpg', reason: UNREAD_REASON },
      { path: 'binary.txt', reason: 'binary file, not text' },
      { path: 'empty.txt', reason: 'empty file' },
      { path: 'folder-link', reason: 'symbolic link (not followed)' },
      { path: 'huge.txt', reason: 'too large (10.0 MB; the limit is 10 MB)' },
      { path: 'link.txt', reason: 'symbolic link (not followed)' },
      ...(POSIX ? [{ path: 'pipe.txt', reason: 'not a regular file (a named pipe)' }] : []),
    ]);
  });

  it.skipIf(!POSIX)('refuses a named pipe without waiting for a writer, even when told to follow links', async () => {
    // reading a pipe blocks until something writes to it: without the check, this never returns
    for (const followLinks of [false, true]) {
      expect(await loadArticle(join(root, 'pipe.txt'), 'pipe.txt', { followLinks })).toEqual({
        ok: false,
        rejected: { path: 'pipe.txt', reason: 'not a regular file (a named pipe)' },
      });
    }
  });

  it('reports progress up to the number of files', async () => {
    const seen: number[] = [];
    await openCorpus(root, { onProgress: (done, total) => seen.push(total - done) });
    expect(seen[seen.length - 1]).toBe(0);
  });

  it('describes the corpus without article text', async () => {
    const info = corpusInfo(await openCorpus(root));
    expect(info.name).toBe(root.split('/').pop());
    expect(info.head).not.toHaveProperty('texts');
    expect(listingRows(info.head)[1]).toMatchObject({ id: 'a.txt', title: 'First story', words: 8 });
  });

  it('fails with a clear error when the folder does not exist', async () => {
    await expect(openCorpus(join(root, 'nope'))).rejects.toThrow(/ENOENT/);
  });
});

describe('the corpus as the window lists it', () => {
  it('describes a large folder by its first rows and its count, and lists every article on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-listing-'));
    try {
      writeManyArticles(dir, HEAD_ROWS + 50);
      const corpus = await openCorpus(dir);
      const info = corpusInfo(corpus);
      const ids = [...corpus.articles.keys()];
      expect(info.articleCount).toBe(HEAD_ROWS + 50);
      expect(info.head.ids).toEqual(ids.slice(0, HEAD_ROWS));
      expect(corpusListing(corpus).ids).toEqual(ids);
      expect(listingRows(corpusListing(corpus))[HEAD_ROWS + 10]).toMatchObject({ id: ids[HEAD_ROWS + 10], title: corpus.articles.get(ids[HEAD_ROWS + 10]!)!.title });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the order of articles', () => {
  it.each([
    [['b.txt', 'a.csv#10', 'a.csv#2', 'a.csv', 'a/c.txt', 'a.csv#1'], ['a.csv', 'a.csv#1', 'a.csv#2', 'a.csv#10', 'a/c.txt', 'b.txt']],
    [['x#y.txt', 'x.txt', 'x#1'], ['x#1', 'x#y.txt', 'x.txt']],
    [[], []],
  ])('sorts %j as paths, rows by number', (ids, expected) => {
    expect(sortIds(ids)).toEqual(expected);
    expect([...ids].sort(compareIds)).toEqual(sortIds(ids));
  });

  it.each([
    ['in order, rows by number', ['a.csv', 'a.csv#1', 'a.csv#2', 'a.csv#10', 'a/c.txt', 'b.txt'], true],
    ['in string order, not row order', ['a.csv#1', 'a.csv#10', 'a.csv#2'], false],
    ['a path out of order', ['b.txt', 'a.txt'], false],
    ['a row out of order', ['x#y.txt', 'x#1'], false],
  ])('puts a folder’s articles in library order, keeping the map itself when it is: %s', (_, ids, kept) => {
    const articles = new Map(ids.map((id) => [id, { id } as Article]));
    const ordered = inIdOrder(articles);
    expect([...ordered.keys()]).toEqual(sortIds(ids));
    expect(ordered === articles).toBe(kept);
  });
});
