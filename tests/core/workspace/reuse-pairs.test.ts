import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { Comparer } from '../../../src/core/workspace/comparer';
import { PairAligner, type AlignJob } from '../../../src/core/workspace/reuse-pairs';
import { alignJobs } from '../../../src/core/workspace/reuse-threads';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

describe('pairs aligned on a worker', () => {
  it('gives the same figures whatever it keeps prepared, keeping fewer articles when their texts are long', async () => {
    const corpus = await openCorpus(SEEDS);
    const comparer = new Comparer();
    const articles = [...corpus.articles.values()];
    for (const a of articles) comparer.document(a);
    const pairs: number[] = [];
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) pairs.push(i, j, j, i);
    const job: AlignJob = {
      kind: 'align',
      run: 1,
      stats: comparer.sharedStats(),
      articles: articles.map(({ id, text, blocks, date }) => ({ id, text, blocks, date })),
      pairs: Uint32Array.from(pairs),
    };
    const roomy = new PairAligner(1024).align(job);
    expect(roomy.filter(Boolean).length).toBeGreaterThan(0);
    // room for about one article's text: each pair prepares again what the last one dropped
    const longest = Math.max(...articles.map((a) => a.text.length));
    const tight = new PairAligner(1024, longest);
    expect(tight.align(job)).toEqual(roomy);
    const kept = (tight as unknown as { prepared: Map<string, unknown> }).prepared;
    expect(kept.size).toBeLessThanOrEqual(2);
    expect(new PairAligner(1).align(job)).toEqual(roomy);
  });
});

describe('pairs cut into jobs', () => {
  const text = (n: number) => 'word '.repeat(n);
  const sizes: Record<string, number> = { a: 100, b: 100, c: 5000, d: 100, e: 100 };
  const article = (id: string) => ({ text: text(sizes[id]! / 5), blocks: [], date: null });
  const pairs = [['a', 'b'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['b', 'e']] as const;
  const order = Uint32Array.of(0, 1, 2, 3, 4);
  const stats = {} as AlignJob['stats'];
  const ids = (job: AlignJob) => Array.from(job.pairs, (i) => job.articles[i]!.id);

  it('keeps every pair in the visiting order, each article once a job, ending a job at its characters', () => {
    const jobs = alignJobs(pairs, order, article, 1, stats, 1000);
    expect(jobs.flatMap(ids)).toEqual(pairs.flat());
    for (const job of jobs) expect(new Set(job.articles.map((a) => a.id)).size).toBe(job.articles.length);
    // a-b fit; a-c brings 5,000 characters: the job ends after it; c-d alone is over, and still a job
    expect(jobs.map(ids)).toEqual([['a', 'b', 'a', 'c'], ['c', 'd'], ['d', 'e', 'b', 'e']]);
  });

  it('makes one job of short articles, as before', () => {
    expect(alignJobs(pairs, order, article, 1, stats).length).toBe(1);
  });
});
