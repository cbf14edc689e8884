/**
 * An opened folder: every article loaded, every refused file listed with its reason. Reading is
 * strictly read-only; nothing is ever written below the root.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Article, ArticleId, ArticleMeta, CorpusInfo, RejectedFile } from '../../shared/article';
import { HEAD_ROWS, toListing, type ArticleListing } from '../../shared/listing';
import { CorrectionStore } from './corrections';
import { settleFolder } from './folder-meta';
import { ExtractCache } from './formats/extract-cache';
import { ExtractPool } from './formats/extract-pool';
import { FolderCache, stampAt, stampsOf, type FileStamp } from './folder-cache';
import { formatEntry } from './formats/registry';
import { readTextFiles } from './read-pool';
import { extractOnThisThread, loadFile, type FileLoadOptions, type LoadedFile } from './load-file';
import { scanFolder, type Scan } from './scan';

export interface Corpus {
  root: string;
  name: string;
  isSample: boolean;
  articles: Map<ArticleId, Article>;
  rejected: RejectedFile[];
  /** The user's corrections, laid over what the files say (folder-meta.ts). */
  corrections: CorrectionStore;
  /** How this corpus reads a file again when it changes on disk. */
  reading: FileLoadOptions;
}

export interface OpenOptions {
  /**
   * The app's data directory: extracted text and the folder's parsed articles are cached there
   * and corrections are read from it. Without one, nothing is cached and corrections live in memory.
   */
  dataDir?: string | null;
  /**
   * Where files are parsed: worker threads (default; pages, PDFs and exports each stoppable, text
   * files in batches, read-pool.ts), or this thread.
   */
  extract?: 'pool' | 'here';
  isSample?: boolean;
  /** Called as files load: (loaded, total). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Files read at once: enough to keep the disk busy, few enough not to run out of handles. */
const CONCURRENCY = 32;

let pool: ExtractPool | null = null;

/** The thread's extraction pool, started on first use (its workers leave when idle). */
function extractPool(): ExtractPool {
  pool ??= new ExtractPool();
  return pool;
}

/** An id cut where `compareIds` reads it: its file and its row number. */
interface IdParts {
  id: ArticleId;
  file: string;
  row: number;
}

const partsOf = (id: ArticleId): IdParts => {
  const [file, row] = id.split('#');
  return { id, file: file!, row: Number(row ?? -1) };
};

const compareParts = (x: IdParts, y: IdParts): number => {
  if (x.file !== y.file) return x.file < y.file ? -1 : 1;
  return x.row - y.row || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
};

/** Orders ids as paths, with a file's rows in number order (`a.csv#2` before `a.csv#10`). */
export function compareIds(x: ArticleId, y: ArticleId): number {
  return compareParts(partsOf(x), partsOf(y));
}

/** `ids` in `compareIds` order, each id cut once rather than at every comparison. */
export function sortIds(ids: Iterable<ArticleId>): ArticleId[] {
  return [...ids]
    .map(partsOf)
    .sort(compareParts)
    .map((p) => p.id);
}

/** Whether `x` comes no later than `y` in `compareIds` order; ids of whole files compare as strings, uncut. */
const inOrder = (x: ArticleId, y: ArticleId): boolean => (x.includes('#') || y.includes('#') ? compareIds(x, y) <= 0 : x <= y);

/**
 * A folder's articles in the order the library lists them (path order, a file's rows by number):
 * `articles` itself when they are in that order already, as a folder served whole from its cache
 * is (sorting 100,000 ids cut each one and made a second map for nothing).
 */
export function inIdOrder(articles: Map<ArticleId, Article>): Map<ArticleId, Article> {
  let previous: ArticleId | null = null;
  let ordered = true;
  for (const id of articles.keys()) {
    if (previous !== null && !inOrder(previous, id)) {
      ordered = false;
      break;
    }
    previous = id;
  }
  return ordered ? articles : new Map(sortIds(articles.keys()).map((id) => [id, articles.get(id)!] as const));
}

/** Opens the folder at `root`; throws only when the folder itself cannot be read. */
export async function openCorpus(root: string, options: OpenOptions = {}): Promise<Corpus> {
  const absolute = resolve(root);
  const info = await stat(absolute);
  if (!info.isDirectory()) throw new Error(`${absolute} is not a folder`);
  // the cache's file is read while the folder is listed and its files stamped (its reads would
  // otherwise wait for the stamps, which hold this thread); each stamp is taken before its file
  // is read, so a change made meanwhile makes the entry stale
  const loading = options.dataDir ? FolderCache.load(options.dataDir, absolute) : null;
  let scan: Scan;
  let corrections: CorrectionStore;
  try {
    scan = await scanFolder(absolute);
    corrections = await new CorrectionStore(options.dataDir ?? null).load();
  } catch (error) {
    // the cache read meanwhile is let go with its open file (it never rejects)
    (await loading)?.release();
    throw error;
  }
  const reading: FileLoadOptions = {
    cache: options.dataDir ? new ExtractCache(options.dataDir) : null,
    extractor: options.extract === 'here' ? extractOnThisThread : (entry, bytes, name) => extractPool().extract(entry.format, bytes, name),
  };
  const stamps = loading ? stampsOf(scan.files.map((f) => f.path)) : null;
  const cache = await loading;
  const articles = new Map<ArticleId, Article>();
  const rejected = [...scan.rejected];
  const total = scan.files.length;
  let done = 0;
  const take = (loaded: LoadedFile) => {
    if (loaded.ok) {
      for (const article of loaded.articles) articles.set(article.id, article);
      rejected.push(...loaded.rejected);
    } else rejected.push(loaded.rejected);
  };
  // files served from the cache first, then text files parsed on the read pool while the other
  // formats go through their readers (and the extraction pool)
  const texts: { path: string; id: ArticleId; stamp: FileStamp | null }[] = [];
  const others: { path: string; id: ArticleId; stamp: FileStamp | null }[] = [];
  for (const [i, file] of scan.files.entries()) {
    options.signal?.throwIfAborted();
    const hit = stamps && cache?.getAt(file.id, stamps, i);
    if (hit) {
      for (const article of hit.articles) articles.set(article.id, article);
      if (hit.rejected.length > 0) rejected.push(...hit.rejected);
      options.onProgress?.(++done, total);
    } else (formatEntry(file.id) ? others : texts).push({ ...file, stamp: stamps && stampAt(stamps, i) });
  }
  let textsDone = 0;
  const readTexts = async () => {
    const loaded = await readTextFiles(texts, {
      here: options.extract === 'here',
      signal: options.signal,
      onProgress: (n) => options.onProgress?.(done + (textsDone = n), total),
    });
    loaded.forEach((one, i) => {
      const file = texts[i]!;
      const asFile: LoadedFile = one.ok ? { ok: true, articles: [one.article], rejected: [] } : one;
      if (asFile.ok) cache?.set(file.id, file.stamp, asFile);
      take(asFile);
    });
  };
  let next = 0;
  const readOthers = async () => {
    while (next < others.length) {
      options.signal?.throwIfAborted();
      const file = others[next++]!;
      const loaded = await loadFile(file.path, file.id, reading);
      if (loaded.ok) cache?.set(file.id, file.stamp, loaded);
      take(loaded);
      options.onProgress?.(++done + textsDone, total);
    }
  };
  await Promise.all([readTexts(), ...Array.from({ length: CONCURRENCY }, readOthers)]);
  // taken before the settling below changes articles in place (folder-cache.ts)
  const saving = cache?.save();
  // loading finished out of order; the library lists articles in path order
  const sorted = inIdOrder(articles);
  rejected.sort((x, y) => compareIds(x.path, y.path));
  settleFolder(sorted.values(), corrections);
  await saving;
  return { root: absolute, name: basename(absolute), isSample: options.isSample ?? false, articles: sorted, rejected, corrections, reading };
}

/** An article's metadata without its text and blocks. */
export function metaOf(article: Article): ArticleMeta {
  const { text: _text, blocks: _blocks, encoding: _encoding, dateClues: _clues, ...meta } = article;
  return meta;
}

function* first<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const item of items) {
    yield item;
    if (--n === 0) return;
  }
}

/** Every article of a corpus as lists show it. */
export function corpusListing(corpus: Corpus): ArticleListing {
  return toListing(corpus.articles.values());
}

/** The contract's view of a corpus: its first articles as lists show them, the refused files. */
export function corpusInfo(corpus: Corpus): CorpusInfo {
  return {
    root: corpus.root,
    name: corpus.name,
    isSample: corpus.isSample,
    articleCount: corpus.articles.size,
    head: toListing(first(corpus.articles.values(), HEAD_ROWS)),
    rejected: corpus.rejected,
  };
}
