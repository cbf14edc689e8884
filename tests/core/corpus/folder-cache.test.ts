import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { CACHE_VERSION, FolderCache, stampOf } from '../../../src/core/corpus/folder-cache';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { writeMixedFolder } from '../../fixtures/formats/mixed-folder';

const STORY = 'Harbour reopens\n\nThe harbour reopened on Monday after the storm, the council said.';
/** An hour ago: older than the cache's racy window, as the files of a real folder are. */
const age = (path: string) => utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
/** An article no parse of the file could give: seeing it back proves the cache was read. */
const planted = (id: string): Article => articleFromText('Planted\n\nNot what the file says.', id, 'utf-8', 1, 0);

describe('the folder cache of parsed articles', () => {
  let root: string;
  let dataDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-fc-root-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-fc-data-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Writes a.txt, then a cache (of `version`) that holds a planted article for it. */
  async function plant(version = CACHE_VERSION): Promise<string> {
    const path = join(root, 'a.txt');
    writeFileSync(path, STORY);
    age(path);
    const cache = await FolderCache.load(dataDir, root, { version });
    cache.set('a.txt', stampOf(path), { articles: [planted('a.txt')], rejected: [] });
    await cache.save();
    return path;
  }

  it.each([
    { change: 'nothing', served: true, act: () => {} },
    { change: 'its text, same length', served: false, act: (p: string) => writeFileSync(p, STORY.replace('Monday', 'Friday')) },
    { change: 'its text, same length, time set back', served: false, act: (p: string) => rewriteKeepingTime(p) },
    { change: 'its time only', served: false, act: (p: string) => utimesSync(p, new Date(), new Date()) },
    { change: 'its name', served: false, act: (p: string) => renameSync(p, join(root, 'b.txt')) },
  ])('serves a file unread only while it is unchanged: $change', async ({ served, act }) => {
    act(await plant());
    const corpus = await openCorpus(root, { dataDir });
    const article = [...corpus.articles.values()][0]!;
    expect(article.text).toBe(served ? planted('a.txt').text : readFileText(root));
  });

  it('ignores a cache written by another version of the readers', async () => {
    await plant('p0.e0');
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(STORY);
  });

  it('reopens a mixed folder with every article as first read, and writes nothing below it', async () => {
    await writeMixedFolder(root);
    mkdirSync(join(root, 'reuters'));
    writeFileSync(join(root, 'reuters', 'plain.txt'), STORY);
    writeFileSync(join(root, 'odd.jsonl'), JSON.stringify({ title: 'Odd', text: 'A lone \ud800 surrogate in a row of text that is long enough.' }) + '\n');
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) age(join(root, name));
    const before = readdirSync(root, { recursive: true }).sort();
    const first = await openCorpus(root, { dataDir, extract: 'here' });
    const again = await openCorpus(root, { dataDir, extract: 'here' });
    expect([...again.articles.values()]).toEqual([...first.articles.values()]);
    expect(again.rejected).toEqual(first.rejected);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    // the second open read them from the cache, which holds what each file says of itself,
    // not what the folder decided (the subfolder's name as outlet)
    expect(first.articles.get('reuters/plain.txt')).toMatchObject({ outlet: 'reuters', outletSource: 'folder' });
    const cache = await FolderCache.load(dataDir, root);
    const own = cache.get('reuters/plain.txt', stampOf(join(root, 'reuters', 'plain.txt')));
    expect(own?.articles[0]).toMatchObject({ outlet: null, text: STORY });
    expect(cache.get('odd.jsonl', stampOf(join(root, 'odd.jsonl')))?.articles[0]!.text).toContain('\ud800');
  });

  it('does not keep a file modified within the racy window', async () => {
    writeFileSync(join(root, 'a.txt'), STORY);
    await openCorpus(root, { dataDir });
    const cache = await FolderCache.load(dataDir, root);
    expect(cache.get('a.txt', stampOf(join(root, 'a.txt')))).toBeNull();
  });

  it('keeps texts of every alphabet as they were, each in its block', async () => {
    const texts = ['', 'Plain ASCII words.', 'Café au lait, naïve façade: Latin-1 only ÿ.', 'Ελληνικά and 中文 with an emoji 🙂.', 'A lone \ud800 surrogate.', 'x'];
    const articles = texts.map((text, i) => ({ ...planted(`a${i}.txt`), text }));
    const path = join(root, 'a.txt');
    writeFileSync(path, STORY);
    age(path);
    const cache = await FolderCache.load(dataDir, root);
    cache.set('a.txt', stampOf(path), { articles, rejected: [{ path: 'a.txt#9', reason: 'no text' }] });
    await cache.save();
    const back = (await FolderCache.load(dataDir, root)).get('a.txt', stampOf(path));
    expect(back?.articles.map((a) => a.text)).toEqual(texts);
    expect(back?.rejected).toEqual([{ path: 'a.txt#9', reason: 'no text' }]);
  });

  it.each([
    ['rewritten as it was', true, (b: Buffer) => withHeader(b, () => {})],
    ['cut short by a byte', false, (b: Buffer) => b.subarray(0, b.length - 1)],
    ['a text placed past its block', false, (b: Buffer) => withHeader(b, (h) => (h.files[0].texts[0][1] = h.narrow + 5))],
    ['a text missing for an article', false, (b: Buffer) => withHeader(b, (h) => (h.files[0].texts = []))],
    ['the previous layout (PXF3, its header in UTF-8)', false, (b: Buffer) => Buffer.concat([Buffer.from('PXF3'), b.subarray(4)])],
  ])('with the cache %s, serves it: %s', async (_, served, damage) => {
    await plant();
    const [file] = readdirSync(join(dataDir, 'folders'));
    const at = join(dataDir, 'folders', file!);
    writeFileSync(at, damage(readFileSync(at)));
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(served ? planted('a.txt').text : STORY);
  });

  it('opens the folder when the cache is damaged', async () => {
    const path = await plant();
    const [file] = readdirSync(join(dataDir, 'folders'));
    writeFileSync(join(dataDir, 'folders', file!), 'PXF2\u00ff\u00ff\u0000\u0000{not json');
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(STORY);
    expect(stampOf(path)).not.toBeNull();
  });
});

/** The cache file with its JSON header changed by `edit` (and its length rewritten to match). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withHeader(bytes: Buffer, edit: (header: any) => void): Buffer {
  const length = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString('latin1', 8, 8 + length));
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const start = Buffer.alloc(8);
  bytes.copy(start, 0, 0, 4);
  start.writeUInt32LE(json.length, 4);
  // the blocks follow the header from an even offset: the padding follows the header's new length
  const narrowAt = 8 + length;
  const narrow = bytes.subarray(narrowAt, narrowAt + header.narrow);
  const wideAt = narrowAt + header.narrow + ((narrowAt + header.narrow) & 1);
  const padding = Buffer.alloc((8 + json.length + header.narrow) & 1);
  return Buffer.concat([start, json, narrow, padding, bytes.subarray(wideAt)]);
}

/** Same length, same modification time (as `rsync -t` leaves it): only the status-change time tells. */
function rewriteKeepingTime(path: string): void {
  const { atime, mtime } = statSync(path);
  writeFileSync(path, STORY.replace('Monday', 'Friday'));
  utimesSync(path, atime, mtime);
}

function readFileText(root: string): string {
  const [name] = readdirSync(root);
  return readFileSync(join(root, name!), 'utf8');
}
