/**
 * The desktop app itself, driven by Playwright's Electron support: window creation and the IPC
 * round trip through the preload. These need Electron's binary; where it is not installed (CI
 * machines install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and cannot download it) they report
 * themselves skipped with that reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { executable } = electronBinary();
const reason = 'skipped: the Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, no internet to fetch it)';

if (!executable) console.warn(`Electron app tests ${reason}`);

describe.skipIf(!executable)(`Electron app${executable ? '' : ` (${reason})`}`, () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-electron-'));
    app = await electron.launch({
      executablePath: executable!,
      args: ['.', join(ROOT, 'seeds'), ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
      cwd: ROOT,
      env: { ...process.env, PARALLAX_DATA_DIR: dataDir },
    });
    page = await app.firstWindow();
    await page.locator('table tbody tr').first().waitFor();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens one locked-down window on the sample articles', async () => {
    expect(await page.title()).toMatch(/Parallax/);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // no Node in the page: neither require nor process leaks into the main world
    expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual([
      'undefined',
      'undefined',
    ]);
    expect(await page.locator('tbody tr').count()).toBe(5);
  });

  it('answers the API over IPC through window.parallax', async () => {
    const corpus = await page.evaluate(() => window.parallax!.getCorpus());
    expect(corpus.ok && corpus.value.articleCount).toBe(5);
    const bad = await page.evaluate(() => (window.parallax!.getArticle as (x: unknown) => Promise<unknown>)(42));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
