/**
 * The browser host as a user starts it (`out/main/serve.js`, what `npm run serve` runs): it prints
 * its address before it opens the folder, a page from an earlier run says so instead of waiting
 * forever, a damaged settings file and an unwritable data folder are each said in one line, and a
 * named pipe in the folder does not keep it from stopping.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { ROOT, startHost, type RunningHost } from './support/host';

describe('the browser host starting', () => {
  let dir: string;
  let data: string;
  let browser: Browser;
  let host: RunningHost;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-serve-'));
    mkdirSync(join(dir, 'folder'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'folder', `${i}.txt`), `Story ${i}\n\nSomething happened in the harbour on day ${i}.`);
    // a settings file with one bad field among good ones
    data = mkdtempSync(join(tmpdir(), 'parallax-e2e-serve-data-'));
    writeFileSync(join(data, 'config.json'), JSON.stringify({ recentFolders: ['/news', 42], preferences: { theme: 'blue' } }));
    browser = await launchChromium();
    host = await startHost(join(dir, 'folder'), { env: { PARALLAX_DATA_DIR: data }, addressOnly: true });
  });
  afterAll(async () => {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  it('prints its address first, then opens the folder while the page shows the progress', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(host.url);
      await page.locator('main#main').waitFor();
      await expect.poll(() => host.output()).toMatch(/^Opened .*: 40 articles, 0 files refused$/m);
      const lines = host.output().trim().split('\n');
      expect(lines[0]).toMatch(/^Parallax is serving .*folder at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(lines[1]).toMatch(/^Opened /);
      // the page that loaded while the folder opened shows it once open
      await expect.poll(() => page.getByText('Story 39').count()).toBeGreaterThan(0);
      // and says in a line that the damaged settings file was mended
      await expect.poll(() => page.locator('.banner.notice').innerText()).toMatch(/Some settings were damaged and were reset \(1 of recent folders, theme\)/);
    } finally {
      await page.close();
    }
  });

  it('tells a page opened from an earlier run to use the new address', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${host.origin}/?token=from-an-earlier-run`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText()).toMatch(/earlier run of the Parallax browser host[\s\S]*npm run serve/);
      expect(await page.getByText('Opening the folder…').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('names an unwritable data folder and PARALLAX_DATA_DIR in one line, without a stack', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    // under a file: no user can create it, root included
    const child = spawn(process.execPath, [join(ROOT, 'out/main/serve.js'), join(dir, 'folder')], {
      env: { ...process.env, PARALLAX_DATA_DIR: join(dir, 'a-file', 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot write its data folder .*a-file\/data \(ENOTDIR\).*PARALLAX_DATA_DIR/);
  });

  it.skipIf(process.platform === 'win32')('keeps following the folder and stops on SIGTERM with a named pipe in it', async () => {
    const folder = join(dir, 'with-pipe');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'First\n\nA story.');
    const host = await startHost(folder);
    try {
      execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
      writeFileSync(join(folder, 'b.txt'), 'Second\n\nAnother story.');
      const corpus = async () => {
        const res = await fetch(`${host.origin}/api/getCorpus`, { method: 'POST', headers: { 'x-parallax-token': host.token }, body: '{"args":[]}' });
        return (await res.json()) as { value: { head: { ids: string[] }; rejected: { path: string; reason: string }[] } };
      };
      await expect.poll(async () => (await corpus()).value.head.ids).toEqual(['a.txt', 'b.txt']);
      expect((await corpus()).value.rejected).toContainEqual({ path: 'pipe.txt', reason: 'not a regular file (a named pipe)' });
    } finally {
      // resolves when the host has exited on SIGTERM
      await host.stop();
    }
  });
});
