/**
 * Checking a saved manifest before it is trusted. It is JSON in the data directory: a crash, a
 * full disk, another version of Parallax or a hand edit can leave it parseable but wrong (a
 * `null` among the articles, a shard number out of range, a file name with a path in it), and a
 * manifest taken on trust then broke every later search until the folder was deleted by hand.
 * Anything that does not match the shape is refused whole, and the index is rebuilt.
 */
import type { ManifestDoc, ManifestHead } from './index-store';
import { MAX_SHARDS } from './shard-plan';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';

/** A shard file name as `shardFile` writes it: nothing that could name a file elsewhere. */
const SHARD_FILE = /^shard-\d+-[\w-]+\.bin$/;
/** An article list's file name as `writeManifest` writes it. */
const DOCS_FILE = /^docs-[\w-]+\.json$/;

function validShard(entry: unknown): boolean {
  return (
    isObject(entry) &&
    isText(entry.file) &&
    SHARD_FILE.test(entry.file as string) &&
    isCount(entry.docs) &&
    isCount(entry.bytes) &&
    isText(entry.source)
  );
}

function validDoc(doc: unknown, shardCount: number): boolean {
  return (
    isObject(doc) &&
    isText(doc.id) &&
    (doc.id as string).length > 0 &&
    isCount(doc.shard) &&
    (doc.shard as number) < shardCount &&
    isNumber(doc.size) &&
    isNumber(doc.mtime) &&
    isText(doc.hash) &&
    isText(doc.title) &&
    isTextOrNull(doc.outlet) &&
    isTextOrNull(doc.date)
  );
}

function validRejected(r: unknown): boolean {
  return isObject(r) && isText(r.path) && isText(r.reason) && isNumber(r.size) && isNumber(r.mtime);
}

/**
 * `value` as the saved manifest (without its articles) of the index of `root` at `version`, or
 * null when any part of it is missing or of the wrong type.
 */
export function checkedHead(value: unknown, root: string, version: number): ManifestHead | null {
  if (!isObject(value) || value.version !== version || value.root !== root) return null;
  const { shardCount, shards, rejected, docsFile, print, docCount } = value;
  if (!Number.isInteger(shardCount) || (shardCount as number) < 1 || (shardCount as number) > MAX_SHARDS) return null;
  if (!Array.isArray(shards) || shards.length !== shardCount || !shards.every(validShard)) return null;
  if (!Array.isArray(rejected) || !rejected.every(validRejected)) return null;
  if (!isText(docsFile) || !DOCS_FILE.test(docsFile as string) || !isText(print) || !isCount(docCount)) return null;
  return value as unknown as ManifestHead;
}

/**
 * `value` as the articles of the manifest `head`, or null when any of them is missing, of the
 * wrong type or inconsistent (as many as the head says, each shard's article count matching the
 * articles that name it, no article listed twice).
 */
export function checkedDocs(value: unknown, head: ManifestHead): ManifestDoc[] | null {
  if (!Array.isArray(value) || value.length !== head.docCount || !value.every((d) => validDoc(d, head.shardCount))) return null;
  const perShard = new Array<number>(head.shardCount).fill(0);
  const ids = new Set<string>();
  for (const doc of value as ManifestDoc[]) {
    if (ids.has(doc.id)) return null;
    ids.add(doc.id);
    perShard[doc.shard]!++;
  }
  if (head.shards.some((s, i) => s.docs !== perShard[i])) return null;
  return value as ManifestDoc[];
}
