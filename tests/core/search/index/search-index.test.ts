import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../../src/core/search/index/corpus-build';
import { buildShard, indexedText } from '../../../../src/core/search/index/shard-build';
import { Shard } from '../../../../src/core/search/index/shard';
import { seedArticles } from '../helpers';

describe('the index’s display fields', () => {
  it('are taken afresh from the articles where they changed, keeping only the display fields', () => {
    const seeds = seedArticles();
    const index = indexOf([new Shard(buildShard(seeds.map(indexedText)))], seeds);
    const before = [...index.meta];
    const changed = { ...seeds[1]!, outlet: 'Shafaq News' };
    index.relabel((id) => (id === changed.id ? changed : seeds.find((a) => a.id === id)));
    index.meta.forEach((meta, n) => {
      if (meta.id === changed.id) expect(meta).toEqual({ id: changed.id, title: changed.title, outlet: 'Shafaq News', date: changed.date });
      // unchanged: the same object, no article's text or blocks held by the index
      else expect(meta).toBe(before[n]);
      expect(Object.keys(meta).sort()).toEqual(['date', 'id', 'outlet', 'title']);
    });
  });
});
