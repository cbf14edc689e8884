/**
 * What a file's cached articles are valid for: its size, times and inode as the file system
 * reports them. Reopening a folder of 100,000 files checks 100,000 of them, on the opening
 * thread and synchronously: asked of Node's I/O threads instead (`fs.lstat` with a callback, a
 * few dozen at a time) the same stamps cost that thread twice the time (1.1 s against 0.45-0.57 s
 * for 100,000 files, measured side by side on a loaded two-core machine), the hand-off to and from the
 * I/O threads costing more than the system call. A missing file is answered without an error
 * made and thrown for it.
 */
import { lstatSync } from 'node:fs';

/** The stamp a file's entry is valid for. */
export interface FileStamp {
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
}

/** The stamp of the file at `path` now, or null when it is no longer a regular file. */
export function stampOf(path: string): FileStamp | null {
  try {
    const s = lstatSync(path, { throwIfNoEntry: false });
    return s?.isFile() ? { size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs, ino: s.ino } : null;
  } catch {
    return null;
  }
}

/**
 * The stamps of the files at `paths` now, in their order, as `[size, mtime, ctime, ino]` each
 * (all NaN where a file is no longer a regular file): numbers, not an object per file, as the
 * folder cache keeps them too.
 */
export function stampsOf(paths: readonly string[]): Float64Array {
  const table = new Float64Array(4 * paths.length).fill(NaN);
  paths.forEach((path, i) => {
    try {
      const s = lstatSync(path, { throwIfNoEntry: false });
      if (s?.isFile()) table.set([s.size, s.mtimeMs, s.ctimeMs, s.ino], 4 * i);
    } catch {
      // no stamp: the file is read, and then refused
    }
  });
  return table;
}

/** Stamp `i` of a table of stamps, or null when there is none. */
export function stampAt(table: Float64Array, i: number): FileStamp | null {
  const size = table[4 * i]!;
  return Number.isNaN(size) ? null : { size, mtime: table[4 * i + 1]!, ctime: table[4 * i + 2]!, ino: table[4 * i + 3]! };
}

/** Whether stamp `i` of table `a` and stamp `j` of table `b` are of the same file in the same state (never where either is missing). */
export function sameStampAt(a: Float64Array, i: number, b: Float64Array, j: number): boolean {
  return a[4 * i] === b[4 * j] && a[4 * i + 1] === b[4 * j + 1] && a[4 * i + 2] === b[4 * j + 2] && a[4 * i + 3] === b[4 * j + 3];
}

/** Whether two stamps are of the same file in the same state. */
export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
