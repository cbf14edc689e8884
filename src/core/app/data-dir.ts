/**
 * Where Parallax keeps caches, indexes and settings: never in the corpus folder. The same place
 * Electron's `app.getPath('userData')` gives for an app named Parallax, so the CLI, the browser
 * host and the desktop app share one cache. `PARALLAX_DATA_DIR` overrides it (tests, benchmarks).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Parallax';

/** The platform's per-user application data folder for Parallax. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, os: string = platform()): string {
  if (os === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (os === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** The data directory in effect: `PARALLAX_DATA_DIR` when set, the platform default otherwise. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PARALLAX_DATA_DIR;
  return override && override.trim() ? resolve(override) : defaultDataDir(env);
}

/** The data directory cannot be created or written: the message names it and the way out. */
export class DataDirError extends Error {}

/**
 * Creates the data directory if needed and checks that it can be written, before anything is
 * stored there; otherwise throws a DataDirError whose one-line message says which folder and what
 * to do (instead of a raw EACCES from deep inside the store).
 */
export function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.parallax-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new DataDirError(
      `Parallax cannot write its data folder ${dir} (${code}), where it keeps settings, caches and search indexes: ` +
        'make that folder writable, or set PARALLAX_DATA_DIR to a folder it can write.',
    );
  }
}
