/**
 * Extracted text kept in the app's data directory, keyed by a hash of the file's bytes and the
 * extractor's version: a folder reopened, or a file renamed or copied, is not parsed again. Never
 * below the corpus folder. Writes go to a temporary name first, so a crash leaves the old entry or
 * none; a damaged or unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Extraction } from './types';

/**
 * Bumped whenever a reader's output, or what buildArticle makes of it (cached beside it by
 * load-file.ts), changes: older entries are ignored.
 */
export const EXTRACT_VERSION = 9;

/** The key of a file's bytes. */
export function bytesKey(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).update(`:${EXTRACT_VERSION}`).digest('hex');
}

export class ExtractCache {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'extracted');
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<Extraction | null> {
    try {
      const saved = JSON.parse(await readFile(this.path(key), 'utf8')) as Extraction;
      return saved && typeof saved === 'object' && typeof saved.ok === 'boolean' ? saved : null;
    } catch {
      return null;
    }
  }

  /** The same, read synchronously: for the command line's search, which reads texts mid-ranking. */
  getSync(key: string): Extraction | null {
    try {
      const saved = JSON.parse(readFileSync(this.path(key), 'utf8')) as Extraction;
      return saved && typeof saved === 'object' && typeof saved.ok === 'boolean' ? saved : null;
    } catch {
      return null;
    }
  }

  async set(key: string, extraction: Extraction): Promise<void> {
    // written as it is now: the caller may change the objects while the folder is made
    const json = JSON.stringify(extraction);
    const path = this.path(key);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(temporary, json);
      await rename(temporary, path);
    } catch {
      // a cache that cannot be written only costs a parse next time
    }
  }
}
