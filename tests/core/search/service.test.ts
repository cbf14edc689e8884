import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import type { IndexStatus } from '../../../src/shared/search';
import { indexDir } from '../../../src/core/search/index/index-store';
import { createSearchService } from '../../../src/core/search/service';
import { article, corpusOf, ranked, seedArticles, serviceHarness } from './helpers';

describe('search service', () => {
  const harness = serviceHarness();
  const { open, services } = harness;

  it('finds words of a photo caption, says so, and ranks the articles about them first', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    // seed 001's caption names Kata'ib Hezbollah; the article proper does not
    const result = service.search({ text: 'Hezbollah' });
    const caption = result.hits.find((h) => h.matchedIn === 'a photo caption');
    expect(caption?.id).toBe('001_74c4f560c382ad0f.txt');
    expect(caption!.snippet.text).toMatch(/Hezbollah/);
    const about = result.hits.filter((h) => !h.matchedIn);
    if (about.length > 0) expect(result.hits.indexOf(about[0]!)).toBeLessThan(result.hits.indexOf(caption!));
  });

  it.each([
    ['prepared for the folder', 'same', 0],
    ['prepared for another folder', 'other', 5],
    ['not prepared', null, 5],
  ] as const)('%s, reads the saved index ahead of the sync (indexed anew after the files went: %i)', async (_, prepared, indexedAnew) => {
    const corpus = corpusOf(seedArticles());
    const first = open();
    await first.sync(corpus);
    const expected = ranked(first.search({ text: 'Maliki' }));
    expect(expected.length).toBeGreaterThan(0);
    const service = open();
    if (prepared) await service.prepare(prepared === 'same' ? corpus.root : `${corpus.root}-other`);
    // the saved index is gone by the time of the sync: only what was read ahead can serve
    rmSync(indexDir(harness.dataDir, corpus.root), { recursive: true, force: true });
    const status = await service.sync(corpus);
    expect(status).toMatchObject({ state: 'ready', total: indexedAnew, indexed: 5 });
    expect(ranked(service.search({ text: 'Maliki' }))).toEqual(expected);
  });

  it('lets go of the index and the corpus when closed', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    expect(service.search({ text: 'Maliki' }).total).toBe(1);
    await service.close();
    expect(service.search({ text: 'Maliki' }).total).toBe(0);
    expect(service.outlets()).toEqual([]);
    expect(service.quoteCandidates('Maliki', 10, 0)).toBeNull();
  });

  it('relabels hits and filters after a correction without indexing again', async () => {
    const service = open();
    const corpus = corpusOf(seedArticles());
    await service.sync(corpus);
    corpus.articles.get('000_86c065115a1fa003.txt')!.outlet = 'Shafaq News';
    service.relabel(corpus);
    expect(service.search({ text: 'Maliki', outlets: ['Shafaq News'] }).hits[0]?.outlet).toBe('Shafaq News');
  });

  it('ranks the seed article that names Maliki first', async () => {
    const service = open();
    expect((await service.sync(corpusOf(seedArticles()))).state).toBe('ready');
    const result = service.search({ text: 'Maliki' });
    expect(result.hits[0]?.id).toBe('000_86c065115a1fa003.txt');
    expect(result.total).toBe(1);
    const hit = result.hits[0]!;
    const highlighted = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
    expect(highlighted).toContain('Maliki');
  });

  it('prepares phrase search for every article while idle, when asked to', async () => {
    const corpus = corpusOf(seedArticles());
    const service = open({ warmPhraseFilters: true });
    await service.sync(corpus);
    const cache = () => (service as unknown as { docs: { docs: Map<string, { doc: { words?: unknown } }> } }).docs.docs;
    await expect.poll(() => [...cache().values()].filter((d) => d.doc.words).length).toBe(corpus.articles.size);
    expect(service.search({ text: '"foreign forces"' }).hits.map((h) => h.id).sort()).toEqual(['000_86c065115a1fa003.txt', '001_74c4f560c382ad0f.txt', '003_d2ce4ca12b793fba.txt']);
  });

  it('lets go of an index read ahead for a folder that was not the one opened', async () => {
    const corpus = corpusOf(seedArticles());
    await open().sync(corpus);
    const service = open();
    await service.prepare(`${corpus.root}-other`);
    await service.sync(corpus);
    expect((service as unknown as { prepared: unknown }).prepared).toBeNull();
  });

  it('gives the hit its outlet, date and title', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    const [hit] = service.search({ text: 'Habana resume operations' }).hits;
    expect(hit).toMatchObject({ id: '001_74c4f560c382ad0f.txt', outlet: 'Radio Habana Cuba', title: 'Iraqi resistance groups agree to resume operations against American forces' });
  });

  it('builds on worker threads and answers as the calling thread does', async () => {
    const many: Article[] = [];
    for (let i = 0; i < 620; i++) many.push(article(`w/${String(i).padStart(3, '0')}.txt`, `Report ${i}\n\nTroops ${i % 7 === 0 ? 'withdrew from' : 'stayed in'} the region ${i % 13}.`));
    const pooled = open({ workers: 2 });
    const statuses: IndexStatus[] = [];
    pooled.onStatus((s) => statuses.push(s));
    expect((await pooled.sync(corpusOf(many))).state).toBe('ready');
    const here = createSearchService({ dataDir: mkdtempSync(join(tmpdir(), 'parallax-search-here-')), workers: 0 });
    services.push(here);
    await here.sync(corpusOf(many));
    for (const text of ['troops withdrew', 'region 5', 'report']) expect(ranked(pooled.search({ text, limit: 100 }))).toEqual(ranked(here.search({ text, limit: 100 })));
    expect(statuses[0]).toMatchObject({ state: 'building', done: 0, total: 620 });
    expect(statuses[statuses.length - 1]).toMatchObject({ state: 'ready', done: 620, total: 620, indexed: 620 });
  }, 30_000);

  it('indexes a folder holding one very long article on a worker, never on the calling thread', async () => {
    // indexing 10 MB here held the workspace's thread, and every call behind it, for seconds
    const long = article('long.txt', `A very long report\n\n${'The minister said troops would leave. '.repeat(60_000)}`);
    const service = createSearchService({ dataDir: harness.dataDir, workers: 1 });
    services.push(service);
    expect((await service.sync(corpusOf([long, ...seedArticles()]))).state).toBe('ready');
    expect((service as unknown as { pool: unknown }).pool).not.toBeNull();
    expect(service.search({ text: 'minister' }).hits[0]?.id).toBe('long.txt');
  });

  it('when cancelled, keeps answering from the previous index', async () => {
    const seeds = seedArticles();
    const service = open();
    await service.sync(corpusOf(seeds));
    const many = [...seeds];
    for (let i = 0; i < 300; i++) many.push(article(`c/${i}.txt`, `Cancelled ${i}\n\nMaliki item ${i}.`));
    const pending = service.update(corpusOf(many), many.slice(5).map((a) => a.id), []);
    service.cancel();
    const status = await pending;
    expect(status.state).toBe('ready');
    expect(status.message).toMatch(/cancel/i);
    expect(service.search({ text: 'Maliki' }).hits.map((h) => h.id)).toEqual(['000_86c065115a1fa003.txt']);
  });

  it('when the first build is cancelled, says search needs indexing resumed, and resumes', async () => {
    const many = Array.from({ length: 300 }, (_, i) => article(`c/${i}.txt`, `Story ${i}\n\nMaliki item ${i}.`));
    const service = open();
    const pending = service.sync(corpusOf(many));
    service.cancel();
    const status = await pending;
    expect(status).toMatchObject({ state: 'idle', cancelled: true, message: expect.stringMatching(/resume it to search/) });
    expect(service.search({ text: 'Maliki' }).notice).toMatch(/cancelled: resume/);
    const resumed = await service.sync(corpusOf(many));
    expect(resumed).toMatchObject({ state: 'ready', indexed: 300 });
    expect(resumed.cancelled).toBeUndefined();
    expect(service.search({ text: 'Maliki' }).total).toBe(300);
  });

  it('answers junk with an empty result or a notice, never an exception', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    for (const text of ['', '   ', '!!!', '"', '-', 'the of and', 'x'.repeat(5000), '\u0000', 'title:', '-troops', 'outlet:']) {
      const result = service.search({ text, limit: 5 });
      expect(result.hits.length).toBeLessThanOrEqual(5);
    }
    expect(service.search({ text: '!!!' }).notice).toBeTruthy();
    expect(service.search({ text: 'the of' }).notice).toMatch(/too common/);
    expect(service.search({ text: '-troops' }).hits.every((h) => !/troop/i.test(h.snippet.text))).toBe(true);
    expect(() => service.search(undefined as never)).not.toThrow();
    expect(() => service.search({ text: 'troops', limit: -3, dateFrom: 'yesterday', outlets: [3 as never] })).not.toThrow();
  });

  it('says when it has no index yet', () => {
    const service = open();
    expect(service.search({ text: 'Maliki' })).toMatchObject({ hits: [], total: 0 });
    expect(service.status().state).toBe('idle');
  });

  it('filters by outlet and date range and sorts by date', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    const byOutlet = service.search({ text: 'troops', outlets: ['Radio Habana Cuba'] });
    expect(byOutlet.hits.map((h) => h.outlet)).toEqual(['Radio Habana Cuba']);
    const dated = service.search({ text: 'troops', dateFrom: '2021-01-01', dateTo: '2021-12-31' });
    expect(dated.hits.map((h) => h.date?.slice(0, 4))).toEqual(['2021']);
    const newest = service.search({ text: 'troops', sort: 'date' });
    const dates = newest.hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(service.outlets().map((o) => o.name)).toContain('Radio Habana Cuba');
  });

  it('pages through a long answer: the pages, joined, are the whole answer in its order', async () => {
    const service = open();
    const many = Array.from({ length: 23 }, (_, i) =>
      article(`p${String(i).padStart(2, '0')}.txt`, `Report ${i}\n\nMarch ${1 + (i % 28)}, 2024\n\n${'troops '.repeat(1 + (i % 5))}left the valley ${i}.\n`),
    );
    await service.sync(corpusOf(many));
    for (const sort of ['relevance', 'date'] as const) {
      const whole = service.search({ text: 'troops', sort, limit: 100 });
      expect(whole.total).toBe(23);
      const pages = [0, 7, 14, 21].map((offset) => service.search({ text: 'troops', sort, limit: 7, offset }));
      expect(pages.map((p) => p.total)).toEqual([23, 23, 23, 23]);
      expect(pages.flatMap((p) => p.hits.map((h) => h.id))).toEqual(whole.hits.map((h) => h.id));
      expect(service.search({ text: 'troops', sort, limit: 7, offset: 30 }).hits).toEqual([]);
    }
  });

  it('finds the matches in one article for highlighting and match navigation', async () => {
    const service = open();
    await service.sync(corpusOf(seedArticles()));
    const a = seedArticles().find((s) => s.id.startsWith('000'))!;
    const spans = service.findInArticle(a, 'Maliki withdrawal');
    const words = spans.map((s) => a.text.slice(s.start, s.end));
    expect(words).toEqual(['withdrawal', 'Maliki', 'Maliki', 'withdraw', 'Maliki', 'withdrawal']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    const phrase = service.findInArticle(a, '"foreign troops"');
    expect(phrase.map((s) => a.text.slice(s.start, s.end))).toEqual(['foreign troops']);
    expect(service.findInArticle(a, 'withdr').map((s) => a.text.slice(s.start, s.end))).toEqual(['withdrawal', 'withdraw', 'withdrawal']);
    expect(service.findInArticle(a, '')).toEqual([]);
  });
});

describe('search and highlights with curly apostrophes', () => {
  it('finds, highlights and phrase-matches words written with ’ whichever apostrophe is typed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-search-apostrophe-'));
    const service = createSearchService({ dataDir, workers: 0 });
    try {
      const doc = article('a.txt', 'Briefing\n\nSenator O’Brien met Kata’ib leaders in Baghdad.');
      await service.sync(corpusOf([doc, article('b.txt', 'Other\n\nNothing here.')]));
      for (const typed of ["o'brien", 'O’Brien', "Kata'ib"]) {
        const result = service.search({ text: typed });
        expect(result.hits.map((h) => h.id)).toEqual(['a.txt']);
        const hit = result.hits[0]!;
        expect(hit.snippet.highlights.length).toBeGreaterThan(0);
        expect(service.findInArticle(doc, typed).map((s) => doc.text.slice(s.start, s.end))).toHaveLength(1);
      }
      expect(service.search({ text: '"Kata’ib leaders"' }).hits.map((h) => h.id)).toEqual(['a.txt']);
      expect(service.search({ text: `"kata'ib leaders"` }).hits.map((h) => h.id)).toEqual(['a.txt']);
    } finally {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
