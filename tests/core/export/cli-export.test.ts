import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/cli/commands/export';
import { DEFAULT_ALIGN_OPTIONS } from '../../../src/core/align/index';
import { UsageError } from '../../../src/cli/command';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const A = join(SEEDS, '001_74c4f560c382ad0f.txt');
const B = join(SEEDS, '003_d2ce4ca12b793fba.txt');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('cli export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the HTML page to a file', async () => {
    const run = io();
    const out = join(dir, 'pair.html');
    expect(await exportCommand.run([A, B, '--out', out], run.io)).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Iraqi resistance groups agree to resume operations against American forces');
    expect(run.err.join('\n')).toMatch(/shared passage/);
  });

  it('prints JSON with the parameters it was given', async () => {
    const run = io();
    expect(await exportCommand.run([A, B, '--format', 'json', '--min-words', '20', '--char', '--no-paraphrase'], run.io)).toBe(0);
    const doc = JSON.parse(run.out.join('\n'));
    expect(doc.options).toEqual({ ...DEFAULT_ALIGN_OPTIONS, minWords: 20, paraphrase: false, granularity: 'char' });
    expect(doc.passages.every((p: { kind: string }) => p.kind !== 'paraphrase')).toBe(true);
  });

  it('refuses a bad call with a usage error', async () => {
    await expect(exportCommand.run([A], io().io)).rejects.toBeInstanceOf(UsageError);
    await expect(exportCommand.run([A, B, '--format', 'pdf'], io().io)).rejects.toBeInstanceOf(UsageError);
    await expect(exportCommand.run([A, B, '--fuzziness', '2'], io().io)).rejects.toBeInstanceOf(UsageError);
  });
});
