/**
 * Where a folder's index lives: `<dataDir>/indexes/<name>-<hash of the folder's path>/`, a
 * `manifest.json` (the shards, the refused files, and the fingerprint of the articles indexed,
 * folder-print.ts), a `docs-<hash>.json` it names (every article's size, modification
 * time, content hash, display fields and shard) and one `shard-<n>.bin` per shard. Never below
 * the corpus folder, which is read-only to Parallax. A folder reopened unchanged reads the
 * manifest and the shards, not the articles' list: that is read to plan an update.
 *
 * Shard and article-list files are named by what they hold, written under a temporary name and
 * renamed into place; the manifest is written last and then the files it no longer names are
 * deleted. An index interrupted mid-save (a crash, a cancelled build) is therefore the old one or
 * the new one, never a mix.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleId, RejectedFile } from '../../../shared/article';
import { asciiJson } from '../../corpus/text-block';
import { folderPrint } from './folder-print';
import { checkedDocs, checkedHead } from './manifest-check';

/** Bumped whenever the analyzer, the shard layout or the manifest's encoding changes: an older index is rebuilt. */
export const INDEX_VERSION = 7;

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

/** The manifest as saved: all but its articles, which are in the file it names, and their fingerprint. */
export interface ManifestHead extends Omit<Manifest, 'docs'> {
  /** The file of the articles (`docs-<hash of its bytes>.json`). */
  docsFile: string;
  /** `folderPrint` of the articles. */
  print: string;
  docCount: number;
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
   * The saved manifest without its articles, or null when there is none, it is damaged in any
   * part (see manifest-check.ts), or it is of another version or folder: the index is then rebuilt.
   */
  async readHead(): Promise<ManifestHead | null> {
    try {
      return checkedHead(await readAscii(join(this.dir, 'manifest.json')), this.root, INDEX_VERSION);
    } catch {
      return null;
    }
  }

  /** The whole manifest of `head`, its articles read; null when they are missing or damaged. */
  async withDocs(head: ManifestHead): Promise<Manifest | null> {
    try {
      const docs = checkedDocs(await readAscii(join(this.dir, head.docsFile)), head);
      // a list that is not the one the head was written with (a writer stopped between the two) is none
      if (!docs || folderPrint(docs) !== head.print) return null;
      const { docsFile: _file, print: _print, docCount: _count, ...rest } = head;
      return { ...rest, docs };
    } catch {
      return null;
    }
  }

  /** The whole saved manifest, or null (see `readHead` and `withDocs`). */
  async readManifest(): Promise<Manifest | null> {
    const head = await this.readHead();
    return head && this.withDocs(head);
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

  /** Saves the manifest (its articles first), then deletes the shard and article files it does not name. */
  async writeManifest(manifest: Manifest): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const { docs, ...rest } = manifest;
    const list = Buffer.from(asciiJson(docs), 'latin1');
    // named by what it holds, as shards are: a list is never written over the one an older head names
    const docsFile = `docs-${createHash('sha1').update(list).digest('base64url').slice(0, 16)}.json`;
    const head: ManifestHead = { ...rest, docsFile, print: folderPrint(docs), docCount: docs.length };
    await writeAtomic(join(this.dir, docsFile), list);
    await writeAtomic(join(this.dir, 'manifest.json'), Buffer.from(asciiJson(head), 'latin1'));
    const named = new Set([docsFile, ...manifest.shards.map((s) => s.file)]);
    for (const file of await readdir(this.dir)) {
      // another writer's files in the making (`.tmp`) are its own
      if ((file.startsWith('shard-') || file.startsWith('docs-')) && !file.endsWith('.tmp') && !named.has(file)) await rm(join(this.dir, file), { force: true });
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

/**
 * The JSON of a file written in ASCII alone (asciiJson): read as Latin-1, a copy, not a decoding;
 * and of the whole file at once (readFile with an encoding decodes it piece by piece through a
 * StringDecoder: 0.07-0.14 s of a 21 MB list at 100,000 articles).
 */
async function readAscii(path: string): Promise<unknown> {
  return JSON.parse((await readFile(path)).toString('latin1'));
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
