/**
 * `npm run -s cli -- search <folder> <query...> [--json] [--limit N] [--sort relevance|date]
 * [--outlet NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: reopens the folder with its saved index
 * (building or updating it first when needed) and prints the ranked hits with outlet, date and a
 * snippet whose matched words are in [brackets], or the SearchResult as JSON.
 */
import { dataDir, ensureDataDir } from '../../core/app/data-dir';
import type { Snippet, SearchQuery, SearchResult } from '../../shared/search';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { JSON_OPTION, readOptions } from '../options';
import { printable } from '../terminal';
import { progressPrinter } from './index-folder';

interface Args {
  folder: string;
  query: SearchQuery;
  json: boolean;
}

/** The command's options beside the shared `--json`. */
const OPTIONS = {
  ...JSON_OPTION,
  limit: { type: 'string' },
  sort: { type: 'string' },
  outlet: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

/** The folder, the query (words after the folder, `-word` exclusions and words after `--` included) and `--json`. */
export function readArgs(args: string[]): Args {
  const { values, positionals } = readOptions(args, OPTIONS, { dashWords: true });
  const query: SearchQuery = { text: '', limit: 10 };
  if (values.limit !== undefined) {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--limit takes a whole number');
    query.limit = n;
  }
  if (values.sort !== undefined) {
    if (values.sort !== 'relevance' && values.sort !== 'date') throw new UsageError('--sort is relevance or date');
    query.sort = values.sort;
  }
  if (values.outlet) query.outlets = values.outlet;
  if (values.from !== undefined) query.dateFrom = values.from;
  if (values.to !== undefined) query.dateTo = values.to;
  const [folder, ...rest] = positionals;
  if (!folder) throw new UsageError('the folder is missing');
  query.text = rest.join(' ');
  return { folder, query, json: values.json };
}

/** A snippet with its highlights in [brackets], for a terminal. */
export function bracketed(snippet: Snippet): string {
  let out = '';
  let at = 0;
  for (const h of snippet.highlights) {
    out += snippet.text.slice(at, h.start) + '[' + snippet.text.slice(h.start, h.end) + ']';
    at = h.end;
  }
  return out + snippet.text.slice(at);
}

function printText(io: CliIo, result: SearchResult): void {
  if (result.notice) io.out(printable(result.notice));
  result.hits.forEach((hit, i) => {
    const where = [hit.outlet, hit.date].filter(Boolean).join(', ');
    io.out(printable(`${i + 1}. ${hit.title}${where ? ` (${where})` : ''}  ${hit.id}`));
    if (hit.snippet.text) io.out(`   ${printable(bracketed(hit.snippet))}`);
  });
  io.out(`${result.hits.length} of ${result.total} result${result.total === 1 ? '' : 's'} in ${result.millis.toFixed(1)} ms`);
}

export const search: CliCommand = {
  name: 'search',
  summary: 'search a folder (builds or updates its index first when needed)',
  usage: '<folder> <query...> [--json] [--limit N] [--sort relevance|date] [--outlet NAME] [--from DATE] [--to DATE]',
  async run(args: string[], io: CliIo): Promise<number> {
    const { folder, query, json } = readArgs(args);
    ensureDataDir(dataDir());
    // loaded when run, not when the command list is: other commands start faster
    const { folderDocs, syncFolder } = await import('../../core/search/index/folder-index');
    const { runSearch } = await import('../../core/search/query/searcher');
    const opened = await syncFolder(folder, { dataDir: dataDir(), load: true, onProgress: progressPrinter(io, 'indexing') });
    const index = opened.index!;
    const result = runSearch({ index, doc: folderDocs(opened.root, index, dataDir()) }, query);
    if (json) io.out(JSON.stringify(result));
    else printText(io, result);
    return 0;
  },
};
