import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { CACHE_VERSION, FolderCache, stampOf } from '../../../src/core/corpus/folder-cache';
import { CHUNK_CHARS, layoutOf } from '../../../src/core/corpus/folder-cache-layout';
import { encodeParts } from '../../../src/core/corpus/folder-cache-parts';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { writeMixedFolder } from '../../fixtures/formats/mixed-folder';
import { december, first, second } from '../../fixtures/wire-takes';
import { findBlock } from '../../../src/core/corpus/cached-articles';

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
    writeFileSync(join(root, 'notes.md'), '# A heading\n\nSome **bold** words and a [link](https://example.org/x).\n\nhttps://example.org/more\n');
    for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) age(join(root, name));
    const before = readdirSync(root, { recursive: true }).sort();
    const first = await openCorpus(root, { dataDir, extract: 'here' });
    const again = await openCorpus(root, { dataDir, extract: 'here' });
    expect([...again.articles.values()]).toEqual([...first.articles.values()]);
    // the folder has what the tables keep apart: blocks with markup, with reasons, texts past Latin-1
    const blocks = [...first.articles.values()].flatMap((a) => a.blocks);
    expect(blocks.some((b) => b.markup && b.markup.length > 0)).toBe(true);
    expect(blocks.some((b) => b.reason !== undefined)).toBe(true);
    expect([...first.articles.values()].some((a) => /[^\u0000-\u00ff]/.test(a.text))).toBe(true);
    expect(again.rejected).toEqual(first.rejected);
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    // the second open read them from the cache, which holds what each file says of itself,
    // not what the folder decided (the subfolder's name as outlet)
    expect(first.articles.get('reuters/plain.txt')).toMatchObject({ outlet: 'reuters', outletSource: 'folder' });
    const cache = await FolderCache.load(dataDir, root);
    const own = cache.get('reuters/plain.txt', stampOf(join(root, 'reuters', 'plain.txt')));
    expect(own?.articles[0]).toMatchObject({ outlet: null, text: STORY });
    expect(cache.get('odd.jsonl', stampOf(join(root, 'odd.jsonl')))?.articles[0]!.text).toContain('\ud800');
    // one file changed: the others' texts and blocks are copied from the old file as they were
    writeFileSync(join(root, 'notes.md'), '# Another heading\n\nOther **bold** words.\n');
    age(join(root, 'notes.md'));
    await openCorpus(root, { dataDir, extract: 'here' });
    const rewritten = await openCorpus(root, { dataDir, extract: 'here' });
    const fresh = await openCorpus(root, { extract: 'here' });
    expect([...rewritten.articles.values()]).toEqual([...fresh.articles.values()]);
    // and served from the rewritten cache, not read again: every file the cache holds, its blocks as read
    const kept = await FolderCache.load(dataDir, root);
    for (const [id, article] of fresh.articles) {
      const file = id.split('#')[0]!;
      const served = kept.get(file, stampOf(join(root, file)));
      expect(served, file).not.toBeNull();
      const own = served!.articles.find((a) => a.id === id)!;
      expect(own.blocks, id).toEqual(article.blocks);
      expect(own.text, id).toBe(article.text);
    }
  });

  it('serves articles that behave as plain objects: copied, serialized, written', async () => {
    const path = await plant();
    const served = (await FolderCache.load(dataDir, root)).get('a.txt', stampOf(path))!.articles[0]!;
    const made = planted('a.txt');
    expect(Object.keys(served).sort()).toEqual(Object.keys(made).sort());
    expect({ ...served }).toEqual(made);
    expect(JSON.parse(JSON.stringify(served))).toEqual(JSON.parse(JSON.stringify(made)));
    expect(structuredClone(served)).toEqual(made);
    expect(served.blocks).toBe(served.blocks);
    served.text = 'Changed.';
    served.blocks = [];
    expect({ ...served }).toEqual({ ...made, text: 'Changed.', blocks: [] });
  });

  it('reads texts over several chunks of the file, each as it was', async () => {
    const long = (c: string) => `${c} `.repeat(CHUNK_CHARS / 2 + 1000);
    const texts = [long('a'), 'short', long('é'), long('Ω'), 'ΩΩ \ud800', long('b')];
    const articles = texts.map((text, i) => articleFromText(text, `a.txt#${i}`, 'utf-8', 1, 0));
    const path = join(root, 'a.txt');
    writeFileSync(path, STORY);
    age(path);
    const cache = await FolderCache.load(dataDir, root);
    cache.set('a.txt', stampOf(path), { articles, rejected: [] });
    await cache.save();
    const back = (await FolderCache.load(dataDir, root)).get('a.txt', stampOf(path))!;
    // read out of order: the last first
    expect([...back.articles].reverse().map((a) => a.text)).toEqual([...texts].reverse());
    expect(back.articles).toEqual(articles);
  });

  it('keeps serving the texts it opened when a newer cache replaces the file', async () => {
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(root, name), STORY.replace('Monday', name));
    for (const name of ['a.txt', 'b.txt']) age(join(root, name));
    await openCorpus(root, { dataDir });
    const served = await openCorpus(root, { dataDir });
    // a change to b.txt makes the next opening write the cache again, while the texts above are unread
    writeFileSync(join(root, 'b.txt'), STORY.replace('Monday', 'a later day'));
    age(join(root, 'b.txt'));
    await openCorpus(root, { dataDir });
    expect(served.articles.get('a.txt')!.text).toBe(STORY.replace('Monday', 'a.txt'));
    expect(served.articles.get('b.txt')!.text).toBe(STORY.replace('Monday', 'b.txt'));
  });

  it('reopens wire takes with the outlet their story gives them, as first read', async () => {
    mkdirSync(join(root, 'pa'));
    writeFileSync(join(root, 'pa', 'diver1.txt'), first);
    writeFileSync(join(root, 'pa', 'diver2.txt'), second);
    writeFileSync(join(root, 'pa', 'lorry1.txt'), december);
    for (const name of ['diver1.txt', 'diver2.txt', 'lorry1.txt']) age(join(root, 'pa', name));
    const fresh = await openCorpus(root, { dataDir });
    const again = await openCorpus(root, { dataDir });
    expect(again.articles.get('pa/diver2.txt')).toMatchObject({ outlet: 'Press Association', outletSource: 'story' });
    expect([...again.articles.values()]).toEqual([...fresh.articles.values()]);
  });

  it('finds a block of a served article as its blocks would, made or not', async () => {
    mkdirSync(join(root, 'pa'));
    writeFileSync(join(root, 'pa', 'diver2.txt'), second);
    writeFileSync(join(root, 'a.txt'), STORY);
    for (const name of ['pa/diver2.txt', 'a.txt']) age(join(root, name));
    await openCorpus(root, { dataDir });
    const asks = [['dateline', 'wire slug line'], ['dateline', 'no such reason'], ['title', 'wire slug line']] as const;
    for (const id of ['pa/diver2.txt', 'a.txt']) {
      const unmade = (await openCorpus(root, { dataDir })).articles.get(id)!;
      const made = (await openCorpus(root, { dataDir })).articles.get(id)!;
      for (const [kind, reason] of asks) {
        const expected = made.blocks.find((b) => b.kind === kind && b.reason === reason);
        expect(findBlock(unmade, kind, reason)).toEqual(expected);
        expect(findBlock(made, kind, reason)).toEqual(expected);
      }
    }
    const wire = (await openCorpus(root, { dataDir })).articles.get('pa/diver2.txt')!;
    expect(findBlock(wire, 'dateline', 'wire slug line')).toBeDefined();
    wire.blocks = [];
    expect(findBlock(wire, 'dateline', 'wire slug line')).toBeUndefined();
  });

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
    const texts = ['Alpha', 'Bravo', 'Charlie'].map((w) => `${w} report\n\n${w} happened on Monday, the council said.`);
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
    const texts = ['Alpha', 'Bravo', 'Charlie'].map((w) => `${w} report\n\n${w} happened on Monday, the council said.`);
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

  it('does not keep a file modified within the racy window', async () => {
    writeFileSync(join(root, 'a.txt'), STORY);
    await openCorpus(root, { dataDir });
    const cache = await FolderCache.load(dataDir, root);
    expect(cache.get('a.txt', stampOf(join(root, 'a.txt')))).toBeNull();
  });

  it('keeps texts of every alphabet as they were, each in its block', async () => {
    const texts = ['', 'Plain ASCII words.', 'Café au lait, naïve façade: Latin-1 only ÿ.', 'Ελληνικά and 中文 with an emoji 🙂.', 'A lone \ud800 surrogate.', 'A lone \udfff low one, and a pair \ud83d\ude42.', 'x'];
    const articles = texts.map((text, i) => articleFromText(text, `a.txt#${i}`, 'utf-8', 1, 0));
    const path = join(root, 'a.txt');
    writeFileSync(path, STORY);
    age(path);
    const cache = await FolderCache.load(dataDir, root);
    cache.set('a.txt', stampOf(path), { articles, rejected: [{ path: 'a.txt#9', reason: 'no text' }] });
    await cache.save();
    const back = (await FolderCache.load(dataDir, root)).get('a.txt', stampOf(path));
    expect(back?.articles.map((a) => a.text)).toEqual(texts);
    expect(back?.articles).toEqual(articles);
    expect(back?.rejected).toEqual([{ path: 'a.txt#9', reason: 'no text' }]);
  });

  it.each([
    ['rewritten as it was', true, (b: Buffer) => withHeader(b, () => {})],
    ['cut short by a byte', false, (b: Buffer) => b.subarray(0, b.length - 1)],
    ['a byte too long', false, (b: Buffer) => Buffer.concat([b, Buffer.alloc(1)])],
    ['a stamp that is not the file’s', false, (b: Buffer) => withTable(b, 0, 1, (v) => v ^ 1)],
    ['a file’s articles past the last', false, (b: Buffer) => withTable(b, fileAt, 1, (v) => v + 1)],
    ['a text placed past its chunk', false, (b: Buffer) => withTable(b, textsAt, 3, (v, h) => v + h.narrow[0] + 5)],
    ['a text in a chunk that does not exist', false, (b: Buffer) => withTable(b, textsAt, 1, () => 7)],
    ['a block past its text', false, (b: Buffer) => withTable(b, blockSpans, 1, () => 10_000)],
    ['a block that ends before it starts', false, (b: Buffer) => withTable(b, blockSpans, 0, () => 20)],
    ['an article without its text (one more in the header)', false, (b: Buffer) => withHeader(b, (h) => h.articles.push(h.articles[0]))],
    ['a file more in the header than in the tables', false, (b: Buffer) => withHeader(b, (h) => h.files.push('b.txt'))],
    ['refused rows of a file that is not there', false, (b: Buffer) => withHeader(b, (h) => h.rejected.push([3, []]))],
    ['a chunk longer in the header than in the file', false, (b: Buffer) => withHeader(b, (h) => (h.narrow[0] += 1))],
    ['a block count that is not the tables\'', false, (b: Buffer) => withHeader(b, (h) => (h.blocks -= 1))],
    ['an unknown block kind', false, (b: Buffer) => withKind(b, 0x0f)],
    ['the previous layout (PXF5)', false, (b: Buffer) => Buffer.concat([Buffer.from('PXF5'), b.subarray(4)])],
    ['a part of the files’ ids that is not JSON', false, (b: Buffer) => {
      const out = Buffer.from(b);
      out[8 + out.readUInt32LE(4)] = 0x7b;
      return out;
    }],
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Header = any;

/**
 * The parts of a cache file, as folder-cache-layout.ts lays them out: its header (with the files'
 * ids and the articles' fields of its parts as `files` and `articles`), tables, and texts
 * (Latin-1 chunks, then UTF-16).
 */
function partsOf(bytes: Buffer): { header: Header; tables: Buffer; narrow: Buffer; wide: Buffer; tablesAt: number } {
  const length = bytes.readUInt32LE(4);
  const head = JSON.parse(bytes.toString('latin1', 8, 8 + length));
  const at = layoutOf(length, head);
  const list = (lengths: number[], from: number) =>
    lengths.flatMap((n) => {
      from += n;
      return JSON.parse(bytes.toString('latin1', from - n, from)) as unknown[];
    });
  const header = { ...head, files: list(head.fileParts, at.partsAt), articles: list(head.articleParts, at.articlesAt) };
  return { header, tables: bytes.subarray(at.tablesAt, at.narrowAt), narrow: bytes.subarray(at.narrowAt, at.wideAt), wide: bytes.subarray(at.wideAt), tablesAt: at.tablesAt };
}

/** The cache file with its header and parts changed by `edit` (as `partsOf` gives them), the rest laid out again after them. */
function withHeader(bytes: Buffer, edit: (header: Header) => void): Buffer {
  const { header, tables, narrow, wide } = partsOf(bytes);
  const counts = { files: header.files.length, articles: header.articles.length };
  edit(header);
  const { files, articles, ...head } = header;
  const fileParts = encodeParts(files);
  const articleParts = encodeParts(articles);
  // the counts as they were, unless the edit changed them: a list longer than its count is a damage of its own
  const json = Buffer.from(JSON.stringify({ ...counts, ...head, fileParts: fileParts.lengths, articleParts: articleParts.lengths }));
  const start = Buffer.alloc(8);
  bytes.copy(start, 0, 0, 4);
  start.writeUInt32LE(json.length, 4);
  const parts = Buffer.concat([...fileParts.bytes, ...articleParts.bytes]);
  const tablesAt = (8 + json.length + parts.length + 7) & ~7;
  return Buffer.concat([start, json, parts, Buffer.alloc(tablesAt - 8 - json.length - parts.length), tables, narrow, wide]);
}

/** Where tables start, in 32-bit words: each file's first article (after the files' stamps, two words a number). */
const fileAt = (header: Header) => 8 * header.files.length;
/** Each article's text place. */
const textsAt = (header: Header) => fileAt(header) + header.files.length + 1;
/** The block spans (after each article's text place and first block). */
const blockSpans = (header: Header) => textsAt(header) + 5 * header.articles.length + 1;

/** The cache file with one 32-bit entry of its tables changed: entry `index` from word `from` (a number, or of the header). */
function withTable(bytes: Buffer, from: number | ((h: Header) => number), index: number, change: (value: number, header: Header) => number): Buffer {
  const out = Buffer.from(bytes);
  const { header, tablesAt } = partsOf(out);
  const at = tablesAt + 4 * ((typeof from === 'number' ? from : from(header)) + index);
  out.writeUInt32LE(change(out.readUInt32LE(at), header), at);
  return out;
}

/** The cache file with its first block's kind byte set to `kind`. */
function withKind(bytes: Buffer, kind: number): Buffer {
  const out = Buffer.from(bytes);
  const { header, tablesAt } = partsOf(out);
  const b = header.blocks;
  out[tablesAt + 4 * (blockSpans(header) + 2 * b + b + b + 1 + 2 * header.markup)] = kind;
  return out;
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
