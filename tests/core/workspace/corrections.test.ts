import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { correctArticles, exportCorrections, importCorrections } from '../../../src/core/workspace/corrections';

describe('corrections of an open folder', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-correct-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-correct-data-'));
    writeFileSync(join(dir, 'a.txt'), 'Ferry fares rise\n\nFares on the island ferry rise by a tenth from May, the operator said.');
    writeFileSync(join(dir, 'b.txt'), 'Pier reopens\n\nThe pier reopened on Friday after eighteen months of repairs.');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('saves them in the data folder, keyed by content: they survive reopening and a rename', async () => {
    const corpus = await openCorpus(dir, { dataDir });
    await correctArticles(corpus, ['a.txt', 'b.txt'], { outlet: 'Island Post' });
    expect(corpus.articles.get('a.txt')).toMatchObject({ outlet: 'Island Post', outletSource: 'user', corrected: ['outlet'] });
    renameSync(join(dir, 'a.txt'), join(dir, 'renamed.txt'));
    const reopened = await openCorpus(dir, { dataDir });
    expect(reopened.articles.get('renamed.txt')!.outlet).toBe('Island Post');
  });

  it('exports a CSV sidecar that imports back onto a fresh data folder', async () => {
    const corpus = await openCorpus(dir, { dataDir });
    await correctArticles(corpus, ['a.txt'], { title: 'Ferry fares to rise by 10%', date: '2024-04-02' });
    const csv = exportCorrections(corpus).content;
    expect(csv.split('\n')[0]).toBe('file,title,outlet,date,content_key');
    expect(csv).toContain('a.txt,Ferry fares to rise by 10%,,2024-04-02,');
    const elsewhere = mkdtempSync(join(tmpdir(), 'parallax-correct-other-'));
    try {
      const fresh = await openCorpus(dir, { dataDir: elsewhere });
      const result = await importCorrections(fresh, csv + 'gone.txt,,Nobody,,\nb.txt,,,03/04/2024,\n');
      expect(result).toEqual({ applied: 1, unmatched: ['gone.txt'], problems: ['line 4: date "03/04/2024" is not YYYY-MM-DD'] });
      expect(fresh.articles.get('a.txt')).toMatchObject({ title: 'Ferry fares to rise by 10%', titleSource: 'user', date: '2024-04-02' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
