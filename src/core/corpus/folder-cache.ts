/**
 * The parsed articles of a folder, kept in one file of the app's data directory, so that a folder
 * opened again is not read and parsed file by file: each file's articles (text, blocks, what it
 * says of itself) are served again while the file's size, times and inode are those it had when
 * it was parsed, and the cache was written by the same version of the readers. Anything else (a
 * file changed, renamed, added; a reader changed) is read from the file as before. The corpus
 * folder is never written.
 *
 * One file read at once beats a file per article here: at 20,000 articles the per-file reads and
 * their hashing alone cost more than parsing the whole cache. Its layout (folder-cache-layout.ts)
 * keeps what every opening needs (each article's fields) in a JSON header and the rest (blocks,
 * texts) in tables and chunks that are read as articles are (cached-articles.ts). The header and
 * its parts are JSON in ASCII alone, read as Latin-1 (a copy) rather than decoded from UTF-8.
 */
import { createHash } from 'node:crypto';
import { close, fstat, open } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Article, RejectedFile } from '../../shared/article';
import { blocksIn, CachedArticles, placeOf, readFully, type ChunkPlace } from './cached-articles';
import { layTexts, type ChunkSource } from './folder-cache-texts';
import { sameStampAt, stampAt, type FileStamp } from './file-stamps';
import { encodeTables, layoutOf, MAGIC, readTables, tableBytes, type ArticleFields, type CacheEntry, type CacheHeader, type CacheLists, type CacheTables } from './folder-cache-layout';
import { validHeader, validLists } from './folder-cache-check';
import { encodeParts, readParts } from './folder-cache-parts';
import { EXTRACT_VERSION } from './formats/extract-cache';
import { PARSE_VERSION } from './parse-article';
import { asciiJson } from './text-block';

export { stampOf, stampsOf, stampAt, type FileStamp } from './file-stamps';

/** What a file's articles were read with: a cache of another version is ignored whole. */
export const CACHE_VERSION = `p${PARSE_VERSION}.e${EXTRACT_VERSION}`;

/**
 * A file written twice within the file system's clock tick keeps its modification time: a file
 * modified this recently when it is read is not kept, so its next open reads it again (git's
 * "racy" rule). An older one changed later gets a later time; one whose time is set back by hand
 * (`touch -d`, `rsync -t`) still changes its status-change time, which the stamp holds too.
 */
export const SETTLE_MS = 3000;

/** The articles one file gave, and the rows it refused. */
export interface FileArticles {
  articles: Article[];
  rejected: RejectedFile[];
}

const openFile = promisify(open);
const closeFile = promisify(close);
const statFile = promisify(fstat);
/** `length` bytes of `fd` from `position`, in memory of their own (so views of any width fit), or null when the file is shorter. */
async function readAt(fd: number, position: number, length: number): Promise<Buffer | null> {
  const bytes = Buffer.from(new ArrayBuffer(length));
  return (await readFully(fd, bytes, length, position)) ? bytes : null;
}

/**
 * An article's fields other than its text and blocks, neither read: a served article reads them
 * from the cache file when asked (a destructuring that left them out still asked, and made every
 * text and block of the folder when one file changed).
 */
function fieldsOf(article: Article): ArticleFields {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'text' && key !== 'blocks') fields[key] = article[key as keyof Article];
  return fields as ArticleFields;
}

/** Where each chunk of texts lies in the file. */
function chunkPlaces(lengths: readonly number[], at: number, wide: boolean): ChunkPlace[] {
  const width = wide ? 2 : 1;
  return lengths.map((chars) => ({ at: (at += chars * width) - chars * width, bytes: chars * width, wide }));
}

export class FolderCache {
  private header: CacheHeader | null = null;
  private lists: CacheLists | null = null;
  private tables: CacheTables | null = null;
  /** Each file's number in the cache. */
  private readonly numbers = new Map<string, number>();
  /** The rows each file refused, by its number (most refused none). */
  private refused = new Map<number, RejectedFile[]>();
  /** Per file, 1 once served: a served file is written again as it was (no object made per file for it). */
  private served = new Uint8Array(0);
  private used = 0;
  private store: CachedArticles | null = null;
  /** Files read afresh, to write. */
  private readonly fresh = new Map<string, { stamp: FileStamp; loaded: FileArticles }>();

  private constructor(
    private readonly path: string,
    private readonly root: string,
    private readonly version: string,
  ) {}

  /**
   * The cache of the folder at `root` (absolute), read from `dataDir`; empty when there is none or
   * it cannot be read, or any part of it is out of place. `version` is for tests.
   */
  static async load(dataDir: string, root: string, options: { version?: string } = {}): Promise<FolderCache> {
    const name = createHash('sha1').update(root).digest('hex');
    const cache = new FolderCache(join(dataDir, 'folders', `${name}.bin`), root, options.version ?? CACHE_VERSION);
    let fd: number;
    try {
      fd = await openFile(cache.path, 'r');
    } catch {
      return cache;
    }
    try {
      const size = (await statFile(fd)).size;
      const start = size >= 8 ? await readAt(fd, 0, 8) : null;
      if (!start || start.toString('latin1', 0, 4) !== MAGIC || 8 + start.readUInt32LE(4) > size) return cache;
      const length = start.readUInt32LE(4);
      // written in ASCII alone (asciiJson): read as Latin-1, a copy, not a decoding
      const header = JSON.parse((await readAt(fd, 8, length))!.toString('latin1')) as CacheHeader;
      if (!validHeader(header, cache.version, root)) return cache;
      const layout = layoutOf(length, header);
      if (layout.total !== size) return cache;
      const read = (into: Buffer, n: number, position: number) => readFully(fd, into, n, position);
      const files = await readParts(header.fileParts, layout.partsAt, read);
      const articles = files && (await readParts(header.articleParts, layout.articlesAt, read));
      if (!validLists(files, articles, header)) return cache;
      const lists: CacheLists = { files: files as string[], articles: articles as ArticleFields[] };
      const bytes = await readAt(fd, layout.tablesAt, layout.narrowAt - layout.tablesAt);
      const tables = bytes && readTables(bytes, header);
      if (!tables) return cache;
      const narrow = chunkPlaces(header.narrow, layout.narrowAt, false);
      const wide = chunkPlaces(header.wide, layout.wideAt, true);
      cache.store = new CachedArticles(fd, narrow, wide, tables, header.reasons);
      cache.header = header;
      cache.lists = lists;
      cache.tables = tables;
      cache.served = new Uint8Array(header.files);
      cache.refused = new Map(header.rejected);
      lists.files.forEach((id, n) => cache.numbers.set(id, n));
    } catch {
      // a damaged cache is a cache of nothing
      cache.numbers.clear();
      cache.store = null;
    } finally {
      // the store owns the file from here (its texts are read from it)
      if (!cache.store) await closeFile(fd).catch(() => undefined);
    }
    return cache;
  }

  /** Lets the cache's file go at once, for an opening that failed (otherwise it closes once its texts are read or collected). */
  release(): void {
    this.store?.release();
  }

  /** The articles of file `id`, when its stamp now is the one they were read under. */
  get(id: string, stamp: FileStamp | null): FileArticles | null {
    return stamp ? this.getAt(id, Float64Array.of(stamp.size, stamp.mtime, stamp.ctime, stamp.ino), 0) : null;
  }

  /** The articles of file `id`, when its stamp now (stamp `i` of `stamps`, file-stamps.ts) is the one they were read under. */
  getAt(id: string, stamps: Float64Array, i: number): FileArticles | null {
    const n = this.numbers.get(id);
    if (n === undefined || !this.store || !sameStampAt(this.tables!.stamps, n, stamps, i)) return null;
    const first = this.tables!.fileAt[n]!;
    const end = this.tables!.fileAt[n + 1]!;
    const fields = this.lists!.articles;
    // the header's own objects become the articles: copying 100,000 of them field by field cost seconds
    if (!this.served[n]) {
      for (let k = first; k < end; k++) this.store.article(fields[k]!, k);
      this.served[n] = 1;
      this.used++;
    }
    return { articles: fields.slice(first, end) as Article[], rejected: this.refused.get(n) ?? [] };
  }

  /** Records what file `id` gave when read under `stamp` (taken before it was read). */
  set(id: string, stamp: FileStamp | null, loaded: FileArticles): void {
    if (!stamp || stamp.mtime > Date.now() - SETTLE_MS) return;
    this.fresh.set(id, { stamp, loaded });
  }

  /** Whether what was recorded differs from what was loaded, so the file is worth writing. */
  get changed(): boolean {
    return this.fresh.size > 0 || this.numbers.size !== this.used;
  }

  /**
   * Writes the recorded files (and only those: files gone from the folder leave the cache). The
   * articles are taken as they are when this is called, before the first await: the folder's
   * settling rewrites titles, outlets and dates in place afterwards, and the cache keeps what each
   * file says of itself.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const entries: CacheEntry[] = [...this.fresh].map(([id, { stamp, loaded }]) => ({ id, ...stamp, ...loaded }));
    this.lists?.files.forEach((id, n) => {
      if (this.served[n] && !this.fresh.has(id)) entries.push({ id, ...stampAt(this.tables!.stamps, n)!, ...this.getAt(id, this.tables!.stamps, n)! });
    });
    entries.sort((x, y) => (x.id < y.id ? -1 : 1));
    // texts still in the old file stay in its chunks, copied as they are (folder-cache-texts.ts)
    const store = this.store;
    const texts = layTexts(
      entries.flatMap((e) => e.articles),
      (article) => (store ? placeOf(article, store) : null),
      { narrow: this.header?.narrow ?? [], wide: this.header?.wide ?? [] },
    );
    const { tables, blocks, markup, reasons, narrow, wide } = encodeTables(entries, texts, (article) => (store ? blocksIn(article, store) : null));
    const files = encodeParts(entries.map((e) => e.id));
    const articles = encodeParts(entries.flatMap((e) => e.articles.map(fieldsOf)));
    const fields = {
      files: entries.length,
      articles: entries.reduce((n, e) => n + e.articles.length, 0),
      fileParts: files.lengths,
      articleParts: articles.lengths,
      rejected: entries.flatMap((e, n): [number, RejectedFile[]][] => (e.rejected.length > 0 ? [[n, e.rejected]] : [])),
      blocks,
      markup,
      reasons,
      narrow,
      wide,
    };
    const header = Buffer.from(asciiJson({ version: this.version, root: this.root, ...fields } satisfies CacheHeader), 'latin1');
    const layout = layoutOf(header.length, fields);
    const start = Buffer.alloc(8);
    start.write(MAGIC, 0, 'latin1');
    start.writeUInt32LE(header.length, 4);
    const tableParts = tableBytes(tables);
    const tablesEnd = layout.tablesAt + tableParts.reduce((n, b) => n + b.byteLength, 0);
    const narrowEnd = layout.narrowAt + narrow.reduce((a, b) => a + b, 0);
    // texts are encoded (or copied) a chunk at a time as they are written, never all at once
    const chunk = (source: ChunkSource, wide: boolean) =>
      'old' in source ? store!.chunkBytes(wide, source.old) : Buffer.from(source.texts.join(''), wide ? 'utf16le' : 'latin1');
    async function* body(): AsyncGenerator<Uint8Array> {
      yield start;
      yield header;
      yield* files.bytes;
      yield* articles.bytes;
      yield Buffer.alloc(layout.tablesAt - layout.articlesAt - articles.lengths.reduce((a, b) => a + b, 0));
      yield* tableParts;
      yield Buffer.alloc(layout.narrowAt - tablesEnd);
      for (const source of texts.narrow) yield await chunk(source, false);
      yield Buffer.alloc(layout.wideAt - narrowEnd);
      for (const source of texts.wide) yield await chunk(source, true);
    }
    const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    store?.pin();
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, body());
      await rename(temporary, this.path);
    } catch {
      // a cache that cannot be written only costs a parse next time
      await rm(temporary, { force: true });
    } finally {
      store?.unpin();
    }
  }
}
