import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read } from '../../src/cli/commands/read';
import { writeMixedFolder } from '../fixtures/formats/mixed-folder';

describe('cli read', () => {
  let dir: string;
  let dataDir: string;
  const saved = process.env.PARALLAX_DATA_DIR;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-read-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-read-data-'));
    process.env.PARALLAX_DATA_DIR = dataDir;
    await writeMixedFolder(dir);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PARALLAX_DATA_DIR;
    else process.env.PARALLAX_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await read.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  // the first read starts the extraction workers (from TypeScript sources here, and pdf.js with them)
  it('prints one JSON line per article with each field’s source, and refusals on stderr', { timeout: 60_000 }, async () => {
    const { code, out, err } = await run([dir, '--json']);
    expect(code).toBe(0);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toContain('export.csv#2');
    const page = lines.find((l) => l.id === 'harbour-terminal.html');
    expect(page).toMatchObject({
      file: join(dir, 'harbour-terminal.html'),
      title: 'Harbour terminal to double port capacity',
      outlet: 'Coastal Courier',
      date: '2024-03-05T09:30',
      byline: 'Jane Marlow',
      sources: { title: 'metadata', outlet: 'metadata', date: 'metadata' },
    });
    expect(page.text).toMatch(/^Harbour terminal to double port capacity\n\nThe harbour authority said/);
    expect(page.setAside).toEqual(expect.arrayContaining(['Jane Marlow', 'Cranes of the Gantry Brigade working the night shift at the eastern docks']));
    expect(err).toContain('refused scanned.pdf: no text layer (scanned image?)');
  });

  it('reads one file as the app does', async () => {
    const { out } = await run([join(dir, 'scraper.jsonl')]);
    expect(out).toEqual([
      'scraper.jsonl#1: Lifeboat crew rescues two walkers — Coast Radio, 2024-02-28T18:00, 32 words',
      'scraper.jsonl#3: Pier reopens after repairs — Coast Radio, 2024-03-01, 18 words',
    ]);
  });
});
