import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { readChanges } from '../../../src/core/workspace/disk-changes';

const story = (title: string) => `${title}\n\nThe harbour council met on Tuesday and agreed to build the new ferry terminal.`;

describe('changes on disk read into the open folder', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-disk-changes-'));
    mkdirSync(join(folder, 'wire'));
    writeFileSync(join(folder, 'wire', 'one.txt'), story('One'));
    writeFileSync(join(folder, 'wire', 'two.txt'), story('Two'));
    writeFileSync(join(folder, 'wire-extra.txt'), story('A neighbour whose name starts like the folder'));
    writeFileSync(join(folder, 'export.csv'), `title,text\nFirst,${story('x').replace('\n\n', ' ')}\nSecond,Another row of text about the harbour.\n`);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['a folder takes every article below it, and no neighbour', 'wire', ['wire/one.txt', 'wire/two.txt']],
    ['an export takes every row of it', 'export.csv', ['export.csv#2', 'export.csv#3']],
  ])('%s', async (_what, gone, removedIds) => {
    const corpus = await openCorpus(folder, {});
    const before = [...corpus.articles.keys()];
    const { changed, removed } = await readChanges(corpus, { changed: [], removed: [join(folder, gone)] }, () => true);
    expect(changed).toEqual([]);
    expect(removed.sort()).toEqual(removedIds);
    expect([...corpus.articles.keys()]).toEqual(before.filter((id) => !removedIds.includes(id)));
  });

  it('reads an added file in library order, and settles nothing once another folder is open', async () => {
    const corpus = await openCorpus(folder, {});
    writeFileSync(join(folder, 'a-first.txt'), story('First in order'));
    const read = await readChanges(corpus, { changed: [join(folder, 'a-first.txt')], removed: [] }, () => true);
    expect(read.changed).toEqual(['a-first.txt']);
    expect([...corpus.articles.keys()][0]).toBe('a-first.txt');
    writeFileSync(join(folder, '0-zero.txt'), story('Zero'));
    await readChanges(corpus, { changed: [join(folder, '0-zero.txt')], removed: [] }, () => false);
    // read, but left where it came in: the folder is no longer the open one
    expect([...corpus.articles.keys()].at(-1)).toBe('0-zero.txt');
  });
});
