import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../../src/core/search/index/corpus-build';
import { buildShard, indexedText } from '../../../../src/core/search/index/shard-build';
import { Shard } from '../../../../src/core/search/index/shard';
import { seedArticles } from '../helpers';

describe('the index’s display fields', () => {
  it('are the corpus’s own articles, and after a relabel those of the corpus now (nothing of the earlier one held)', () => {
    const seeds = seedArticles();
    const index = indexOf([new Shard(buildShard(seeds.map(indexedText)))], { articles: new Map(seeds.map((a) => [a.id, a])) });
    index.meta.forEach((meta) => expect(meta).toBe(seeds.find((a) => a.id === meta.id)));
    const now = seeds.map((a) => ({ ...a }));
    now[1]!.outlet = 'Shafaq News';
    index.relabel((id) => now.find((a) => a.id === id));
    index.meta.forEach((meta) => expect(meta).toBe(now.find((a) => a.id === meta.id)));
    expect(index.meta.find((m) => m.id === now[1]!.id)?.outlet).toBe('Shafaq News');
  });

  it('keep only the id of an article the corpus no longer has after a relabel, not the article of the earlier corpus', () => {
    const seeds = seedArticles();
    const index = indexOf([new Shard(buildShard(seeds.map(indexedText)))], { articles: new Map(seeds.map((a) => [a.id, a])) });
    const gone = seeds[0]!.id;
    index.relabel((id) => (id === gone ? undefined : seeds.find((a) => a.id === id)));
    expect(index.meta.find((m) => m.id === gone)).toStrictEqual({ id: gone, title: gone, outlet: null, date: null });
  });

  it('name an article missing from the corpus by its id', () => {
    const seeds = seedArticles();
    const index = indexOf([new Shard(buildShard(seeds.map(indexedText)))], { articles: new Map() });
    expect(index.meta.map((m) => m.title)).toEqual(index.meta.map((m) => m.id));
  });
});
