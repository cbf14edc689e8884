/**
 * The command line as `npm run cli` runs it: the bundle built with the app (`out/main/cli.js`,
 * plain Node, no TypeScript loader), whose commands and worker threads load from `out/main/`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS } from './support/host';

const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-cli-'));
const cli = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'out/main/cli.js'), ...args], { env: { ...process.env, PARALLAX_DATA_DIR: dataDir }, encoding: 'utf8' });

describe('the built command line', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists its commands', () => {
    expect(cli('help')).toMatch(/^usage: npm run -s cli -- <command> \[args\]\n\n {2}read .*\n {2}index .*\n {2}search /);
  });

  it('indexes and searches a folder, and compares two articles', () => {
    const result = JSON.parse(cli('search', SEEDS, 'Maliki', '--json'));
    expect(result.hits[0].id).toBe('000_86c065115a1fa003.txt');
    const compared = JSON.parse(cli('compare', join(SEEDS, '001_74c4f560c382ad0f.txt'), join(SEEDS, '003_d2ce4ca12b793fba.txt'), '--json'));
    expect(compared.passages.length).toBeGreaterThan(0);
  });
});
