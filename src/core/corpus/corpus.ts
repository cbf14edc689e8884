/**
 * An opened folder: every article loaded, every refused file listed with its reason. Reading is
 * strictly read-only; nothing is ever written below the root.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Article, ArticleId, ArticleMeta, CorpusInfo, RejectedFile } from '../../shared/article';
import { loadArticle } from './load-article';
import { scanFolder } from './scan';

export interface Corpus {
  root: string;
  name: string;
  isSample: boolean;
  articles: Map<ArticleId, Article>;
  rejected: RejectedFile[];
}

export interface OpenOptions {
  isSample?: boolean;
  /** Called as files load: (loaded, total). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Files read at once: enough to keep the disk busy, few enough not to run out of handles. */
const CONCURRENCY = 32;

/** Opens the folder at `root`; throws only when the folder itself cannot be read. */
export async function openCorpus(root: string, options: OpenOptions = {}): Promise<Corpus> {
  const absolute = resolve(root);
  const info = await stat(absolute);
  if (!info.isDirectory()) throw new Error(`${absolute} is not a folder`);
  const scan = await scanFolder(absolute);
  const articles = new Map<ArticleId, Article>();
  const rejected = [...scan.rejected];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < scan.files.length) {
      options.signal?.throwIfAborted();
      const file = scan.files[next++]!;
      const loaded = await loadArticle(file.path, file.id);
      if (loaded.ok) articles.set(file.id, loaded.article);
      else rejected.push(loaded.rejected);
      options.onProgress?.(++done, scan.files.length);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // loading finished out of order; the library lists articles in path order
  const sorted = new Map([...articles.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  rejected.sort((x, y) => (x.path < y.path ? -1 : 1));
  return { root: absolute, name: basename(absolute), isSample: options.isSample ?? false, articles: sorted, rejected };
}

/** An article's metadata without its text and blocks. */
export function metaOf(article: Article): ArticleMeta {
  const { id, title, titleSource, outlet, date, dateText, words, bytes, modified } = article;
  return { id, title, titleSource, outlet, date, dateText, words, bytes, modified };
}

/** The contract's view of a corpus: metadata of every article, the refused files. */
export function corpusInfo(corpus: Corpus): CorpusInfo {
  return {
    root: corpus.root,
    name: corpus.name,
    isSample: corpus.isSample,
    articles: [...corpus.articles.values()].map(metaOf),
    rejected: corpus.rejected,
  };
}
