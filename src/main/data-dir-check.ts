/**
 * Whether Parallax can write its settings and caches, asked before anything else touches the data
 * directory. Electron keeps its single-instance lock there as well, so an unwritable directory would
 * otherwise end the app without a word (the lock is refused) or leave it without a window; asked
 * first, the user gets one message that names the directory and the way around it.
 * Plain Node (no Electron): tested as is.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The message for a data directory Parallax cannot write to. */
export function unwritableDataDirMessage(dir: string, reason: string): string {
  return (
    `Parallax cannot write to its data directory ${dir} (${reason}). ` +
    'Make that folder writable, or set PARALLAX_DATA_DIR to a folder Parallax can write to.'
  );
}

/** Null when `dir` exists (or can be made) and takes a file; otherwise the message to show. */
export function dataDirProblem(dir: string): string | null {
  const probe = join(dir, `.parallax-write-test-${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return unwritableDataDirMessage(dir, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}
