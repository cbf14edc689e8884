/**
 * Where a folder's index lives: `<dataDir>/indexes/<name>-<hash of the folder's path>/`, a
 * `manifest.json` (every article's size, modification time, content hash, display fields and
 * shard) and one `shard-<n>.bin` per shard. Never below the corpus folder, which is read-only
 * to Parallax.
 *
 * Shard files are named by what they were built from, written under a temporary name and renamed
 * into place; the manifest is written last and then the files it no longer names are deleted. An
 * index interrupted mid-save (a crash, a cancelled build) is therefore the old one or the new
 * one, never a mix.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleId, RejectedFile } from '../../../shared/article';
import { asciiJson } from '../../corpus/text-block';
import { checkedManifest } from './manifest-check';

/** Bumped whenever the analyzer, the shard layout or the manifest's encoding changes: an older index is rebuilt. */
export const INDEX_VERSION = 5;

/** One article as the manifest records it. */
export interface ManifestDoc {
  id: ArticleId;
  shard: number;
  size: number;
  mtime: number;
  /** Hash of the decoded text: a file touched but not changed keeps its place in the index. */
  hash: string;
  title: string;
  outlet: string | null;
  date: string | null;
}

/** A file that is not an article, remembered so that it is not tried again until it changes. */
export interface ManifestRejected extends RejectedFile {
  size: number;
  mtime: number;
}

export interface ShardEntry {
  file: string;
  docs: number;
  bytes: number;
  /** Hash of the shard's sorted article ids and content hashes: what it was built from. */
  source: string;
}

export interface Manifest {
  version: number;
  root: string;
  shardCount: number;
  docs: ManifestDoc[];
  rejected: ManifestRejected[];
  shards: ShardEntry[];
}

/** The text's content hash, as the manifest keeps it. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** What a shard was built from: its articles and their content, in id order. */
export function shardSource(docs: readonly Pick<ManifestDoc, 'id' | 'hash'>[]): string {
  const hash = createHash('sha1');
  for (const d of docs) hash.update(d.id).update('\0').update(d.hash).update('\n');
  return hash.digest('base64url');
}

/** The folder under `dataDir` that holds the index of the corpus at `root`. */
export function indexDir(dataDir: string, root: string): string {
  const name = basename(root).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 40) || 'root';
  const key = createHash('sha1').update(root).digest('hex').slice(0, 12);
  return join(dataDir, 'indexes', `${name}-${key}`);
}

/** A shard's file name: its number and what it was built from. */
export const shardFile = (n: number, source: string) => `shard-${n}-${source.slice(0, 16)}.bin`;

/** Reads and writes one folder's index. */
export class IndexStore {
  readonly dir: string;

  constructor(dataDir: string, readonly root: string) {
    this.dir = indexDir(dataDir, root);
  }

  /**
   * The saved manifest, or null when there is none, it is damaged in any part (see
   * manifest-check.ts), or it is of another version or folder: the index is then rebuilt.
   */
  async readManifest(): Promise<Manifest | null> {
    try {
      // written in ASCII alone (asciiJson): read as Latin-1, a copy, not a decoding; and of the
      // whole file at once (readFile with an encoding decodes it piece by piece through a
      // StringDecoder: 0.07-0.14 s of a 21 MB manifest at 100,000 articles)
      const bytes = await readFile(join(this.dir, 'manifest.json'));
      return checkedManifest(JSON.parse(bytes.toString('latin1')), this.root, INDEX_VERSION);
    } catch {
      return null;
    }
  }

  /** A shard's bytes, or null when missing. */
  async readShard(entry: ShardEntry): Promise<Uint8Array | null> {
    try {
      const bytes = await readFile(join(this.dir, entry.file));
      return bytes.byteLength === entry.bytes ? bytes : null;
    } catch {
      return null;
    }
  }

  /** Saves a shard; returns its entry for the manifest. */
  async writeShard(n: number, source: string, docs: number, bytes: Uint8Array): Promise<ShardEntry> {
    await mkdir(this.dir, { recursive: true });
    const file = shardFile(n, source);
    await writeAtomic(join(this.dir, file), bytes);
    return { file, docs, bytes: bytes.byteLength, source };
  }

  /** Saves the manifest, then deletes the shard files it does not name. */
  async writeManifest(manifest: Manifest): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomic(join(this.dir, 'manifest.json'), Buffer.from(asciiJson(manifest), 'latin1'));
    const named = new Set(manifest.shards.map((s) => s.file));
    for (const file of await readdir(this.dir)) {
      if (file.startsWith('shard-') && !named.has(file)) await rm(join(this.dir, file), { force: true });
    }
  }

  /** Total bytes of the saved index as the manifest lists it. */
  static bytes(manifest: Manifest): number {
    return manifest.shards.reduce((sum, s) => sum + s.bytes, 0);
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

let sequence = 0;

async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${++sequence}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
