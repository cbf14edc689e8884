import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { loadArticle } from '../../../src/core/corpus/load-article';
import { IN_THREAD_MAX_FILES, readTextFiles } from '../../../src/core/corpus/read-pool';
import { writeManyArticles } from '../../fixtures/many-articles';

describe('reading text files on the read pool', () => {
  let root: string;
  let files: { path: string; id: string }[];
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-read-pool-'));
    const n = IN_THREAD_MAX_FILES + 50;
    writeManyArticles(root, n);
    mkdirSync(join(root, 'odd'));
    // a Markdown page, a file that is not text, an empty one, and one named but gone
    writeFileSync(join(root, 'odd', 'page.md'), '# A headline\n\nBy Jo Bloggs, Reuters\n\n12 March 2024\n\nThe *first* paragraph.\n');
    writeFileSync(join(root, 'odd', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255, 254, 0]));
    writeFileSync(join(root, 'odd', 'empty.txt'), '');
    files = Array.from({ length: n }, (_, i) => {
      const id = `${String(Math.floor(i / 1000)).padStart(3, '0')}/a${String(i).padStart(6, '0')}.txt`;
      return { path: join(root, id), id };
    });
    for (const name of ['page.md', 'binary.txt', 'empty.txt', 'gone.txt']) files.splice(7, 0, { path: join(root, 'odd', name), id: `odd/${name}` });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives, on workers and here alike, what reading each file on its own gives, in order', async () => {
    const progress: number[] = [];
    const pooled = await readTextFiles(files, { onProgress: (done) => progress.push(done) });
    const here = await readTextFiles(files, { here: true });
    const alone = await Promise.all(files.map((f) => loadArticle(f.path, f.id)));
    expect(pooled).toEqual(alone);
    expect(here).toEqual(alone);
    expect(progress.at(-1)).toBe(files.length);
    expect(pooled.filter((l) => !l.ok).map((l) => (l.ok ? '' : l.rejected.path))).toEqual(['odd/gone.txt', 'odd/empty.txt', 'odd/binary.txt']);
  });

  it('reads for two openings at once, each on its own workers, neither ending the other', async () => {
    const [one, two] = await Promise.all([readTextFiles(files), readTextFiles(files)]);
    expect(one).toEqual(two);
    expect(one.filter((l) => l.ok)).toHaveLength(files.length - 3);
  });

  it('stops when the opening is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readTextFiles(files, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(openCorpus(root, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('opens the folder with the same articles whether its text files are parsed on workers or here', async () => {
    const pooled = await openCorpus(root);
    const here = await openCorpus(root, { extract: 'here' });
    expect([...pooled.articles.keys()]).toEqual([...here.articles.keys()]);
    expect([...pooled.articles.values()]).toEqual([...here.articles.values()]);
    expect(pooled.rejected).toEqual(here.rejected);
  });
});
