/**
 * `npm run -s cli -- index <folder>`: builds (or brings up to date) and saves the folder's search
 * index in the app data directory, then prints a one-line JSON summary. Progress goes to stderr.
 */
import { dataDir, ensureDataDir } from '../../core/app/data-dir';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { QUIET_OPTION, readOptions } from '../options';

/** A progress line at most this often, so a pipe is not flooded. */
const PROGRESS_MILLIS = 500;

/** Progress on stderr, throttled, only when stderr is a terminal or asked for. */
export function progressPrinter(io: CliIo, label: string): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (now - last < PROGRESS_MILLIS && done < total) return;
    last = now;
    io.err(`${label} ${done}/${total}`);
  };
}

export const indexFolder: CliCommand = {
  name: 'index',
  summary: 'build and save the search index of a folder; prints a JSON summary',
  usage: '<folder> [--quiet]',
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = readOptions(args, QUIET_OPTION);
    const folder = positionals[0];
    if (!folder) throw new UsageError('the folder is missing');
    const quiet = values.quiet;
    const started = performance.now();
    ensureDataDir(dataDir());
    // loaded when run, not when the command list is: other commands start faster
    const { syncFolder } = await import('../../core/search/index/folder-index');
    const result = await syncFolder(folder, {
      dataDir: dataDir(),
      ...(quiet ? {} : { onProgress: progressPrinter(io, 'indexing') }),
    });
    io.out(
      JSON.stringify({
        folder: result.root,
        articles: result.articles,
        rejected: result.rejected.length,
        millis: Math.round(performance.now() - started),
        indexBytes: result.bytes,
        shards: result.manifest.shardCount,
        rebuilt: result.indexed,
        reused: result.reused,
      }),
    );
    return 0;
  },
};
