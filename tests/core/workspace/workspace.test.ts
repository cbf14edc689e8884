import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../src/core/workspace/failure';
import { Workspace } from '../../../src/core/workspace/workspace';
import { recordingSearch, type RecordingSearch } from './fake-search';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

describe('workspace', () => {
  let search: RecordingSearch;
  let ws: Workspace;
  beforeEach(() => {
    search = recordingSearch();
    ws = new Workspace({ sampleDir: SEEDS, createSearch: () => search });
  });
  afterEach(() => ws.dispose());

  it('opens the sample corpus when no folder is given and starts indexing it', async () => {
    const info = await ws.openCorpus(null);
    expect(info).toMatchObject({ isSample: true, name: 'seeds' });
    expect(info.head.ids).toHaveLength(5);
    expect(search.calls).toContain('sync 5');
    // the saved index was asked for before the folder was read, so that both are read at once
    expect(search.calls.indexOf('prepare seeds')).toBeGreaterThanOrEqual(0);
    expect(search.calls.indexOf('prepare seeds')).toBeLessThan(search.calls.indexOf('sync 5'));
  });

  it('says when nothing is open', () => {
    expect(() => ws.getCorpus()).toThrow(ApiFailure);
  });

  it('gives an article with its text, and a not-found error for an unknown id', async () => {
    await ws.openCorpus(SEEDS);
    expect(ws.getArticle('002_d0548fe1a3bec1cc.txt').text).toMatch(/^Iraqi Resistance Vows/);
    expect(() => ws.getArticle('../package.json')).toThrow(/No article/);
  });

  it('compares two articles and summarizes what they share', async () => {
    await ws.openCorpus(null);
    const c = ws.compare('001_74c4f560c382ad0f.txt', '003_d2ce4ca12b793fba.txt');
    expect(c.a.outlet).toBe('Radio Habana Cuba');
    expect(c.stats.passages).toBeGreaterThanOrEqual(1);
    expect(c.stats.sharedA).toBeGreaterThan(0.05);
    expect(c.stats.sharedA).toBeLessThan(0.5);
    expect(c.stats.firstPublished).toBeNull();
    const c2 = ws.compare('000_86c065115a1fa003.txt', '004_a3bff82c688751b7.txt');
    expect(c2.stats.firstPublished).toBe('b');
  });

  it('takes the alignment options a comparison is asked for', async () => {
    await ws.openCorpus(null);
    const c = ws.compare('001_74c4f560c382ad0f.txt', '003_d2ce4ca12b793fba.txt', { minWords: 200 });
    expect(c.options.minWords).toBe(200);
    expect(c.stats.passages).toBe(0);
  });
});

describe('workspace following the disk', () => {
  let folder: string;
  let search: RecordingSearch;
  let ws: Workspace;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-ws-'));
    cpSync(SEEDS, folder, { recursive: true });
    search = recordingSearch();
    ws = new Workspace({ sampleDir: SEEDS, createSearch: () => search });
    await ws.openCorpus(folder);
  });
  afterEach(async () => {
    await ws.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('adds, reloads and removes articles and tells the index', async () => {
    const changed: number[] = [];
    ws.events.on('corpusChanged', (info) => changed.push(info.head.ids.length));
    writeFileSync(join(folder, 'new.txt'), 'A new story\n\nSomething happened.');
    writeFileSync(join(folder, '000_86c065115a1fa003.txt'), 'Rewritten headline\n\nNew text.');
    unlinkSync(join(folder, '004_a3bff82c688751b7.txt'));
    const corpus = (ws as unknown as { corpus: Parameters<Workspace['applyChanges']>[0] }).corpus;
    await ws.applyChanges(corpus, {
      changed: [join(folder, 'new.txt'), join(folder, '000_86c065115a1fa003.txt')],
      removed: [join(folder, '004_a3bff82c688751b7.txt')],
    });
    expect(ws.getCorpus().head.ids).toEqual([
      '000_86c065115a1fa003.txt',
      '001_74c4f560c382ad0f.txt',
      '002_d0548fe1a3bec1cc.txt',
      '003_d2ce4ca12b793fba.txt',
      'new.txt',
    ]);
    expect(ws.getArticle('000_86c065115a1fa003.txt').title).toBe('Rewritten headline');
    expect(changed).toEqual([5]);
    expect(search.calls).toContain('update +new.txt,000_86c065115a1fa003.txt -004_a3bff82c688751b7.txt');
  });

  it('moves a file that turned unreadable to the refused list', async () => {
    writeFileSync(join(folder, '001_74c4f560c382ad0f.txt'), new Uint8Array([0, 1, 2, 3, 0, 0]));
    const corpus = (ws as unknown as { corpus: Parameters<Workspace['applyChanges']>[0] }).corpus;
    await ws.applyChanges(corpus, { changed: [join(folder, '001_74c4f560c382ad0f.txt')], removed: [] });
    expect(ws.getCorpus().rejected).toEqual([{ path: '001_74c4f560c382ad0f.txt', reason: 'binary file, not text' }]);
    expect(() => ws.getArticle('001_74c4f560c382ad0f.txt')).toThrow(/No article/);
  });

  it('forgets a changed file that is gone by the time it is read, instead of listing it as not found', async () => {
    const corpus = (ws as unknown as { corpus: Parameters<Workspace['applyChanges']>[0] }).corpus;
    // an editor's temporary file: reported as added, deleted before it was read
    await ws.applyChanges(corpus, { changed: [join(folder, 'draft.tmp.txt')], removed: [] });
    unlinkSync(join(folder, '002_d0548fe1a3bec1cc.txt'));
    await ws.applyChanges(corpus, { changed: [join(folder, '002_d0548fe1a3bec1cc.txt')], removed: [] });
    expect(ws.getCorpus().rejected).toEqual([]);
    expect(ws.getCorpus().head.ids).not.toContain('002_d0548fe1a3bec1cc.txt');
  });

  it.skipIf(process.platform === 'win32')('keeps following the disk after a named pipe appears', async () => {
    const watching = new Workspace({ sampleDir: SEEDS, createSearch: recordingSearch, watch: true });
    try {
      await watching.openCorpus(folder);
      const seen = new Promise<void>((done) =>
        watching.events.on('corpusChanged', (info) => info.head.ids.includes('after.txt') && done()),
      );
      // reading the pipe would block every change queued behind it: the file written next is never seen
      execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
      writeFileSync(join(folder, 'after.txt'), 'After the pipe\n\nStill followed.');
      await seen;
      expect(watching.getCorpus().rejected).toContainEqual({ path: 'pipe.txt', reason: 'not a regular file (a named pipe)' });
    } finally {
      await watching.dispose();
    }
  });

  it('notices changes on disk by itself when watching', async () => {
    const watching = new Workspace({ sampleDir: SEEDS, createSearch: recordingSearch, watch: true });
    try {
      await watching.openCorpus(folder);
      const seen = new Promise<number>((done) => watching.events.on('corpusChanged', (info) => done(info.head.ids.length)));
      // written the moment the folder is open: the watcher was ready before openCorpus returned
      writeFileSync(join(folder, 'fresh.md'), '# Fresh\n\nJust in.');
      expect(await seen).toBe(6);
    } finally {
      await watching.dispose();
    }
  });

  it('refuses a symbolic link that appears after opening, as the scan does', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'parallax-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'Secret\n\nNot part of the corpus.');
    const watching = new Workspace({ sampleDir: SEEDS, createSearch: recordingSearch, watch: true });
    try {
      await watching.openCorpus(folder);
      const seen = new Promise<void>((done) => watching.events.on('corpusChanged', () => done()));
      symlinkSync(join(outside, 'secret.txt'), join(folder, 'link.txt'));
      await seen;
      expect(() => watching.getArticle('link.txt')).toThrow(/No article/);
      expect(watching.getCorpus().rejected).toContainEqual({ path: 'link.txt', reason: 'symbolic link (not followed)' });
    } finally {
      await watching.dispose();
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
