/**
 * Carrying out a shard plan: run the build jobs, save each new shard, write the manifest that
 * names the new shards and the kept ones; and opening saved shards. Shared by the app's service
 * (articles in memory) and the command line (files on disk).
 */
import type { BuildJob, BuildResult } from './build-job';
import { INDEX_VERSION, shardSource, type IndexStore, type Manifest, type ManifestHead, type ManifestDoc, type ManifestRejected, type ShardEntry } from './index-store';
import { openShard } from './shard-codec';
import type { ShardPlan } from './shard-plan';
import type { Shard } from './shard';

export interface BuildOutcome {
  manifest: Manifest;
  /** Shards built in this run, opened. */
  fresh: Map<number, Shard>;
  /** Articles indexed in this run. */
  indexed: number;
  /** Articles whose indexing was reused from the saved index. */
  reused: number;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Runs `jobs` (one per shard of `plan.build`) with `run`, saves the shards, then the manifest.
 * `rejected` are refusals known without reading (kept from the last run); the jobs add theirs.
 */
export async function executePlan(
  store: IndexStore,
  previous: Manifest | null,
  plan: ShardPlan,
  jobs: BuildJob[],
  run: (jobs: BuildJob[]) => Promise<BuildResult[]>,
  rejected: ManifestRejected[] = [],
): Promise<BuildOutcome> {
  const results = await run(jobs);
  const fresh = new Map<number, Shard>();
  const entries: (ShardEntry | undefined)[] = [];
  const docs: ManifestDoc[] = [...plan.kept];
  const refused = [...rejected];
  let indexed = 0;
  for (const result of results) {
    const shardDocs = result.docs.map((d) => ({ ...d, shard: result.shard })).sort(byId);
    entries[result.shard] = await store.writeShard(result.shard, shardSource(shardDocs), shardDocs.length, result.bytes);
    fresh.set(result.shard, openShard(result.bytes));
    docs.push(...shardDocs);
    refused.push(...result.rejected);
    indexed += shardDocs.length;
  }
  const shards: ShardEntry[] = [];
  for (let s = 0; s < plan.shardCount; s++) {
    const entry = entries[s] ?? previous?.shards[s];
    if (!entry) throw new Error(`shard ${s} was neither kept nor built`);
    shards.push(entry);
  }
  const manifest: Manifest = {
    version: INDEX_VERSION,
    root: store.root,
    shardCount: plan.shardCount,
    docs: docs.sort(byId),
    rejected: refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    shards,
  };
  await store.writeManifest(manifest);
  return { manifest, fresh, indexed, reused: plan.kept.length };
}

/**
 * Opens the saved shards a manifest names. Shards whose file is missing, cut short or damaged
 * are reported in `broken` (the plan rebuilds them) rather than failing the whole index.
 */
export async function loadShards(store: IndexStore, manifest: Pick<Manifest, 'shards'>): Promise<{ shards: Map<number, Shard>; broken: Set<number> }> {
  const shards = new Map<number, Shard>();
  const broken = new Set<number>();
  await Promise.all(
    manifest.shards.map(async (entry, s) => {
      const bytes = await store.readShard(entry);
      try {
        if (!bytes) throw new Error('missing');
        const shard = openShard(bytes);
        if (shard.size !== entry.docs) throw new Error('wrong article count');
        shards.set(s, shard);
      } catch {
        broken.add(s);
      }
    }),
  );
  return { shards, broken };
}

/** A folder's saved index as read from disk: its manifest (without its articles) and, when there is one, its shards opened. */
export interface SavedIndex {
  head: ManifestHead | null;
  shards: { shards: Map<number, Shard>; broken: Set<number> } | null;
}

/** Reads the saved index of `store`'s folder; never rejects (an unreadable index is none). */
export async function readSavedIndex(store: IndexStore): Promise<SavedIndex> {
  try {
    const head = await store.readHead();
    return { head, shards: head ? await loadShards(store, head) : null };
  } catch {
    return { head: null, shards: null };
  }
}

/** Every shard of a manifest in order, from those just built and those loaded. */
export function allShards(manifest: Manifest, fresh: ReadonlyMap<number, Shard>, loaded: ReadonlyMap<number, Shard>): Shard[] {
  const out: Shard[] = [];
  for (let s = 0; s < manifest.shardCount; s++) {
    const shard = fresh.get(s) ?? loaded.get(s);
    if (!shard) throw new Error(`shard ${s} is not available`);
    out.push(shard);
  }
  return out;
}
