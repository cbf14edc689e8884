import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../../src/core/search/index/corpus-build';
import { buildShard, indexedText } from '../../../../src/core/search/index/shard-build';
import { Shard } from '../../../../src/core/search/index/shard';
import { seedArticles } from '../helpers';

describe('the index’s display fields', () => {
  it('are taken afresh from the articles where they changed, keeping only the display fields', () => {
    const seeds = seedArticles();
    // the display fields as a manifest keeps them
    const docs = seeds.map(({ id, title, outlet, date }) => ({ id, title, outlet, date }));
    const index = indexOf([new Shard(buildShard(seeds.map(indexedText)))], docs);
    const before = [...index.meta];
    const changed = { ...seeds[1]!, outlet: 'Shafaq News' };
    index.relabel((id) => (id === changed.id ? changed : seeds.find((a) => a.id === id)));
    index.meta.forEach((meta, n) => {
      // changed: the display fields alone, no article's text or blocks held by the index
      if (meta.id === changed.id) expect(meta).toStrictEqual({ id: changed.id, title: changed.title, outlet: 'Shafaq News', date: changed.date });
      // unchanged: the same object
      else expect(meta).toBe(before[n]);
    });
  });
});
