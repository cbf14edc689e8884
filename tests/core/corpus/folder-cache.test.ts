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

  it('opens the folder when the cache is damaged', async () => {
    const path = await plant();
    const [file] = readdirSync(join(dataDir, 'folders'));
    writeFileSync(join(dataDir, 'folders', file!), 'PXF2\u00ff\u00ff\u0000\u0000{not json');
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(STORY);
    expect(stampOf(path)).not.toBeNull();
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
