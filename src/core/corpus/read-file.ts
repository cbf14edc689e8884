/**
 * Reading an article file's bytes, refusing anything that is not a regular file before a byte is
 * read. A named pipe in the folder (`mkfifo p.txt`) would otherwise block the read forever, and
 * every change queued behind it with it; a device could be endless. The file is opened without
 * blocking and without following a link, and the open handle (not the path, which could be
 * swapped meanwhile) is what is checked, so no name can slip a pipe or a link in between.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/**
 * The reason given for a symbolic link inside a corpus, wherever it is met. (Kept here, and not
 * beside the loader: the scan and the search command line read files without the parser.)
 */
export const SYMLINK_REASON = 'symbolic link (not followed)';

/** Files above this size are not articles (a book, a dump, a log) and are refused unread. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type FileBytes = { ok: true; bytes: Buffer; size: number; mtime: number } | { ok: false; reason: string };

export interface ReadOptions {
  /**
   * Read through a symbolic link. Off inside a corpus, where a link could lead out of the folder
   * the user opened; on for a file the user names on the command line.
   */
  followLinks?: boolean;
  /** Largest file read, in bytes (MAX_ARTICLE_BYTES unless a format allows more, as a saved page). */
  maxBytes?: number;
}

// O_NONBLOCK makes opening a pipe return at once instead of waiting for a writer; O_NOFOLLOW
// makes opening a link fail (ELOOP). Windows has neither (and no pipes in folders): there the
// link is looked for first.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** What a file system entry is, when it is not a regular file; null for a regular file. */
export function notRegular(info: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isSymbolicLink'>): string | null {
  if (info.isFile()) return null;
  if (info.isSymbolicLink()) return SYMLINK_REASON;
  if (info.isDirectory()) return 'a folder, not a file';
  if (info.isFIFO()) return 'not a regular file (a named pipe)';
  if (info.isSocket()) return 'not a regular file (a socket)';
  return 'not a regular file (a device)';
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(size: number, limit = MAX_ARTICLE_BYTES): string | null {
  return size > limit ? `too large (${megabytes(size)}; the limit is ${limit / 1024 / 1024} MB)` : null;
}

/** The reason for a file that has gone: not a refusal to list, the file is simply no longer there. */
export const NOT_FOUND_REASON = 'file not found';

/** Why a file could not be read, in words for the refused list. */
export function describeReadError(error: unknown, followLinks = false): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return NOT_FOUND_REASON;
  if (code === 'EISDIR') return 'a folder, not a file';
  // a socket cannot be opened at all; a link met with O_NOFOLLOW fails with ELOOP
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') return 'not a regular file (a socket)';
  if (code === 'ELOOP' && !followLinks) return SYMLINK_REASON;
  return `could not read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

const flags = (options: ReadOptions) => constants.O_RDONLY | O_NONBLOCK | (options.followLinks ? 0 : O_NOFOLLOW);

/** The bytes of the regular file at `path`, or why it is not read. Never blocks on a pipe. */
export async function readArticleBytes(path: string, options: ReadOptions = {}): Promise<FileBytes> {
  try {
    if (!options.followLinks && !O_NOFOLLOW && (await lstat(path)).isSymbolicLink()) return { ok: false, reason: SYMLINK_REASON };
    const handle = await open(path, flags(options));
    try {
      const info = await handle.stat();
      const refused = notRegular(info) ?? tooLarge(info.size, options.maxBytes);
      if (refused) return { ok: false, reason: refused };
      return { ok: true, bytes: await handle.readFile(), size: info.size, mtime: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: describeReadError(error, options.followLinks) };
  }
}

/** The same, synchronously (the command line's snippets read a few files in the middle of ranking). */
export function readArticleBytesSync(path: string, options: ReadOptions = {}): FileBytes {
  let fd: number | null = null;
  try {
    if (!options.followLinks && !O_NOFOLLOW && lstatSync(path).isSymbolicLink()) return { ok: false, reason: SYMLINK_REASON };
    fd = openSync(path, flags(options));
    const info = fstatSync(fd);
    const refused = notRegular(info) ?? tooLarge(info.size, options.maxBytes);
    if (refused) return { ok: false, reason: refused };
    return { ok: true, bytes: readFileSync(fd), size: info.size, mtime: info.mtimeMs };
  } catch (error) {
    return { ok: false, reason: describeReadError(error, options.followLinks) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
