/**
 * The parsed articles of a folder, kept in one file of the app's data directory, so that a folder
 * opened again is not read and parsed file by file: each file's articles (text, blocks, what it
 * says of itself) are served again while the file's size, times and inode are those it had when
 * it was parsed, and the cache was written by the same version of the readers. Anything else (a
 * file changed, renamed, added; a reader changed) is read from the file as before. The corpus
 * folder is never written.
 *
 * One file read at once beats a file per article here: at 20,000 articles the per-file reads and
 * their hashing alone cost more than parsing the whole cache. The texts sit after a JSON header
 * as one UTF-8 block, so the header parses small and each text is one slice of the block.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, RejectedFile } from '../../shared/article';
import { EXTRACT_VERSION } from './formats/extract-cache';
import { PARSE_VERSION } from './parse-article';

/** What a file's articles were read with: a cache of another version is ignored whole. */
export const CACHE_VERSION = `p${PARSE_VERSION}.e${EXTRACT_VERSION}`;

const MAGIC = 'PXF2';

/**
 * A file written twice within the file system's clock tick keeps its modification time: a file
 * modified this recently when it is read is not kept, so its next open reads it again (git's
 * "racy" rule). An older one changed later gets a later time; one whose time is set back by hand
 * (`touch -d`, `rsync -t`) still changes its status-change time, which the stamp holds too.
 */
export const SETTLE_MS = 3000;

/** The stamp a file's entry is valid for. */
export interface FileStamp {
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
}

/** The articles one file gave, and the rows it refused. */
export interface FileArticles {
  articles: Article[];
  rejected: RejectedFile[];
}

interface Entry extends FileStamp {
  id: string;
  /** Each article without its text. */
  articles: Omit<Article, 'text'>[];
  /** Each article's text: its byte range in the text block, or the text itself. */
  texts: ([number, number] | string)[];
  rejected: RejectedFile[];
}

interface Header {
  version: string;
  root: string;
  files: Entry[];
}

/** The stamp of the file at `path` now, or null when it is no longer a regular file. */
export function stampOf(path: string): FileStamp | null {
  try {
    const s = lstatSync(path);
    return s.isFile() ? { size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs, ino: s.ino } : null;
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;

export class FolderCache {
  private readonly entries = new Map<string, { entry: Entry; texts: Buffer }>();
  private readonly fresh = new Map<string, { stamp: FileStamp; loaded: FileArticles }>();
  private used = 0;

  private constructor(
    private readonly path: string,
    private readonly root: string,
    private readonly version: string,
  ) {}

  /**
   * The cache of the folder at `root` (absolute), read from `dataDir`; empty when there is none or
   * it cannot be read. `version` is for tests.
   */
  static async load(dataDir: string, root: string, options: { version?: string } = {}): Promise<FolderCache> {
    const name = createHash('sha1').update(root).digest('hex');
    const cache = new FolderCache(join(dataDir, 'folders', `${name}.bin`), root, options.version ?? CACHE_VERSION);
    let bytes: Buffer;
    try {
      bytes = await readFile(cache.path);
    } catch {
      return cache;
    }
    try {
      if (bytes.toString('latin1', 0, 4) !== MAGIC) return cache;
      const length = bytes.readUInt32LE(4);
      const header = JSON.parse(bytes.toString('utf8', 8, 8 + length)) as Header;
      if (header.version !== cache.version || header.root !== root || !Array.isArray(header.files)) return cache;
      const texts = bytes.subarray(8 + length);
      for (const entry of header.files) cache.entries.set(entry.id, { entry, texts });
    } catch {
      // a damaged cache is a cache of nothing
      cache.entries.clear();
    }
    return cache;
  }

  /** The articles of file `id`, when its stamp now is the one they were read under. */
  get(id: string, stamp: FileStamp | null): FileArticles | null {
    const found = this.entries.get(id);
    if (!found || !stamp || !sameStamp(found.entry, stamp)) return null;
    const { entry, texts } = found;
    // the header's own objects become the articles: copying 100,000 of them field by field cost seconds
    const articles = entry.articles as Article[];
    for (let k = 0; k < articles.length; k++) {
      const t = entry.texts[k]!;
      articles[k]!.text = typeof t === 'string' ? t : texts.toString('utf8', t[0], t[1]);
    }
    this.fresh.set(id, { stamp, loaded: { articles, rejected: entry.rejected } });
    this.used++;
    return { articles, rejected: entry.rejected };
  }

  /** Records what file `id` gave when read under `stamp` (taken before it was read). */
  set(id: string, stamp: FileStamp | null, loaded: FileArticles): void {
    if (!stamp || stamp.mtime > Date.now() - SETTLE_MS) return;
    this.fresh.set(id, { stamp, loaded });
  }

  /** Whether what was recorded differs from what was loaded, so the file is worth writing. */
  get changed(): boolean {
    return this.fresh.size !== this.used || this.entries.size !== this.used;
  }

  /**
   * Writes the recorded files (and only those: files gone from the folder leave the cache). The
   * articles are taken as they are when this is called, before the first await: the folder's
   * settling rewrites titles, outlets and dates in place afterwards, and the cache keeps what each
   * file says of itself.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const files: Entry[] = [];
    const texts: string[] = [];
    let at = 0;
    for (const [id, { stamp, loaded }] of [...this.fresh].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const spans = loaded.articles.map(({ text }): [number, number] | string => {
        // UTF-8 cannot carry a lone surrogate (a JSON row may hold one): such a text stays in the header
        if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) return text;
        const length = Buffer.byteLength(text, 'utf8');
        texts.push(text);
        at += length;
        return [at - length, at];
      });
      const articles = loaded.articles.map(({ text: _text, ...rest }) => rest);
      files.push({ id, ...stamp, articles, texts: spans, rejected: loaded.rejected });
    }
    const header = Buffer.from(JSON.stringify({ version: this.version, root: this.root, files } satisfies Header), 'utf8');
    const start = Buffer.alloc(8);
    start.write(MAGIC, 0, 'latin1');
    start.writeUInt32LE(header.length, 4);
    // texts are encoded as they are written, never all at once
    function* body(): Generator<Buffer> {
      yield start;
      yield header;
      for (const text of texts) yield Buffer.from(text, 'utf8');
    }
    const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temporary, body());
      await rename(temporary, this.path);
    } catch {
      // a cache that cannot be written only costs a parse next time
      await rm(temporary, { force: true });
    }
  }
}
