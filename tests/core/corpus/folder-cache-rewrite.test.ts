import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { FolderCache, stampOf } from '../../../src/core/corpus/folder-cache';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { age, partsOf, planted, STORY, cacheFolders } from './folder-cache-support';

/** Three texts long enough that together they make a chunk worth keeping (folder-cache-texts.ts). */
const longTexts = () => ['Alpha', 'Bravo', 'Charlie'].map((w) => `${w} report\n\n${`${w} happened on Monday, the council said. `.repeat(2500)}`);

describe('the folder cache written again', () => {
  const folders = cacheFolders();
  let root: string, dataDir: string;
  beforeEach(() => ({ root, dataDir } = folders));
  const { plant } = folders;

  it('writes the files it served again when another file makes it write the cache', async () => {
    await plant();
    writeFileSync(join(root, 'b.txt'), STORY.replace('Monday', 'Friday'));
    age(join(root, 'b.txt'));
    const first = await openCorpus(root, { dataDir });
    expect(first.articles.get('a.txt')!.text).toBe(planted('a.txt').text);
    // b.txt was read and a.txt served: both are in the cache written then, a.txt as served
    const again = await openCorpus(root, { dataDir });
    expect(again.articles.get('a.txt')).toEqual(first.articles.get('a.txt'));
    expect(again.articles.get('b.txt')!.text).toBe(STORY.replace('Monday', 'Friday'));
    const cache = await FolderCache.load(dataDir, root);
    expect(cache.get('b.txt', stampOf(join(root, 'b.txt')))?.articles[0]!.text).toBe(STORY.replace('Monday', 'Friday'));
  });

  it('copies the chunk of texts it still serves as bytes, the texts of changed files written anew', async () => {
    // three files, one chunk of texts: one file changed leaves two thirds of the chunk wanted
    const texts = longTexts();
    texts.forEach((t, i) => writeFileSync(join(root, `${i}.txt`), t));
    for (let i = 0; i < 3; i++) age(join(root, `${i}.txt`));
    await openCorpus(root, { dataDir });
    const [file] = readdirSync(join(dataDir, 'folders'));
    const before = partsOf(readFileSync(join(dataDir, 'folders', file!)));
    writeFileSync(join(root, '1.txt'), texts[1]!.replace('Monday', 'Tuesday!'));
    age(join(root, '1.txt'));
    const changed = await openCorpus(root, { dataDir });
    expect(changed.articles.get('1.txt')!.text).toContain('Tuesday!');
    const after = partsOf(readFileSync(join(dataDir, 'folders', file!)));
    // the old chunk as it was (the changed file's old text still in it, unread), then a chunk of the new text
    expect(after.header.narrow[0]).toBe(before.header.narrow[0]);
    expect(after.narrow.subarray(0, before.header.narrow[0]).equals(before.narrow.subarray(0, before.header.narrow[0]))).toBe(true);
    expect(after.header.narrow).toHaveLength(2);
    const again = await openCorpus(root, { dataDir });
    expect([0, 1, 2].map((i) => again.articles.get(`${i}.txt`)!.text)).toEqual([texts[0], texts[1]!.replace('Monday', 'Tuesday!'), texts[2]]);
    expect([...again.articles.values()]).toEqual([...changed.articles.values()]);
  });

  it.each([
    // the new chunk: the set text, then the new file's
    { removed: 2, chunks: (texts: string[]) => [texts[2]!.length + STORY.length] },
    { removed: 0, chunks: (texts: string[]) => [texts.join('').length, texts[2]!.length + STORY.length] },
  ])('with $removed of 3 files gone, keeps the old chunk only while half of it is wanted, and saves a served text that was set as set', async ({ removed, chunks }) => {
    const texts = longTexts();
    texts.forEach((t, i) => writeFileSync(join(root, `${i}.txt`), t));
    for (let i = 0; i < 3; i++) age(join(root, `${i}.txt`));
    await openCorpus(root, { dataDir });
    for (let i = 0; i < removed; i++) rmSync(join(root, `${i}.txt`));
    const cache = await FolderCache.load(dataDir, root);
    for (let i = removed; i < 2; i++) cache.get(`${i}.txt`, stampOf(join(root, `${i}.txt`)));
    const served = cache.get('2.txt', stampOf(join(root, '2.txt')))!;
    // the same length, so that its blocks still fit it
    const replaced = texts[2]!.replace('Monday', 'Friday');
    served.articles[0]!.text = replaced;
    // a file read afresh, so that there is a cache to write
    writeFileSync(join(root, '3.txt'), STORY);
    age(join(root, '3.txt'));
    cache.set('3.txt', stampOf(join(root, '3.txt')), { articles: [articleFromText(STORY, '3.txt', 'utf-8', STORY.length, 0)], rejected: [] });
    await cache.save();
    const [file] = readdirSync(join(dataDir, 'folders'));
    expect(partsOf(readFileSync(join(dataDir, 'folders', file!))).header.narrow).toEqual(chunks(texts));
    const back = await FolderCache.load(dataDir, root);
    expect(back.get('2.txt', stampOf(join(root, '2.txt')))!.articles[0]!.text).toBe(replaced);
    for (let i = removed; i < 2; i++) expect(back.get(`${i}.txt`, stampOf(join(root, `${i}.txt`)))!.articles[0]!.text).toBe(texts[i]);
  });


  /** The value an article's own symbol slot `name` holds (cached-articles.ts keeps the text read, or set, there). */
  const slot = (article: object, name: string) => {
    const symbol = Object.getOwnPropertySymbols(article).find((x) => x.description === name)!;
    return (article as Record<symbol, unknown>)[symbol];
  };

  it('writes again without reading the texts it copies, and keeps its file open while it copies, whatever is read meanwhile', async () => {
    const texts = longTexts();
    texts.forEach((t, i) => writeFileSync(join(root, `${i}.txt`), t));
    for (let i = 0; i < 3; i++) age(join(root, `${i}.txt`));
    await openCorpus(root, { dataDir });
    const cache = await FolderCache.load(dataDir, root);
    const served = [0, 1, 2].map((i) => cache.get(`${i}.txt`, stampOf(join(root, `${i}.txt`)))!.articles[0]!);
    writeFileSync(join(root, '3.txt'), STORY);
    age(join(root, '3.txt'));
    cache.set('3.txt', stampOf(join(root, '3.txt')), { articles: [articleFromText(STORY, '3.txt', 'utf-8', STORY.length, 0)], rejected: [] });
    const store = (cache as unknown as { store: { fd: number | null } }).store;
    const saving = cache.save();
    // the fields were taken, the chunk not read: no text made for the write
    expect(served.map((a) => slot(a, 'text'))).toEqual([undefined, undefined, undefined]);
    // every text read while the write is under way: the file stays open for it all the same
    expect(served.map((a) => a.text)).toEqual(texts);
    expect(store.fd).not.toBeNull();
    await saving;
    expect(store.fd).toBeNull();
    const back = await FolderCache.load(dataDir, root);
    expect([0, 1, 2].map((i) => back.get(`${i}.txt`, stampOf(join(root, `${i}.txt`)))!.articles[0]!.text)).toEqual(texts);
  });
});
