/** Small corpora for the search tests: articles made from text, an index over them. */
import { CorrectionStore } from '../../../src/core/corpus/corrections';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach } from 'vitest';
import type { SearchResult } from '../../../src/shared/search';
import { createSearchService, type SearchService } from '../../../src/core/search/service';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../src/shared/article';
import type { Corpus } from '../../../src/core/corpus/corpus';
import { articleFromText } from '../../../src/core/corpus/load-article';
import { indexDir } from '../../../src/core/search/index/index-store';
import { SearchIndex, type DocMeta } from '../../../src/core/search/index/search-index';
import { Shard } from '../../../src/core/search/index/shard';
import { buildShard, indexedText } from '../../../src/core/search/index/shard-build';
import { shardOf } from '../../../src/core/search/index/shard-plan';

export const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** An article parsed from `text`, as the corpus loader would make it. */
export function article(id: string, text: string, modified = 1_700_000_000_000): Article {
  return articleFromText(text, id, 'utf-8', Buffer.byteLength(text), modified);
}

/** The five sample articles. */
export function seedArticles(): Article[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => article(f, readFileSync(SEEDS + f, 'utf8')));
}

export function corpusOf(articles: Article[], root = '/virtual/corpus'): Corpus {
  return { root, name: 'corpus', isSample: false, articles: new Map(articles.map((a) => [a.id, a])), rejected: [], corrections: new CorrectionStore(null), reading: {} };
}

/** An index over `articles` in `shards` shards, as the service builds it. */
export function indexOf(articles: Article[], shards = 2): SearchIndex {
  const groups: Article[][] = Array.from({ length: shards }, () => []);
  for (const a of articles) groups[shardOf(a.id, shards)]!.push(a);
  const built = groups.map((g) => new Shard(buildShard(g.sort((x, y) => (x.id < y.id ? -1 : 1)).map(indexedText))));
  const meta = new Map<string, DocMeta>(articles.map((a) => [a.id, { id: a.id, title: a.title, outlet: a.outlet, date: a.date }]));
  return new SearchIndex(built, meta);
}

/**
 * Rewrites the saved index of `root` in `dataDir` as `damage` leaves it: the manifest and its
 * articles' list as one object (`docs` holding the list), as an older version wrote them.
 */
export function damageManifest(dataDir: string, root: string, damage: (manifest: Record<string, unknown>) => void): void {
  const dir = indexDir(dataDir, root);
  const head = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const docsPath = join(dir, head.docsFile as string);
  const manifest = { ...head, docs: JSON.parse(readFileSync(docsPath, 'utf8')) as unknown };
  damage(manifest);
  const { docs, ...rest } = manifest;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(rest));
  writeFileSync(docsPath, JSON.stringify(docs));
}

/** Search services over a temporary data directory (`dataDir`), made for each test and closed after it; `open` makes one. */
export function serviceHarness() {
  const harness = {
    dataDir: '',
    services: [] as SearchService[],
    open(options: { workers?: number; warmPhraseFilters?: boolean } = {}): SearchService {
      const s = createSearchService({ dataDir: harness.dataDir, workers: 0, ...options });
      harness.services.push(s);
      return s;
    },
  };
  beforeEach(() => {
    harness.dataDir = mkdtempSync(join(tmpdir(), 'parallax-search-'));
  });
  afterEach(async () => {
    await Promise.all(harness.services.splice(0).map((s) => s.close()));
    rmSync(harness.dataDir, { recursive: true, force: true });
  });
  return harness;
}

/** The queries both the service's tests ask, and the ranking they compare. */
export const QUERIES = ['Maliki', 'US troops withdrawal', '"foreign forces"', 'resist', 'withdr', 'title:resistance', 'troops -Syria', 'outlet:radio', 'Gaza Palestinians killed'];
export const ranked = (r: SearchResult) => r.hits.map((h) => [h.id, h.score.toFixed(9)]);
