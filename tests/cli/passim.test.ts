import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../src/cli/command';
import { exportPassim } from '../../src/cli/commands/export-passim';
import { reuse } from '../../src/cli/commands/reuse';
import { writePassimOutput } from '../fixtures/passim-output';
import { STORY_FILES, writeStoryFolder } from '../fixtures/story-folder';

async function run(command: CliCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('passim interop', () => {
  let root: string;
  let folder: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-passim-'));
    folder = join(root, 'news');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeStoryFolder(folder);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes one passim record per article, with the text Parallax shows and its outlet as the series', async () => {
    const file = join(root, 'input.jsonl');
    const { code, out } = await run(exportPassim, [folder, file]);
    expect(code).toBe(0);
    expect(out).toBe(`5 articles written to ${file}`);
    const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(Object.keys(STORY_FILES).sort());
    const wire = records.find((r) => r.id === 'a-wire.txt');
    expect(wire).toEqual({
      id: 'a-wire.txt',
      series: 'wirenews.example',
      date: '2021-05-04',
      text: STORY_FILES['a-wire.txt'],
      title: 'Hundreds evacuated as Moyne floods Carrowmore',
      url: 'https://www.wirenews.example/news/flood',
    });
  });

  it('refuses to write into the folder it reads', async () => {
    const { code, err } = await run(exportPassim, [folder, join(folder, 'input.jsonl')]);
    expect(code).toBe(2);
    expect(err).toMatch(/inside/);
  });

  it("reads passim's clusters into the reuse tables, leaving out what is not in the folder", async () => {
    const outJson = join(root, 'news.passim', 'out.json');
    writePassimOutput(outJson, { strangers: true });
    const { code, out, err } = await run(reuse, [folder, '--passim', outJson, '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(/passim: \d+ passages in 2 files, 8 clusters; 1 passages name no article of this folder; 1 unreadable lines/);
    const report = JSON.parse(out);
    expect(report.source).toBe('passim');
    const herald = report.links.find((l: { a: string; b: string }) => l.a === 'a-wire.txt' && l.b === 'b-herald.txt');
    // the herald printed the first five wire paragraphs word for word: five clusters
    expect(herald).toMatchObject({ passages: 5, firstPublished: 'a' });
    expect(herald.sharedWordsB).toBeGreaterThan(100);
    expect(report.outlets[0].copies).toBeGreaterThan(0);
  });
});
