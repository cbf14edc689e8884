import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestDoc } from '../../../../src/core/search/index/index-store';
import { INDEX_VERSION } from '../../../../src/core/search/index/index-store';
import { planShards, shardCountFor, shardOf, SHARD_TARGET, type CurrentDoc } from '../../../../src/core/search/index/shard-plan';

const docs = (n: number): CurrentDoc[] => Array.from({ length: n }, (_, i) => ({ id: `a/${String(i).padStart(4, '0')}.txt`, size: 100 + i, mtime: 1000 + i }));

function manifestOf(current: CurrentDoc[], shardCount: number): Manifest {
  const saved: ManifestDoc[] = current.map((d) => ({ ...d, shard: shardOf(d.id, shardCount), hash: `h-${d.id}`, title: d.id, outlet: null, date: null }));
  return {
    version: INDEX_VERSION,
    root: '/r',
    shardCount,
    docs: saved,
    rejected: [],
    shards: Array.from({ length: shardCount }, (_, s) => ({ file: `shard-${s}.bin`, docs: saved.filter((d) => d.shard === s).length, bytes: 1, source: 'x' })),
  };
}

describe('shardOf', () => {
  it('is stable and spreads ids over the shards', () => {
    expect(shardOf('a/0001.txt', 8)).toBe(shardOf('a/0001.txt', 8));
    const counts = new Array(8).fill(0);
    for (const d of docs(4000)) counts[shardOf(d.id, 8)]++;
    for (const c of counts) expect(c).toBeGreaterThan(350);
  });
});

describe('shardCountFor', () => {
  it.each([
    [0, 1],
    [5, 1],
    [SHARD_TARGET, 1],
    [SHARD_TARGET + 1, 2],
    [5058, 13],
    [10_000_000, 256],
  ])('%i articles -> %i shards', (n, shards) => {
    expect(shardCountFor(n)).toBe(shards);
  });
});

describe('planShards', () => {
  const current = docs(2000);
  const count = shardCountFor(current.length);
  const saved = manifestOf(current, count);

  it('builds every shard without a saved index', async () => {
    const plan = await planShards(null, current);
    expect(plan.build.size).toBe(count);
    expect([...plan.build.values()].flat().sort()).toEqual(current.map((d) => d.id));
    expect(plan.kept).toEqual([]);
  });

  it('builds nothing when nothing changed', async () => {
    const plan = await planShards(saved, current);
    expect(plan.build.size).toBe(0);
    expect(plan.kept).toHaveLength(current.length);
  });

  it('rebuilds only the shard of a changed file', async () => {
    const changed = current.map((d, i) => (i === 7 ? { ...d, size: d.size + 1 } : d));
    const plan = await planShards(saved, changed, { hashOf: () => 'different' });
    expect([...plan.build.keys()]).toEqual([shardOf(current[7]!.id, count)]);
    expect(plan.kept.length + plan.build.get(shardOf(current[7]!.id, count))!.length).toBe(current.length);
  });

  it('keeps a file whose stamp changed but whose content did not', async () => {
    const touched = current.map((d, i) => (i === 7 ? { ...d, mtime: d.mtime + 5 } : d));
    const plan = await planShards(saved, touched, { hashOf: (id) => `h-${id}` });
    expect(plan.build.size).toBe(0);
    expect(plan.kept.find((d) => d.id === current[7]!.id)!.mtime).toBe(current[7]!.mtime + 5);
  });

  it('rebuilds the shards of added and removed files', async () => {
    const added = { id: 'b/new.txt', size: 1, mtime: 1 };
    const plan = await planShards(saved, [...current.slice(1), added]);
    expect(new Set(plan.build.keys())).toEqual(new Set([shardOf(added.id, count), shardOf(current[0]!.id, count)]));
    expect(plan.build.get(shardOf(added.id, count))).toContain(added.id);
  });

  it('rebuilds a shard whose file is broken, and one the caller says changed', async () => {
    const plan = await planShards(saved, current, { broken: new Set([1]), changed: new Set([current[0]!.id]) });
    expect(new Set(plan.build.keys())).toEqual(new Set([1, shardOf(current[0]!.id, count)]));
  });

  it('re-shards (a full rebuild) when the folder has grown far past its shard count', async () => {
    const grown = docs(count * SHARD_TARGET * 3);
    const plan = await planShards(saved, grown);
    expect(plan.shardCount).toBe(shardCountFor(grown.length));
    expect(plan.build.size).toBe(plan.shardCount);
  });
});
