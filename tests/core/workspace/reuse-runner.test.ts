import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReuseProgress, ReuseReport } from '../../../src/shared/reuse';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { Comparer } from '../../../src/core/workspace/comparer';
import { MAX_REUSE_CHARS, ReuseRunner } from '../../../src/core/workspace/reuse-runner';
import { articleFromText } from '../../../src/core/corpus/load-article';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

/**
 * A runner whose progress events are recorded and can be waited for. `next(state)` resolves at the
 * first event of that state from the call on: an event seen before it does not count (a test once
 * watched a list that still held the `cancelled` of the run before and returned at once).
 */
function recorded() {
  const seen: ReuseProgress[] = [];
  const waiting: { state: ReuseProgress['state']; resolve: () => void }[] = [];
  const runner = new ReuseRunner(new Comparer(), (p) => {
    seen.push(p);
    for (const w of waiting.splice(0)) {
      if (w.state === p.state) w.resolve();
      else waiting.push(w);
    }
  });
  const next = (state: ReuseProgress['state']) => new Promise<void>((resolve) => waiting.push({ state, resolve }));
  return { runner, seen, next };
}

/** Lets the event loop run a turn: the runner's slices yield with setImmediate and check for a cancel there. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ReuseRunner', () => {
  it('finds that 001 and 003 share text, as the strongest link of the sample', async () => {
    const corpus = await openCorpus(SEEDS);
    const { runner, seen, next } = recorded();
    const done = next('done');
    expect(runner.start(corpus).state).toBe('running');
    await done;
    const report = runner.report()!;
    expect(report.pairsTotal).toBe(10);
    expect(report.pairsCompared).toBe(10);
    expect(report.links[0]).toMatchObject({ a: '001_74c4f560c382ad0f.txt', b: '003_d2ce4ca12b793fba.txt' });
    expect(report.links[0]!.passages).toBeGreaterThanOrEqual(1);
    // the republished paragraph: the words on each side are counted exactly, at least the longest passage
    const { sharedWordsA, sharedWordsB, longestWords, sharedA } = report.links[0]!;
    expect(sharedWordsA).toBeGreaterThanOrEqual(longestWords);
    expect(sharedWordsB).toBeGreaterThan(30);
    expect(sharedA).toBeGreaterThan(0);
    // summed by outlet: 001 is Radio Habana Cuba's, 003 names no outlet
    expect(report.outlets[0]).toMatchObject({ a: 'Radio Habana Cuba', b: null, copies: 1, wordsA: sharedWordsA, wordsB: sharedWordsB });
    expect(report.outlets.reduce((n, o) => n + o.copies + o.paraphrased, 0)).toBe(report.links.length);
    // 001 and 003 carry no date: which came first is unknown, never guessed
    expect(report.links[0]!.firstPublished).toBeNull();
    // 000 (Feb 26, 2026) and 004 (Jul 24, 2021) state the same facts: the older one came first
    const dated = report.links.find((l) => l.a === '000_86c065115a1fa003.txt' && l.b === '004_a3bff82c688751b7.txt');
    expect(dated?.firstPublished).toBe('b');
    expect(seen[seen.length - 1]!.state).toBe('done');
    // asking again returns the finished report, it does not run twice
    expect(runner.start(corpus).state).toBe('done');
  });

  it('stops when cancelled and can start again', async () => {
    const corpus = await openCorpus(SEEDS);
    const { runner, next } = recorded();
    runner.start(corpus);
    expect(runner.cancel().state).toBe('cancelled');
    // the cancelled run stops at its next yield, which comes within these turns, and reports nothing
    for (let i = 0; i < 3; i++) await turn();
    expect(runner.report()).toBeNull();
    runner.reset();
    const done = next('done');
    runner.start(corpus);
    await done;
    expect(runner.report()).not.toBeNull();
  });
});

describe('ReuseRunner on a folder with a very long article', () => {
  it('leaves the article out and names it, so no single step holds the backend for seconds', async () => {
    const corpus = await openCorpus(SEEDS);
    const text = `A very long report\n\n${'The minister said troops would leave the region. '.repeat(25_000)}`;
    expect(text.length).toBeGreaterThan(MAX_REUSE_CHARS);
    corpus.articles.set('long.txt', articleFromText(text, 'long.txt', 'utf-8', text.length, 0));
    const { runner, next } = recorded();
    const done = next('done');
    runner.start(corpus);
    await done;
    const report = runner.report()!;
    expect(report.tooLong).toEqual(['long.txt']);
    expect(report.pairsTotal).toBe(10);
    expect(report.links.some((l) => l.a === 'long.txt' || l.b === 'long.txt')).toBe(false);
  });
});

describe('ReuseRunner reset', () => {
  it('tells the page when a run under way is dropped because the folder changed', async () => {
    const corpus = await openCorpus(SEEDS);
    const { runner, seen } = recorded();
    runner.start(corpus);
    runner.reset();
    expect(seen.at(-1)).toEqual({ state: 'idle', done: 0, total: 0 });
    // the dropped run stops at its next yield without a word
    for (let i = 0; i < 3; i++) await turn();
    expect(seen.at(-1)?.state).toBe('idle');
    expect(runner.report()).toBeNull();
  });
});

describe('ReuseRunner on worker threads', () => {
  /** The report of the seeds by a runner with these options, without its timing. */
  async function reportWith(options: { threads: number; threadsFrom: number }) {
    const corpus = await openCorpus(SEEDS);
    const report = await new Promise<ReuseReport>((resolve, reject) => {
      const runner = new ReuseRunner(new Comparer(), (p) => {
        if (p.state === 'done') resolve(runner.report()!);
        else if (p.state === 'error') reject(new Error(p.message));
      }, options);
      runner.start(corpus);
    });
    const { millis: _, ...rest } = report;
    return rest;
  }

  it('gives the same report, link for link and in the same order, on one thread or several', async () => {
    const here = await reportWith({ threads: 1, threadsFrom: 0 });
    expect(here.links.length).toBeGreaterThan(1);
    expect(await reportWith({ threads: 2, threadsFrom: 0 })).toEqual(here);
    expect(await reportWith({ threads: 3, threadsFrom: 0 })).toEqual(here);
  });

  it('stops when cancelled while the workers align, and can start again', async () => {
    const corpus = await openCorpus(SEEDS);
    const seen: ReuseProgress[] = [];
    let done: () => void = () => {};
    let comparing: () => void = () => {};
    const aligning = new Promise<void>((resolve) => (comparing = resolve));
    const runner = new ReuseRunner(new Comparer(), (p) => {
      seen.push(p);
      if (p.state === 'done') done();
      if (p.state === 'running' && p.message === 'Comparing pairs') comparing();
    }, { threads: 2, threadsFrom: 0 });
    runner.start(corpus);
    // cancelled once the pairs have gone to the workers
    await aligning;
    expect(runner.cancel().state).toBe('cancelled');
    for (let i = 0; i < 3; i++) await turn();
    expect(runner.report()).toBeNull();
    expect(seen.at(-1)?.state).toBe('cancelled');
    runner.reset();
    const finished = new Promise<void>((resolve) => (done = resolve));
    runner.start(corpus);
    await finished;
    expect(runner.report()!.links.length).toBeGreaterThan(1);
  });
});
