/**
 * One unit of indexing work: build one shard, from articles already in memory (the app, whose
 * workspace holds the corpus) or from files (the command line, which never needs the articles
 * themselves and so reads and parses them where it tokenizes them, on the worker). The same
 * function runs on a worker thread or, for small jobs, on the calling thread.
 *
 * The corpus parser (and its date library) is loaded only by jobs that read files: a worker that
 * indexes articles from memory starts without it.
 */
import { stat } from 'node:fs/promises';
import type { Article } from '../../../shared/article';
import { contentHash, type ManifestDoc, type ManifestRejected } from './index-store';
import { buildShard, indexedText } from './shard-build';
import type { IndexedText } from './shard';
import { encodeShard } from './shard-codec';

/** An article's indexed text plus what the manifest records of it. */
export interface TextDoc extends IndexedText {
  displayTitle: string;
  outlet: string | null;
  date: string | null;
  size: number;
  mtime: number;
}

export type BuildJob =
  | { kind: 'texts'; shard: number; docs: TextDoc[] }
  | { kind: 'files'; shard: number; files: { id: string; path: string }[]; /** Where extracted text is cached. */ dataDir?: string };

export interface BuildResult {
  shard: number;
  /** The encoded shard (`shard-codec.ts`). */
  bytes: Uint8Array;
  docs: Omit<ManifestDoc, 'shard'>[];
  rejected: ManifestRejected[];
}

/** An article as a build job carries it. */
export function textDoc(article: Article): TextDoc {
  return {
    ...indexedText(article),
    displayTitle: article.title,
    outlet: article.outlet,
    date: article.date,
    size: article.bytes,
    mtime: article.modified,
  };
}

/** Number of articles a job indexes (its share of the progress bar). */
export function jobSize(job: BuildJob): number {
  return job.kind === 'texts' ? job.docs.length : job.files.length;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Files read at once by one job: enough to hide the disk's latency behind parsing. */
const READ_AHEAD = 16;

async function readFiles(
  files: { id: string; path: string }[],
  onDone: (n: number) => void,
  dataDir?: string,
): Promise<{ docs: TextDoc[]; rejected: ManifestRejected[] }> {
  // pages, PDFs and exports through the same readers (and cache) as the app; an export's rows
  // are articles of their own
  const { loadFile } = await import('../../corpus/load-file');
  const { ExtractCache } = await import('../../corpus/formats/extract-cache');
  const cache = dataDir ? new ExtractCache(dataDir) : null;
  const seen = new Set<string>();
  const docs: TextDoc[] = [];
  const rejected: ManifestRejected[] = [];
  let done = 0;
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      if (seen.has(file.path)) {
        onDone(++done);
        continue;
      }
      seen.add(file.path);
      const loaded = await loadFile(file.path, file.id.split('#')[0]!, { cache });
      if (loaded.ok) {
        for (const article of loaded.articles) docs.push(textDoc(article));
        for (const r of loaded.rejected) rejected.push({ ...r, size: -1, mtime: -1 });
      } else {
        // remembered with the file's stamp, so an unchanged refused file is not read again
        const info = await stat(file.path).catch(() => null);
        rejected.push({ ...loaded.rejected, size: info?.size ?? -1, mtime: info?.mtimeMs ?? -1 });
      }
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, files.length) }, reader));
  return { docs, rejected };
}

/**
 * Runs a job: (reads,) analyzes and encodes the shard. `onProgress` gets the number of articles
 * of this job done so far (reading and indexing each count half).
 */
export async function runJob(job: BuildJob, onProgress: (done: number) => void = () => {}): Promise<BuildResult> {
  let docs: TextDoc[];
  let rejected: ManifestRejected[] = [];
  let offset = 0;
  if (job.kind === 'files') {
    const half = (n: number) => onProgress(Math.floor(n / 2));
    ({ docs, rejected } = await readFiles(job.files, half, job.dataDir));
    offset = Math.floor(job.files.length / 2);
  } else {
    docs = job.docs;
  }
  docs = [...docs].sort(byId);
  const scale = job.kind === 'files' ? (jobSize(job) - offset) / Math.max(1, docs.length) : 1;
  const shard = buildShard(docs, (n) => onProgress(offset + Math.floor(n * scale)));
  return {
    shard: job.shard,
    bytes: encodeShard(shard),
    docs: docs.map((d) => ({
      id: d.id,
      size: d.size,
      mtime: d.mtime,
      hash: contentHash(d.text),
      title: d.displayTitle,
      outlet: d.outlet,
      date: d.date,
    })),
    rejected,
  };
}
