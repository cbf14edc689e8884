/**
 * A folder's index for the command line, which has no corpus in memory: scan the folder, compare
 * each file's size and modification time (then content) with the saved manifest, and build only
 * the shards that changed, on worker threads that read and parse the files themselves. Opening
 * the whole corpus first would parse every article on one thread before indexing could start.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArticleId, RejectedFile } from '../../../shared/article';
import { decodeBytes } from '../../corpus/decode';
import { readArticleBytes, readArticleBytesSync } from '../../corpus/read-file';
import { bytesKey, ExtractCache } from '../../corpus/formats/extract-cache';
import { formatEntry } from '../../corpus/formats/registry';
import { scanFolder } from '../../corpus/scan';
import type { BuildJob } from './build-job';
import { allShards, executePlan, loadShards } from './index-build';
import { contentHash, IndexStore, type Manifest, type ManifestRejected } from './index-store';
import { SearchIndex, type DocMeta } from './search-index';
import type { IndexedText } from './shard';
import { planShards, type CurrentDoc } from './shard-plan';
import { indexPool, runHere } from './worker-pool';

const STAT_CONCURRENCY = 64;

/** Reading, parsing and indexing one article on one thread, as measured on the PAN and BBC folders. */
const ARTICLE_MILLIS = 0.35;
/**
 * Starting a worker that reads files: loading the parser costs about 0.25 s in the built app,
 * about a second from TypeScript sources (every module goes through the TypeScript loader).
 */
const WORKER_START_MILLIS = /\.[cm]?ts$/.test(import.meta.url) ? 1000 : 250;

/**
 * Whether workers finish sooner than this thread alone: the share of the work they take off it
 * must outweigh their start. (The app's service always builds large folders on workers, to keep
 * its thread answering; a command-line process has nothing else to do.)
 */
export function workersPayOff(articles: number, threads: number): boolean {
  return threads > 1 && articles * ARTICLE_MILLIS * (1 - 1 / threads) > WORKER_START_MILLIS;
}

export interface FolderSyncOptions {
  dataDir: string;
  /** Open the index for searching (loads every shard). */
  load?: boolean;
  /** Worker threads; 0 builds on the calling thread. Default: one per core. */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface FolderSync {
  root: string;
  manifest: Manifest;
  /** The opened index, when `load` was set. */
  index: SearchIndex | null;
  articles: number;
  rejected: RejectedFile[];
  indexed: number;
  reused: number;
  /** Bytes of the saved index. */
  bytes: number;
}

async function statAll(root: string, ids: ArticleId[]): Promise<Map<ArticleId, { size: number; mtime: number }>> {
  const stamps = new Map<ArticleId, { size: number; mtime: number }>();
  for (let i = 0; i < ids.length; i += STAT_CONCURRENCY) {
    await Promise.all(
      ids.slice(i, i + STAT_CONCURRENCY).map(async (id) => {
        const info = await stat(pathOf(root, id)).catch(() => null);
        if (info) stamps.set(id, { size: info.size, mtime: info.mtimeMs });
      }),
    );
  }
  return stamps;
}

const pathOf = (root: string, id: ArticleId) => join(root, ...id.split('/'));

/** Brings the saved index of `folder` up to date with its files; optionally opens it. */
export async function syncFolder(folder: string, options: FolderSyncOptions): Promise<FolderSync> {
  const root = resolve(folder);
  const info = await stat(root);
  if (!info.isDirectory()) throw new Error(`${root} is not a folder`);
  const scan = await scanFolder(root);
  const stamps = await statAll(root, scan.files.map((f) => f.id));
  const store = new IndexStore(options.dataDir, root);
  const previous = await store.readManifest();
  const loaded = previous && options.load ? await loadShards(store, previous) : null;
  const broken = loaded?.broken ?? (previous ? await missingShards(store, previous) : new Set<number>());

  // files refused last time and untouched since are not read again
  const refusedBefore = new Map((previous?.rejected ?? []).map((r) => [r.path, r]));
  const stillRefused: ManifestRejected[] = [];
  const current: CurrentDoc[] = [];
  for (const [id, stamp] of stamps) {
    const refused = refusedBefore.get(id);
    if (refused && refused.size === stamp.size && refused.mtime === stamp.mtime) stillRefused.push(refused);
    else current.push({ id, ...stamp });
  }
  const plan = await planShards(previous, current, {
    broken,
    hashOf: async (id) => {
      const read = await readArticleBytes(pathOf(root, id));
      const decoded = read.ok ? decodeBytes(read.bytes) : null;
      return decoded?.ok ? contentHash(decoded.text) : null;
    },
  });
  const jobs: BuildJob[] = [...plan.build].map(([shard, ids]) => ({
    kind: 'files',
    shard,
    files: ids.map((id) => ({ id, path: pathOf(root, id.split('#')[0]!) })),
    dataDir: options.dataDir,
  }));
  const toIndex = jobs.reduce((sum, j) => sum + (j.kind === 'files' ? j.files.length : 0), 0);
  const runOptions = { signal: options.signal, onProgress: options.onProgress, here: true };
  const outcome = await executePlan(
    store,
    previous,
    plan,
    jobs,
    async (list) => {
      const pool = indexPool(options.workers);
      // with `here`, this thread is one of the pool's `size` threads
      if (options.workers === 0 || !workersPayOff(toIndex, pool.size)) return runHere(list, runOptions);
      try {
        return await pool.run(list, runOptions);
      } finally {
        await pool.terminate();
      }
    },
    stillRefused,
  );
  const { manifest } = outcome;
  let index: SearchIndex | null = null;
  if (options.load) {
    const meta = new Map<ArticleId, DocMeta>(manifest.docs.map((d) => [d.id, { id: d.id, title: d.title, outlet: d.outlet, date: d.date }]));
    index = new SearchIndex(allShards(manifest, outcome.fresh, loaded?.shards ?? new Map()), meta);
  }
  return {
    root,
    manifest,
    index,
    articles: manifest.docs.length,
    rejected: [...scan.rejected, ...manifest.rejected.map(({ path, reason }) => ({ path, reason }))].sort((a, b) =>
      a.path < b.path ? -1 : 1,
    ),
    indexed: outcome.indexed,
    reused: outcome.reused,
    bytes: IndexStore.bytes(manifest),
  };
}

async function missingShards(store: IndexStore, manifest: Manifest): Promise<Set<number>> {
  const missing = new Set<number>();
  await Promise.all(
    manifest.shards.map(async (entry, s) => {
      const info = await stat(join(store.dir, entry.file)).catch(() => null);
      if (!info || info.size !== entry.bytes) missing.add(s);
    }),
  );
  return missing;
}

/**
 * The folder's articles read on demand, synchronously (ranking asks for a few texts in the middle
 * of a search), with where their body lies taken from the index: the page is not parsed again.
 * For snippets, phrases and proximity on the command line.
 */
export function folderDocs(root: string, index: SearchIndex, dataDir?: string): (id: ArticleId) => IndexedText | null {
  const cache = dataDir ? new ExtractCache(dataDir) : null;
  return (id) => {
    const n = index.numberOf(id);
    if (n < 0) return null;
    const [file, row] = id.split('#');
    const entry = formatEntry(file!);
    const read = readArticleBytesSync(pathOf(root, file!), entry ? { maxBytes: entry.maxBytes } : {});
    if (!read.ok) return null;
    // a page's, PDF's or export's text is the one extracted when it was indexed
    let text: string | null;
    if (entry) {
      const extracted = cache?.getSync(bytesKey(read.bytes));
      text = extracted?.ok ? (extracted.docs.find((d) => String(d.row) === String(row ?? undefined))?.text ?? null) : null;
    } else {
      const decoded = decodeBytes(read.bytes);
      text = decoded.ok ? decoded.text : null;
    }
    if (text === null) return null;
    const { title, body } = index.layout(n);
    return { id, title, text, body };
  };
}
