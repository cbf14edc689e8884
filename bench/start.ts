/**
 * Bench section "start": how soon the command line and the browser host answer, as whole
 * processes, each beside its peer in the same run.
 * - `cli help`: the built command line (`node out/main/cli.js help`) beside a bare `node -e 0`
 *   (what any Node program pays) and beside the command line run through tsx from its sources (how
 *   `npm run cli` ran before it was built with the app); and the same through `npm run -s cli`,
 *   beside `npm run -s` of an empty Node script (what npm itself costs). Target ≤ 0.3 s.
 * - `serve`: time until the address is printed, on the sample and on the BBC folder (2,225 files),
 *   beside the time the folder took to open, which is when the address came before. Target ≤ 1 s.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './section';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BBC = fileURLToPath(new URL('../../shared/data/bbc-news/docs', import.meta.url));
const CLI = join(REPO, 'out', 'main', 'cli.js');
const SERVE = join(REPO, 'out', 'main', 'serve.js');
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time of a command run to its end, median of `runs`. */
function timed(command: string, args: string[], runs = RUNS, cwd = REPO): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Starts the built host on `folder`; resolves with when its address and its "Opened" line came. */
function serveOnce(folder: string): Promise<{ address: number; opened: number }> {
  const data = mkdtempSync(join(tmpdir(), 'parallax-bench-serve-'));
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [SERVE, folder, '--port', '0', '--no-watch'], {
      env: { ...process.env, PARALLAX_DATA_DIR: data },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let address = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!address && /token=/.test(out)) address = performance.now() - started;
      if (/^Opened /m.test(out)) {
        const opened = performance.now() - started;
        child.once('exit', () => {
          rmSync(data, { recursive: true, force: true });
          resolve({ address, opened });
        });
        child.kill('SIGTERM');
      }
    });
    child.once('error', reject);
  });
}

export const startSection: BenchSection = {
  name: 'start',
  async available() {
    return existsSync(CLI) && existsSync(SERVE) ? true : 'the app is not built: run `npm run build` first';
  },
  async run(log) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const empty = mkdtempSync(join(tmpdir(), 'parallax-bench-npm-'));
    writeFileSync(join(empty, 'package.json'), JSON.stringify({ name: 'empty', private: true, scripts: { noop: 'node -e 0' } }));
    try {
      const built = timed(process.execPath, [CLI, 'help']);
      const bare = timed(process.execPath, ['-e', '0']);
      const tsx = timed(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), 'help'], 3);
      const viaNpm = timed(npm, ['run', '-s', 'cli', '--', 'help'], 5);
      const npmAlone = timed(npm, ['run', '-s', 'noop'], 5, empty);
      log(`cli help ${secs(built)} (bare node ${secs(bare)}, through tsx ${secs(tsx)}); npm run ${secs(viaNpm)} (npm alone ${secs(npmAlone)})`);
      const rows: BenchRow[] = [
        { what: 'cli help, whole process', ours: secs(built), peerName: 'node -e 0', peer: secs(bare), note: `target ≤ 0.3 s; median of ${RUNS}` },
        { what: 'cli help, built vs from sources', ours: secs(built), peerName: 'through tsx (before)', peer: secs(tsx), note: 'how `npm run cli` ran before it was built with the app' },
        { what: 'npm run -s cli -- help', ours: secs(viaNpm), peerName: 'npm run -s (empty script)', peer: secs(npmAlone), note: 'npm’s own start-up is in both; median of 5' },
      ];
      for (const [name, folder] of [['sample (5 files)', join(REPO, 'seeds')], ['BBC News (2,225 files)', BBC]] as const) {
        if (!existsSync(folder)) {
          log(`serve on ${name}: skipped, ${folder} is missing`);
          continue;
        }
        const runs: { address: number; opened: number }[] = [];
        for (let i = 0; i < 3; i++) runs.push(await serveOnce(folder));
        const address = median(runs.map((r) => r.address));
        const opened = median(runs.map((r) => r.opened));
        log(`serve on ${name}: address ${secs(address)}, folder open ${secs(opened)}`);
        rows.push({
          what: `serve prints its address, ${name}`,
          ours: secs(address),
          peerName: 'folder opened (address before)',
          peer: secs(opened),
          note: 'target ≤ 1 s; the address used to come only once the folder was open; median of 3',
        });
      }
      return rows;
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  },
};
