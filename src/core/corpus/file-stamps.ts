/**
 * What a file's cached articles are valid for: its size, times and inode as the file system
 * reports them. Reopening a folder of 100,000 files checks 100,000 of them: asked one by one on
 * the opening thread (`lstatSync`) that was over a second of its time, so they are asked a few
 * dozen at a time of Node's I/O threads, which answer while the opening thread reads the cache.
 */
import { lstat, lstatSync, type Stats } from 'node:fs';

/** The stamp a file's entry is valid for. */
export interface FileStamp {
  size: number;
  mtime: number;
  ctime: number;
  ino: number;
}

/** Stamps asked for at once: enough to keep every I/O thread busy, few enough to bound what waits. */
export const STAMP_CONCURRENCY = 64;

const stampFrom = (s: Stats): FileStamp | null => (s.isFile() ? { size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs, ino: s.ino } : null);

/** The stamp of the file at `path` now, or null when it is no longer a regular file. */
export function stampOf(path: string): FileStamp | null {
  try {
    return stampFrom(lstatSync(path));
  } catch {
    return null;
  }
}

/** The stamps of the files at `paths` now, in their order (null where a file is no longer a regular file). */
export function stampsOf(paths: readonly string[], concurrency = STAMP_CONCURRENCY): Promise<(FileStamp | null)[]> {
  const stamps = new Array<FileStamp | null>(paths.length).fill(null);
  if (paths.length === 0) return Promise.resolve(stamps);
  return new Promise((resolve) => {
    let next = 0;
    let finished = 0;
    // callbacks rather than fs.promises: no promise to make and settle per file
    const ask = () => {
      const i = next++;
      lstat(paths[i]!, (error, s) => {
        if (!error) stamps[i] = stampFrom(s);
        if (++finished === paths.length) resolve(stamps);
        else if (next < paths.length) ask();
      });
    };
    for (let k = 0; k < Math.min(concurrency, paths.length); k++) ask();
  });
}

/** Whether two stamps are of the same file in the same state. */
export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
