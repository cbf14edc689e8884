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
 * in two blocks: those whose every character fits in a byte as Latin-1, the others as UTF-16
 * (which carries any string, lone surrogates included). Each block is read back as one string
 * and each text is a slice of it: a string that large lives outside the JavaScript heap and a
 * slice shares its characters, so 100,000 texts cost no copy, no decoding and nothing for the
 * garbage collector to walk (decoding them one by one from UTF-8, and collecting the garbage that
 * made, was most of the time of reopening such a folder). The header is JSON in ASCII alone, read
 * as Latin-1 (a copy) rather than decoded from UTF-8.
 */
import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, RejectedFile } from '../../shared/article';
import { EXTRACT_VERSION } from './formats/extract-cache';
import { PARSE_VERSION } from './parse-article';
import { asciiJson } from './text-block';

/** What a file's articles were read with: a cache of another version is ignored whole. */
export const CACHE_VERSION = `p${PARSE_VERSION}.e${EXTRACT_VERSION}`;

const MAGIC = 'PXF4';

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

/** A text's place: `[start, end]` in the Latin-1 block, or `[start, end, 1]` in the UTF-16 block (in characters). */
type TextSpan = [number, number] | [number, number, 1];

interface Entry extends FileStamp {
  id: string;
  /** Each article without its text. */
  articles: Omit<Article, 'text'>[];
  /** Each article's text. */
  texts: TextSpan[];
  rejected: RejectedFile[];
}

interface Header {
  version: string;
  root: string;
  /** Characters (and bytes) of the Latin-1 block; the UTF-16 block follows it, from an even offset. */
  narrow: number;
  /** Characters of the UTF-16 block. */
  wide: number;
  files: Entry[];
}

/** Characters past one byte: such a text goes to the UTF-16 block. */
const WIDE = /[^\u0000-\u00ff]/;

/** Whether a parsed header's entries are whole and their spans lie inside the blocks. */
function validEntries(header: Header): boolean {
  const inside = (t: unknown) => {
    if (!Array.isArray(t) || (t.length !== 2 && !(t.length === 3 && t[2] === 1))) return false;
    const [start, end] = t as number[];
    const limit = t.length === 2 ? header.narrow : header.wide;
    return Number.isInteger(start) && Number.isInteger(end) && 0 <= start! && start! <= end! && end! <= limit;
  };
  return header.files.every(
    (e) => typeof e?.id === 'string' && Array.isArray(e.articles) && Array.isArray(e.texts) && e.texts.length === e.articles.length && Array.isArray(e.rejected) && e.texts.every(inside),
  );
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

const evenUp = (n: number) => n + (n & 1);

/** Characters encoded per write. */
const CHUNK = 1 << 22;

/** `texts` encoded back to back, in buffers of about `CHUNK` characters. */
function* chunks(texts: string[], encoding: 'latin1' | 'utf16le'): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const text of texts) {
    batch.push(text);
    length += text.length;
    if (length >= CHUNK) {
      yield Buffer.from(batch.join(''), encoding);
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield Buffer.from(batch.join(''), encoding);
}

const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;

export class FolderCache {
  private readonly entries = new Map<string, Entry>();
  /** The two text blocks, each one string (see the top of this file). */
  private narrow = '';
  private wide = '';
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
      // written in ASCII alone (asciiJson): read as Latin-1, a copy, not a decoding
      const header = JSON.parse(bytes.toString('latin1', 8, 8 + length)) as Header;
      if (header.version !== cache.version || header.root !== root || !Array.isArray(header.files)) return cache;
      const narrowAt = 8 + length;
      const wideAt = evenUp(narrowAt + header.narrow);
      if (!Number.isInteger(header.narrow) || !Number.isInteger(header.wide) || wideAt + 2 * header.wide !== bytes.length || !validEntries(header)) return cache;
      cache.narrow = bytes.toString('latin1', narrowAt, narrowAt + header.narrow);
      cache.wide = bytes.toString('utf16le', wideAt, wideAt + 2 * header.wide);
      for (const entry of header.files) cache.entries.set(entry.id, entry);
    } catch {
      // a damaged cache is a cache of nothing
      cache.entries.clear();
    }
    return cache;
  }

  /** The articles of file `id`, when its stamp now is the one they were read under. */
  get(id: string, stamp: FileStamp | null): FileArticles | null {
    const entry = this.entries.get(id);
    if (!entry || !stamp || !sameStamp(entry, stamp)) return null;
    // the header's own objects become the articles: copying 100,000 of them field by field cost seconds
    const articles = entry.articles as Article[];
    for (let k = 0; k < articles.length; k++) {
      const t = entry.texts[k]!;
      articles[k]!.text = (t.length === 2 ? this.narrow : this.wide).slice(t[0], t[1]);
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
    const narrow: string[] = [];
    const wide: string[] = [];
    let narrowAt = 0;
    let wideAt = 0;
    for (const [id, { stamp, loaded }] of [...this.fresh].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const spans = loaded.articles.map(({ text }): TextSpan => {
        if (WIDE.test(text)) {
          wide.push(text);
          wideAt += text.length;
          return [wideAt - text.length, wideAt, 1];
        }
        narrow.push(text);
        narrowAt += text.length;
        return [narrowAt - text.length, narrowAt];
      });
      const articles = loaded.articles.map(({ text: _text, ...rest }) => rest);
      files.push({ id, ...stamp, articles, texts: spans, rejected: loaded.rejected });
    }
    const header = Buffer.from(asciiJson({ version: this.version, root: this.root, narrow: narrowAt, wide: wideAt, files } satisfies Header), 'latin1');
    const start = Buffer.alloc(8);
    start.write(MAGIC, 0, 'latin1');
    start.writeUInt32LE(header.length, 4);
    const pad = Buffer.alloc(evenUp(8 + header.length + narrowAt) - (8 + header.length + narrowAt));
    // texts are encoded as they are written, never all at once, and a few megabytes at a time:
    // a write per text was 100,000 writes
    function* body(): Generator<Buffer> {
      yield start;
      yield header;
      yield* chunks(narrow, 'latin1');
      yield pad;
      yield* chunks(wide, 'utf16le');
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
