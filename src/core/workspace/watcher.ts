/**
 * Watching the open folder for articles that are added, edited or removed, so the library and the
 * index follow the disk without a reopen. chokidar does the watching; this file batches its events
 * (an editor's save is several events) into one change set.
 */
import { watch, type FSWatcher } from 'chokidar';
import { basename } from 'node:path';
import { isArticleFile, isSkippedName } from '../corpus/scan';

export interface ChangeSet {
  /** Absolute paths of article files added or modified. */
  changed: string[];
  /** Absolute paths of article files (or folders) removed. */
  removed: string[];
}

/** Quiet time after the last event before a batch is delivered. */
const SETTLE_MS = 150;

export class FolderWatcher {
  private readonly watcher: FSWatcher;
  private changed = new Set<string>();
  private removed = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(root: string, onChange: (changes: ChangeSet) => void) {
    this.watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      // the same names the scan passes over (a file named like a skipped folder is passed over too)
      ignored: (path) => path !== root && isSkippedName(basename(path), true),
      awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 50 },
    });
    const touch = (path: string, gone: boolean) => {
      (gone ? this.changed : this.removed).delete(path);
      (gone ? this.removed : this.changed).add(path);
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        const batch = { changed: [...this.changed], removed: [...this.removed] };
        this.changed = new Set();
        this.removed = new Set();
        if (batch.changed.length + batch.removed.length > 0) onChange(batch);
      }, SETTLE_MS);
    };
    this.watcher.on('add', (p) => isArticleFile(p) && touch(p, false));
    this.watcher.on('change', (p) => isArticleFile(p) && touch(p, false));
    this.watcher.on('unlink', (p) => isArticleFile(p) && touch(p, true));
    this.watcher.on('unlinkDir', (p) => touch(p, true));
    this.watcher.on('error', (error) => console.error('parallax: watching the folder failed:', error));
  }

  /** Resolves once the initial scan is done and changes from now on are seen. */
  ready(): Promise<void> {
    return new Promise((resolve) => this.watcher.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    await this.watcher.close();
  }
}
