import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { FolderCache, stampOf } from '../../../src/core/corpus/folder-cache';
import { CHUNK_CHARS } from '../../../src/core/corpus/folder-cache-layout';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { writeMixedFolder } from '../../fixtures/formats/mixed-folder';
import { december, first, second } from '../../fixtures/wire-takes';
import { findBlock } from '../../../src/core/corpus/cached-articles';
import { age, planted, STORY, cacheFolders } from './folder-cache-support';

describe('the folder cache of parsed articles', () => {
  const folders = cacheFolders();
  let root: string, dataDir: string;
  beforeEach(() => ({ root, dataDir } = folders));
  const { plant } = folders;

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

});

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
