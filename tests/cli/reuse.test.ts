import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command';
import { reuse } from '../../src/cli/commands/reuse';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const A001 = '001_74c4f560c382ad0f.txt';
const A003 = '003_d2ce4ca12b793fba.txt';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await reuse.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli reuse', () => {
  let folder: string;
  beforeAll(() => {
    // two outlets, one republishing the other's paragraph, and a file that cannot be read as text
    folder = mkdtempSync(join(tmpdir(), 'parallax-cli-reuse-'));
    const shared =
      'The committee published its findings on the reservoir after eleven months of hearings, naming three contractors whose concrete failed every inspection carried out since the spring.';
    writeFileSync(join(folder, 'first.txt'), `Reservoir report out\n\nMarch 3, 2021\n\n${shared}\n\nThe minister said nothing.\n\nhttps://www.alpha-news.com/x\n`);
    writeFileSync(join(folder, 'copy.txt'), `Contractors named\n\nMarch 5, 2021\n\nCouncillors were angry. ${shared}\n\nhttps://beta-times.org/y\n`);
    writeFileSync(join(folder, 'other.txt'), 'Weather\n\nRain all week over the hills and the coast, with wind from the west.\n');
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 1]));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lists the republished pair of the sample with its words, and sums it by outlet', async () => {
    const { code, out } = await run([SEEDS]);
    expect(code).toBe(0);
    expect(out).toMatch(/^1 pair of articles shares passages; 9 more pairs state the same facts in other words \(10 of 10 pairs aligned/);
    expect(out).toContain(`A ${A001}  Iraqi resistance groups agree`);
    expect(out).toContain(`B ${A003}`);
    expect(out).toMatch(/1 passage, longest \d+ words; \d+ words \(\d+%\) of A, \d+ \(\d+%\) of B; first published: unknown/);
    expect(out).toMatch(/By outlet\n {2}Radio Habana Cuba — unknown outlet: 1 pair with passages/);
    // two of the other outlets tell the same story in their own words
    expect(out).toMatch(/\n2 articles share no passage but use the words of one that does \(each joins its story\): --all lists them\n/);
    expect(out).toMatch(/9 pairs only state the same facts: --all lists them$/);
  });

  it('lists the pairs that only state the same facts when asked', async () => {
    const { out } = await run([SEEDS, '--all']);
    const facts = out.slice(out.indexOf('Same facts in other words'));
    expect(facts.split('\n').filter((l) => / ~ /.test(l))).toHaveLength(9);
    const own = out.slice(out.indexOf('In their own words'), out.indexOf('Same facts in other words'));
    expect(own).toMatch(new RegExp(`000_\\w+\\.txt ~ ${A001.replace('.', '\\.')}: \\d+% alike, \\d+ distinctive words in common`));
  });

  it('says who published first, by outlet, and reports the file it could not read', async () => {
    const { code, out, err } = await run([folder, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.links).toHaveLength(1);
    expect(report.links[0]).toMatchObject({ a: 'copy.txt', b: 'first.txt', passages: 1, firstPublished: 'b' });
    expect(report.links[0].sharedWordsB).toBeGreaterThanOrEqual(25);
    expect(report.outlets).toEqual([
      expect.objectContaining({ a: 'alpha-news.com', b: 'beta-times.org', copies: 1, firstA: 1, firstB: 0 }),
    ]);
    expect(Object.keys(report.articles).sort()).toEqual(['copy.txt', 'first.txt']);
    expect(report.articles['first.txt']).toMatchObject({ title: 'Reservoir report out', date: '2021-03-03' });
    expect(err).toMatch(/skipped broken\.txt: /);
  });

  it.each([[[]], [[SEEDS, SEEDS]], [[SEEDS, '--bogus']]])('refuses %j with a usage error', async (args) => {
    await expect(run(args)).rejects.toBeInstanceOf(UsageError);
  });

  it('says when the folder cannot be read', async () => {
    await expect(run([join(folder, 'missing')])).rejects.toThrow(/no such file|ENOENT/);
  });
});
