import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command';
import { compare } from '../../src/cli/commands/compare';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const A = join(SEEDS, '001_74c4f560c382ad0f.txt');
const B = join(SEEDS, '003_d2ce4ca12b793fba.txt');

async function run(args: string[]) {
  const out: string[] = [];
  const code = await compare.run(args, { out: (l) => out.push(l), err: () => {} });
  return { code, out: out.join('\n') };
}

describe('cli compare', () => {
  it('prints JSON passages whose offsets slice each file', async () => {
    const { code, out } = await run([A, B, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    const textA = readFileSync(A, 'utf8');
    const textB = readFileSync(B, 'utf8');
    const takfiri = result.passages.find((p: { a: { start: number; end: number } }) => textA.slice(p.a.start, p.a.end).includes('Takfiri'));
    expect(takfiri).toBeDefined();
    expect(textB.slice(takfiri.b.start, takfiri.b.end)).toContain('defeated the Takfiri terrorist group');
  });

  it('prints a readable summary', async () => {
    const { out } = await run([A, B]);
    expect(out).toMatch(/^A: Iraqi resistance groups agree/);
    expect(out).toMatch(/shared passage\(s\)/);
  });

  it.each([[[A]], [[A, B, '--min-words', 'x']], [[A, B, '--fuzziness', '2']]])('refuses %j', async (args) => {
    await expect(run(args)).rejects.toBeInstanceOf(UsageError);
  });

  it('says why a file cannot be read', async () => {
    await expect(run([A, join(SEEDS, 'missing.txt')])).rejects.toThrow(/missing\.txt: file not found/);
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe instead of waiting on it forever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-pipe-'));
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
      await expect(run([A, join(dir, 'pipe.txt')])).rejects.toThrow(/pipe\.txt: not a regular file \(a named pipe\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
