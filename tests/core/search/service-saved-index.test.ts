import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { indexedAsIs } from '../../../src/core/search/index/corpus-build';
import { IndexStore } from '../../../src/core/search/index/index-store';
import { createSearchService } from '../../../src/core/search/service';
import { article, corpusOf, damageManifest, QUERIES, ranked, seedArticles, serviceHarness } from './helpers';

describe('search service and its saved index', () => {
  const harness = serviceHarness();
  const { open, services } = harness;

  it('answers identically after reopening the saved index', async () => {
    const corpus = corpusOf(seedArticles());
    const first = open();
    await first.sync(corpus);
    const before = QUERIES.map((text) => ranked(first.search({ text })));
    const second = open();
    const status = await second.sync(corpus);
    expect(status).toMatchObject({ state: 'ready', total: 0, indexed: 5 });
    expect(QUERIES.map((text) => ranked(second.search({ text })))).toEqual(before);
  });

  it.each([
    ['a shard that is not one', (m: Record<string, unknown>) => (m.shards = [null])],
    ['another count of articles', (m: Record<string, unknown>) => (m.docCount = 4)],
  ])('rebuilds a saved index whose manifest parses but holds %s, instead of failing every search', async (_name, damage) => {
    const corpus = corpusOf(seedArticles());
    await open().sync(corpus);
    damageManifest(harness.dataDir, corpus.root, damage);
    const status = await open().sync(corpus);
    expect(status).toMatchObject({ state: 'ready', total: 5, indexed: 5 });
    expect(services[1]!.search({ text: 'Maliki' }).hits[0]?.id).toBe('000_86c065115a1fa003.txt');
  });

  it('answers from a saved index of the unchanged folder without its articles’ list, and rebuilds whole when an update needs a damaged list', async () => {
    const corpus = corpusOf(seedArticles());
    await open().sync(corpus);
    damageManifest(harness.dataDir, corpus.root, (m) => (m.docs = [null, ...(m.docs as unknown[]).slice(1)]));
    const reopened = open();
    expect(await reopened.sync(corpus)).toMatchObject({ state: 'ready', total: 0, indexed: 5 });
    expect(reopened.search({ text: 'Maliki' }).hits[0]?.id).toBe('000_86c065115a1fa003.txt');
    const edited = article('000_86c065115a1fa003.txt', corpus.articles.get('000_86c065115a1fa003.txt')!.text.replaceAll('Maliki', 'Sudani'), 1_800_000_000_000);
    corpus.articles.set(edited.id, edited);
    expect(await reopened.update(corpus, [edited.id], [])).toMatchObject({ state: 'ready', total: 5, indexed: 5 });
    expect(reopened.search({ text: 'Sudani' }).hits[0]?.id).toBe(edited.id);
  });

  it('plans an update when one article’s size or time is not the one indexed', async () => {
    const corpus = corpusOf(seedArticles());
    await open().sync(corpus);
    const touched = { ...corpus.articles.get('000_86c065115a1fa003.txt')! };
    touched.modified += 1;
    corpus.articles.set(touched.id, touched);
    // same text: the plan hashes it and keeps its shard, but it had to look; and saves the new stamp
    expect(await open().sync(corpus)).toMatchObject({ state: 'ready', total: 0, indexed: 5 });
    const head = await new IndexStore(harness.dataDir, corpus.root).readHead();
    expect(indexedAsIs(head!, corpus)).toBe(true);
    touched.text = touched.text.replaceAll('Maliki', 'Sudani');
    touched.modified += 1;
    corpus.articles.set(touched.id, touched);
    expect(await open().sync(corpus)).toMatchObject({ state: 'ready', total: 5 });
    expect(services[2]!.search({ text: 'Sudani' }).hits[0]?.id).toBe(touched.id);
  });

  it('stays ready when the new stamps of touched files cannot be saved (a full disk): the index in hand is up to date', async () => {
    const corpus = corpusOf(seedArticles());
    await open().sync(corpus);
    const touched = { ...corpus.articles.get('000_86c065115a1fa003.txt')! };
    touched.modified += 1;
    corpus.articles.set(touched.id, touched);
    const refused = vi.spyOn(IndexStore.prototype, 'writeManifest').mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    const reopened = open();
    expect(await reopened.sync(corpus)).toMatchObject({ state: 'ready', total: 0, indexed: 5 });
    expect(refused).toHaveBeenCalledTimes(1);
    expect(reopened.search({ text: 'Maliki' }).hits[0]?.id).toBe('000_86c065115a1fa003.txt');
    refused.mockRestore();
  });

  it('lets go of the index of the folder it leaves, and of that folder’s articles, before the next one is indexed', async () => {
    const service = open();
    const first = corpusOf(seedArticles());
    await service.sync(first);
    const other = corpusOf(seedArticles().map((a) => ({ ...a, title: `Other ${a.title}` })), '/elsewhere/other');
    const syncing = service.sync(other);
    // nothing of the first folder held while the other is indexed (and if that is cancelled)
    const held = (service as unknown as { current: { index: { meta: object[] } } | null }).current;
    expect(held?.index.meta.some((m) => [...first.articles.values()].includes(m as Article)) ?? false).toBe(false);
    await syncing;
    const now = (service as unknown as { current: { root: string; index: { meta: object[] } } }).current;
    expect(now.root).toBe('/elsewhere/other');
    expect(now.index.meta.every((m) => [...other.articles.values()].includes(m as Article))).toBe(true);
  });

  it('after an edit, an addition and a removal, answers as a full rebuild does', async () => {
    const seeds = seedArticles();
    const many: Article[] = [...seeds];
    // enough articles for several shards, so that an update rebuilds some of them only
    for (let i = 0; i < 1000; i++) many.push(article(`extra/${i}.txt`, `Filler report ${i}\n\nThe committee met on day ${i} to discuss troops and budgets.`));
    const corpus = corpusOf(many);
    const service = open();
    await service.sync(corpus);
    const edited = article('000_86c065115a1fa003.txt', seeds[0]!.text.replaceAll('Maliki', 'Sudani'), 1_800_000_000_000);
    corpus.articles.set(edited.id, edited);
    const added = article('extra/new.txt', 'Maliki returns\n\nNouri al-Maliki spoke about the withdrawal of troops.');
    corpus.articles.set(added.id, added);
    corpus.articles.delete('extra/3.txt');
    const status = await service.update(corpus, [edited.id, added.id], ['extra/3.txt']);
    expect(status.state).toBe('ready');
    expect(status.total).toBeLessThan(many.length);

    const fresh = createSearchService({ dataDir: mkdtempSync(join(tmpdir(), 'parallax-search-fresh-')), workers: 0 });
    services.push(fresh);
    await fresh.sync(corpusOf([...corpus.articles.values()]));
    for (const text of [...QUERIES, 'Sudani', 'committee troops']) {
      expect(ranked(service.search({ text })), text).toEqual(ranked(fresh.search({ text })));
    }
    expect(service.search({ text: 'Maliki' }).hits.map((h) => h.id)).toEqual(['extra/new.txt']);
    expect(service.search({ text: 'filler 3' }).hits.map((h) => h.id)).not.toContain('extra/3.txt');
  });
});
