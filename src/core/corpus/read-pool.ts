/**
 * Reading a folder's text and Markdown files on worker threads. Parsing an article (blocks, page
 * debris, title, outlet, dates) is most of the time of opening a folder the first time, and it
 * is a pure function of the file: a batch of files goes to a worker, which reads them (one system
 * call per step, where the thread that answers the window made five round trips through Node's
 * I/O threads per file), parses them and sends the articles back. Every core parses at once, and
 * the opening thread only gathers. A few files are read where they are asked for: a worker takes
 * longer to start than they take to read.
 */
import { availableParallelism } from 'node:os';
import type { Article, RejectedFile } from '../../shared/article';
import { WorkerPool, type RunOptions } from '../threads/pool';
import { spawnWorker } from '../threads/spawn-worker';
import { loadArticleSync } from './load-article';
import { packTexts, unpackTexts, type TextBlock } from './text-block';

/** Files a worker reads per call: enough that a call's round trip costs nothing beside it. */
export const BATCH_FILES = 200;
/** Below this many files to read, the calling thread reads them. */
export const IN_THREAD_MAX_FILES = 2 * BATCH_FILES;
/** Idle time after which the workers would be let go; each opening ends its pool when done anyway. */
const IDLE_MILLIS = 20_000;

/** Files to read: each one's path and id (its path below the folder). */
export interface ReadBatch {
  files: { path: string; id: string }[];
}

/** What each file of a batch gave, in the batch's order: its article, or why it was refused. */
export interface ReadResult {
  loaded: ({ ok: true; article: Article } | { ok: false; rejected: RejectedFile })[];
}

/** A batch's result as a worker sends it: the articles' texts moved to one block (text-block.ts). */
export interface PackedResult {
  loaded: ReadResult['loaded'];
  texts: TextBlock;
}

/** Reads a batch here, synchronously (the fallback for a few files). */
export function readBatch(batch: ReadBatch): ReadResult {
  return { loaded: batch.files.map((f) => loadArticleSync(f.path, f.id)) };
}

/** Reads a batch and packs its texts (the worker's handler); the articles are left with empty texts. */
export function readPacked(batch: ReadBatch): PackedResult {
  const { loaded } = readBatch(batch);
  const articles = loaded.flatMap((l) => (l.ok ? [l.article] : []));
  const texts = packTexts(articles.map((a) => a.text));
  for (const a of articles) a.text = '';
  return { loaded, texts };
}

/** A packed result with its texts put back. */
export function unpackResult(result: PackedResult): ReadResult {
  const texts = unpackTexts(result.texts);
  let k = 0;
  for (const l of result.loaded) if (l.ok) l.article.text = texts[k++]!;
  return { loaded: result.loaded };
}

/** A pool of read workers for one opening (each opening has its own, and ends it). */
function readPool(): WorkerPool<ReadBatch, PackedResult> {
  return new WorkerPool<ReadBatch, PackedResult>({
    spawn: () => spawnWorker(import.meta.url, 'read-worker'),
    name: 'read worker',
    size: Math.max(1, Math.min(8, availableParallelism())),
    sizeOf: (batch) => batch.files.length,
    idleMillis: IDLE_MILLIS,
    cancelMessage: 'opening cancelled',
  });
}

/**
 * Reads `files` (text and Markdown files), on the read pool's workers when there are enough of
 * them (and `here` is not asked for); what each gave comes back in `files`' order. Rejects with an
 * AbortError when `options.signal` aborts.
 */
export async function readTextFiles(files: ReadBatch['files'], options: RunOptions & { here?: boolean } = {}): Promise<ReadResult['loaded']> {
  const batches: ReadBatch[] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push({ files: files.slice(i, i + BATCH_FILES) });
  let results: ReadResult[];
  if (options.here || files.length <= IN_THREAD_MAX_FILES) {
    results = [];
    let done = 0;
    for (const batch of batches) {
      options.signal?.throwIfAborted();
      results.push(readBatch(batch));
      options.onProgress?.((done += batch.files.length), files.length);
      // a turn of the event loop between batches, so calls and cancelling get in
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    const pool = readPool();
    try {
      results = (await pool.run(batches, options)).map(unpackResult);
    } finally {
      // a folder is opened once: its readers' threads (and their heaps) are let go with it
      await pool.terminate();
    }
  }
  return results.flatMap((r) => r.loaded);
}
