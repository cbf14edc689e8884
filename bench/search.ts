/**
 * Bench section "search": the search engine beside MiniSearch 7, measured in the same run on the
 * same folders.
 * - First index of a folder (read, parse, index, save) and reopening it to answer one query, as
 *   whole processes: the built command line (`out/main/cli.js index|search`, what `npm run cli`
 *   runs; `npm run build` first) against `bench/peers/minisearch-*.mjs`, both plain Node
 *   programs, median of several runs, with each process's peak memory (worker threads included).
 * - Query latency in-process on the PAN folder: the app's search service (snippets for the
 *   default 20 hits included) against MiniSearch's `search` on its loaded index.
 * - Updating after one changed, added or removed file: the service's `update` (in-process, the
 *   corpus changed in memory: the data folder is never written) against MiniSearch's
 *   `discard`/`add` plus saving its index, which is how MiniSearch persists.
 * Folders: `../shared/data/pan13-train` opened as it is (susp/, src/, README.md and pairs.txt:
 * 5,059 article files) and `../shared/data/bbc-news/docs` (2,225 files).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { openCorpus } from '../src/core/corpus/corpus';
import { articleFromText } from '../src/core/corpus/load-article';
import { percentile } from '../src/core/eval/ranking';
import { createSearchService } from '../src/core/search/service';
import type { Article } from '../src/shared/article';
import { MINISEARCH_OPTIONS, type PeerDoc } from './peers/minisearch-common.mjs';
import type { BenchRow, BenchSection } from './section';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const FOLDERS = [
  { name: 'PAN13 train (5,059 files, 31 MB)', path: join(DATA, 'pan13-train') },
  { name: 'BBC News (2,225 files, 5 MB)', path: join(DATA, 'bbc-news', 'docs') },
];
const PEERS = join(REPO, 'bench', 'peers');
const CLI = join(REPO, 'out', 'main', 'cli.js');
const RUNS = 3;
const LATENCY_ROUNDS = 5;

/** Typed queries of several kinds: words, questions, a phrase, a prefix, an exclusion, a field, a typo. */
export const QUERIES = [
  'president',
  'nuclear weapons',
  'iraq troops withdrawal',
  'the history of the roman empire',
  'economic growth in china',
  'american civil war battles',
  'love letter',
  'music',
  'shakespeare',
  'climate change',
  'oil prices',
  'election results',
  'football',
  'computer software',
  '"united nations"',
  'withdr',
  'war -iraq',
  'title:war',
  'goverment',
  'children education school',
];

interface Run {
  millis: number;
  stdout: string;
  maxRssKb: number;
}

/** Runs a JavaScript file as its own Node process; wall time and peak memory. */
function runNode(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', join(PEERS, 'report-rss.mjs'), script, ...args], {
      cwd: REPO,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const millis = performance.now() - started;
      if (code !== 0) return reject(new Error(`${script} exited ${code}: ${stderr.slice(-500)}`));
      const maxRssKb = Number(/maxrss-kb (\d+)/.exec(stderr)?.[1] ?? 0);
      resolve({ millis, stdout, maxRssKb });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function wholeProcessRows(folder: { name: string; path: string }, log: (line: string) => void): Promise<BenchRow[]> {
  const ours: Run[] = [];
  const peer: Run[] = [];
  let ourBytes = 0;
  let peerBytes = 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-search-'));
  const peerIndex = join(dataDir, 'minisearch.json');
  try {
    for (let i = 0; i < RUNS; i++) {
      rmSync(join(dataDir, 'indexes'), { recursive: true, force: true });
      const o = await runNode(CLI, ['index', folder.path, '--quiet'], { PARALLAX_DATA_DIR: dataDir });
      ourBytes = JSON.parse(o.stdout).indexBytes;
      ours.push(o);
      const p = await runNode(join(PEERS, 'minisearch-index.mjs'), [folder.path, peerIndex]);
      peerBytes = JSON.parse(p.stdout).indexBytes;
      peer.push(p);
      log(`${folder.name}: first index ${secs(o.millis)} vs MiniSearch ${secs(p.millis)}`);
    }
    const reopenOurs: number[] = [];
    const reopenPeer: number[] = [];
    for (const query of QUERIES.slice(0, 5)) {
      reopenOurs.push((await runNode(CLI, ['search', folder.path, '--json', '--', query], { PARALLAX_DATA_DIR: dataDir })).millis);
      reopenPeer.push((await runNode(join(PEERS, 'minisearch-search.mjs'), [peerIndex, query])).millis);
    }
    const note = `median of ${RUNS} whole processes`;
    return [
      { what: `first index, ${folder.name}`, ours: secs(median(ours.map((r) => r.millis))), peerName: 'MiniSearch 7', peer: secs(median(peer.map((r) => r.millis))), note: `read, parse, index, save; ${note}` },
      { what: `peak memory while indexing, ${folder.name}`, ours: mb(Math.max(...ours.map((r) => r.maxRssKb)) * 1024), peerName: 'MiniSearch 7', peer: mb(Math.max(...peer.map((r) => r.maxRssKb)) * 1024), note: 'target ≤ 1 GB (process peak RSS, worker threads included)' },
      { what: `saved index size, ${folder.name}`, ours: mb(ourBytes), peerName: 'MiniSearch 7', peer: mb(peerBytes), note: 'plain lunr JSON: about 80 MB for 5,000 articles' },
      {
        what: `reopen and answer one query, ${folder.name}`,
        ours: secs(median(reopenOurs)),
        peerName: 'MiniSearch 7',
        peer: secs(median(reopenPeer)),
        note: `built cli search vs a plain script: load JSON + search; target ≤ peer; median of ${reopenOurs.length} queries`,
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function peerDoc(article: Article): PeerDoc {
  return { id: article.id, title: article.title, text: article.text };
}

async function inProcessRows(folder: { name: string; path: string }, log: (line: string) => void): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-search-'));
  const service = createSearchService({ dataDir });
  try {
    const corpus = await openCorpus(folder.path);
    await service.sync(corpus);
    const mini = new MiniSearch<PeerDoc>(MINISEARCH_OPTIONS);
    mini.addAll([...corpus.articles.values()].map(peerDoc));
    const time = (f: () => void) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    // a first pass warms both engines' code paths; the next ones are measured, several rounds so
    // that p95 is not one garbage collection
    for (const q of QUERIES) {
      service.search({ text: q });
      mini.search(q);
    }
    const ours: number[] = [];
    const peer: number[] = [];
    for (let round = 0; round < LATENCY_ROUNDS; round++) {
      for (const q of QUERIES) ours.push(time(() => service.search({ text: q })));
      for (const q of QUERIES) peer.push(time(() => mini.search(q)));
    }
    log(`latency p95 ${ms(percentile(ours, 95))} vs MiniSearch ${ms(percentile(peer, 95))}`);

    // one changed, one added, one removed article: the service updates; MiniSearch discards/adds and saves
    const ids = [...corpus.articles.keys()];
    const victim = corpus.articles.get(ids[ids.length >> 1]!)!;
    const edited = victim.text + '\n\nA late correction about the withdrawal.';
    const changed = articleFromText(edited, victim.id, victim.encoding, victim.bytes + 40, victim.modified + 1000);
    const added = articleFromText(edited, 'bench-added/new-article.txt', victim.encoding, victim.bytes + 40, victim.modified + 1000);
    const removedId = ids[ids.length >> 2]!;
    const updates: [string, () => Promise<unknown>, () => void][] = [
      ['changed', async () => (corpus.articles.set(changed.id, changed), service.update(corpus, [changed.id], [])), () => (mini.discard(changed.id), mini.add(peerDoc(changed)), JSON.stringify(mini))],
      ['added', async () => (corpus.articles.set(added.id, added), service.update(corpus, [added.id], [])), () => (mini.add(peerDoc(added)), JSON.stringify(mini))],
      ['removed', async () => (corpus.articles.delete(removedId), service.update(corpus, [], [removedId])), () => (mini.discard(removedId), JSON.stringify(mini))],
    ];
    const rows: BenchRow[] = [
      { what: `query latency p50, ${folder.name}`, ours: ms(percentile(ours, 50)), peerName: 'MiniSearch 7', peer: ms(percentile(peer, 50)), note: `${QUERIES.length} typed queries x ${LATENCY_ROUNDS}; ours with ranking extras and snippets for 20 hits` },
      { what: `query latency p95, ${folder.name}`, ours: ms(percentile(ours, 95)), peerName: 'MiniSearch 7', peer: ms(percentile(peer, 95)), note: 'target ≤ 10 ms' },
    ];
    for (const [kind, update, peerUpdate] of updates) {
      const t = performance.now();
      const status = (await update()) as { state: string };
      const ourMillis = performance.now() - t;
      const peerMillis = time(peerUpdate);
      log(`update (${kind}): ${ms(ourMillis)} (${status.state}) vs MiniSearch ${ms(peerMillis)}`);
      rows.push({ what: `update after one ${kind} file, ${folder.name}`, ours: ms(ourMillis), peerName: 'MiniSearch 7', peer: ms(peerMillis), note: 'target ≤ 1 s; ours rebuilds one shard and saves it, MiniSearch updates in memory and saves its JSON' });
    }
    return rows;
  } finally {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const searchSection: BenchSection = {
  name: 'search',
  async available() {
    const missing = FOLDERS.filter((f) => !existsSync(f.path));
    if (missing.length > 0) return `data missing: ${missing.map((f) => f.path).join(', ')} (see ../shared/data/README.md)`;
    if (!existsSync(join(REPO, 'node_modules', 'minisearch'))) return 'minisearch (devDependency) is not installed';
    if (!existsSync(CLI)) return 'the command line is not built: run `npm run build` first';
    return true;
  },
  async run(log) {
    const rows: BenchRow[] = [];
    for (const folder of FOLDERS) rows.push(...(await wholeProcessRows(folder, log)));
    rows.push(...(await inProcessRows(FOLDERS[0]!, log)));
    return rows;
  },
};
