/**
 * `npm run -s eval:search -- <dir> [--out run.json]`: search ranking quality on a test collection
 * laid out as `<dir>/docs/` (one file per document), `<dir>/queries.json` (`[{id, text}]`) and
 * `<dir>/qrels.json` (`{query: {doc: gain}}`, a doc id being its file's name without the
 * extension, or with it).
 *
 * It goes through the app's own path: the folder is opened as a corpus, indexed by the search
 * service (in a temporary data directory, so the build is a first build), and each query is run
 * as typed text. Prints MAP, nDCG@10 and P@10 over all queries and over the odd and even query
 * ids separately (a held-out check: a choice made looking at one half is tested on the other),
 * the index build time and the query latency. The latency is of answers as the app asks for them
 * (the default number of hits, snippets made); the ranking is read from a second pass asking for
 * 1,000 hits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, scoreRun, type Judgements, type RunScores } from '../../core/eval/ranking';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { OUT_OPTION, readOptions } from '../options';
import { readDataText } from '../../core/eval/read-data';

interface Query {
  id: string;
  text: string;
}

const RUN_DEPTH = 1000;

/** The collection folder and `--out`. */
export function readArgs(args: string[]): { dir: string; out: string | null } {
  const { values, positionals } = readOptions(args, OUT_OPTION);
  const [dir, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
  if (!dir) throw new UsageError('the collection folder is missing');
  return { dir, out: values.out ?? null };
}

function readJson<T>(path: string): T {
  return JSON.parse(readDataText(path)) as T;
}

/** A document's id in the judgements: its file name without the folder or the extension. */
export function docKey(name: string): string {
  return (name.split('/').pop() ?? name).replace(/\.(?:txt|md|markdown)$/i, '');
}

/** Judgements keyed by `docKey`. */
function readQrels(path: string): Map<string, Judgements> {
  const raw = readJson<Record<string, Record<string, number>>>(path);
  return new Map(Object.entries(raw).map(([q, docs]) => [q, new Map(Object.entries(docs).map(([d, g]) => [docKey(d), g]))]));
}

const f4 = (x: number) => x.toFixed(4);

function row(io: CliIo, name: string, s: RunScores): void {
  io.out(`| ${name} | ${s.queries} | ${f4(s.map)} | ${f4(s.ndcg10)} | ${f4(s.p10)} |`);
}

export const evalSearch: CliCommand = {
  name: 'eval-search',
  summary: 'search ranking quality on a test collection (MAP, nDCG@10, P@10, build time, latency)',
  usage: '<dir> [--out run.json]',
  async run(args: string[], io: CliIo): Promise<number> {
    const { dir, out } = readArgs(args);
    const queries = readJson<Query[]>(join(dir, 'queries.json'));
    // loaded when run, not when the command list is: other commands start faster
    const { openCorpus } = await import('../../core/corpus/corpus');
    const { createSearchService } = await import('../../core/search/service');
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-eval-search-'));
    const service = createSearchService({ dataDir });
    try {
      let started = performance.now();
      const corpus = await openCorpus(join(dir, 'docs'));
      const openMillis = performance.now() - started;
      started = performance.now();
      const status = await service.sync(corpus);
      const buildMillis = performance.now() - started;
      if (status.state !== 'ready') throw new Error(status.message ?? `indexing ended ${status.state}`);

      const latencies: number[] = [];
      for (const q of queries) {
        const t = performance.now();
        service.search({ text: q.text });
        latencies.push(performance.now() - t);
      }
      const run = new Map<string, string[]>();
      for (const q of queries) run.set(q.id, service.search({ text: q.text, limit: RUN_DEPTH }).hits.map((h) => h.id));
      if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(run)) + '\n');

      io.out(`collection: ${dir} (${corpus.articles.size} documents, ${corpus.rejected.length} refused; ${queries.length} queries)`);
      io.out('| queries | n | MAP | nDCG@10 | P@10 |');
      io.out('|---|---|---|---|---|');
      try {
        const qrels = readQrels(join(dir, 'qrels.json'));
        const keyed = new Map([...run].map(([q, names]) => [q, names.map(docKey)]));
        row(io, 'all', scoreRun(keyed, qrels));
        row(io, 'odd ids', scoreRun(keyed, qrels, (q) => Number(q) % 2 === 1));
        row(io, 'even ids', scoreRun(keyed, qrels, (q) => Number(q) % 2 === 0));
      } catch {
        io.out('| (no qrels.json: run written, not scored) | | | | |');
      }
      io.out(`open corpus: ${Math.round(openMillis)} ms; index build: ${Math.round(buildMillis)} ms`);
      io.out(`query latency (default limit, snippets included): p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms`);
      if (out) io.out(`run written to ${out}`);
      return 0;
    } finally {
      await service.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
