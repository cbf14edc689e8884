import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractCache } from '../../../src/core/corpus/formats/extract-cache';
import { loadFile } from '../../../src/core/corpus/load-file';

const PAGE = `<!doctype html><html lang="en"><head><title>Council approves the new ferry terminal | Harbour News</title>
<meta property="og:site_name" content="Harbour News"><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><article>${'<p>The harbour council met on Tuesday and agreed, after a long debate about cost, jobs and the fishing fleet, to build the new ferry terminal.</p>'.repeat(5)}</article></body></html>`;

describe('loading a saved page through the extraction cache', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-load-data-'));
    writeFileSync(join(dir, 'terminal.html'), PAGE);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const entryPath = () => {
    const root = join(dataDir, 'extracted');
    const sub = readdirSync(root)[0]!;
    return join(root, sub, readdirSync(join(root, sub)).find((f) => f.endsWith('.json'))!);
  };

  it('reopens with the same article, built once and read back from the cache', async () => {
    const cache = new ExtractCache(dataDir);
    const first = await loadFile(join(dir, 'terminal.html'), 'terminal.html', { cache });
    const again = await loadFile(join(dir, 'terminal.html'), 'terminal.html', { cache });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.articles).toEqual(first.articles);
    // the cached build is what a reopen returns: change it and the change shows
    const entry = JSON.parse(readFileSync(entryPath(), 'utf8'));
    expect(entry.built[0]).toMatchObject({ outlet: 'Harbour News', date: '2024-03-05T09:00' });
    expect(entry.built[0]).not.toHaveProperty('text');
    entry.built[0].outlet = 'Cached Outlet';
    writeFileSync(entryPath(), JSON.stringify(entry));
    const third = await loadFile(join(dir, 'terminal.html'), 'terminal.html', { cache });
    expect(third.ok && third.articles[0]!.outlet).toBe('Cached Outlet');
  });

  it('gives a cached article the id, size and time of the file it is read from now', async () => {
    const cache = new ExtractCache(dataDir);
    await loadFile(join(dir, 'terminal.html'), 'terminal.html', { cache });
    writeFileSync(join(dir, 'renamed.html'), PAGE);
    const copy = await loadFile(join(dir, 'renamed.html'), 'renamed.html', { cache });
    expect(copy.ok && copy.articles[0]).toMatchObject({ id: 'renamed.html', bytes: Buffer.byteLength(PAGE) });
  });
});
