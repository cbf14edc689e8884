/**
 * Which shards to rebuild. An article's shard is a hash of its id, so it stays put as the folder
 * changes: a changed, added or removed file dirties exactly one shard, and only that shard is
 * built again. A file whose size or modification time changed but whose content did not (a copy,
 * a checkout) dirties nothing.
 *
 * Shards hold about `SHARD_TARGET` articles: small enough that rebuilding one takes a fraction
 * of a second, numerous enough to spread a first build over every core.
 */
import type { ArticleId } from '../../../shared/article';
import type { Manifest, ManifestDoc } from './index-store';

export const SHARD_TARGET = 400;
export const MAX_SHARDS = 256;

/** What is known of an article file now. */
export interface CurrentDoc {
  id: ArticleId;
  size: number;
  mtime: number;
}

export interface ShardPlan {
  shardCount: number;
  /** Shards to build and the articles each will hold, in id order. */
  build: Map<number, ArticleId[]>;
  /** Articles of the shards not rebuilt, as the manifest has them (size and time refreshed). */
  kept: ManifestDoc[];
}

/** Shards for a folder of `n` articles. */
export function shardCountFor(n: number): number {
  return Math.max(1, Math.min(MAX_SHARDS, Math.ceil(n / SHARD_TARGET)));
}

/** The shard of an article: FNV-1a of its id. */
export function shardOf(id: ArticleId, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

export interface PlanOptions {
  /** Articles known to have changed, whatever their stamps say. */
  changed?: ReadonlySet<ArticleId>;
  /** Shards whose saved file is missing or damaged. */
  broken?: ReadonlySet<number>;
  /** The content hash of an article whose stamp changed (asked only for those); null if unreadable. */
  hashOf?: (id: ArticleId) => Promise<string | null> | string | null;
}

/** Plans the build that brings `manifest` (null: no saved index) up to `current`. */
export async function planShards(manifest: Manifest | null, current: readonly CurrentDoc[], options: PlanOptions = {}): Promise<ShardPlan> {
  const ideal = shardCountFor(current.length);
  // the shard count follows the folder's size loosely: re-sharding means a full rebuild
  const keepCount = manifest !== null && manifest.shardCount >= ideal / 2 && manifest.shardCount <= Math.max(1, ideal * 2);
  const shardCount = keepCount ? manifest.shardCount : ideal;
  const members = new Map<number, ArticleId[]>();
  for (const doc of current) {
    const shard = shardOf(doc.id, shardCount);
    let list = members.get(shard);
    if (!list) members.set(shard, (list = []));
    list.push(doc.id);
  }
  const dirty = new Set<number>();
  const kept: ManifestDoc[] = [];
  if (!keepCount || !manifest) {
    for (let s = 0; s < shardCount; s++) dirty.add(s);
  } else {
    const saved = new Map(manifest.docs.map((d) => [d.id, d]));
    const present = new Set(current.map((d) => d.id));
    for (const old of manifest.docs) if (!present.has(old.id)) dirty.add(old.shard);
    for (let s = 0; s < shardCount; s++) if (!manifest.shards[s] || options.broken?.has(s)) dirty.add(s);
    for (const doc of current) {
      const shard = shardOf(doc.id, shardCount);
      const old = saved.get(doc.id);
      if (!old || old.shard !== shard || options.changed?.has(doc.id)) {
        dirty.add(shard);
        continue;
      }
      if (old.size === doc.size && old.mtime === doc.mtime) {
        kept.push(old);
        continue;
      }
      const hash = options.hashOf ? await options.hashOf(doc.id) : null;
      if (hash !== null && hash === old.hash) kept.push({ ...old, size: doc.size, mtime: doc.mtime });
      else dirty.add(shard);
    }
  }
  const build = new Map<number, ArticleId[]>();
  for (const s of [...dirty].sort((a, b) => a - b)) {
    build.set(s, (members.get(s) ?? []).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return { shardCount, build, kept: kept.filter((d) => !dirty.has(d.shard)) };
}
