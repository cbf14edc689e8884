import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('opening another folder in the browser', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-folder-'));
    mkdirSync(join(folder, 'wires'));
    writeFileSync(join(folder, 'wires', 'story.txt'), 'A wire story\n\nThe minister resigned on Tuesday.');
    writeFileSync(join(folder, 'broken.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(folder, 'notes.jpg'), new Uint8Array([0xff, 0xd8, 0xff]));
    app = await startApp();
    await app.open('#/library');
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function openDialog() {
    await app.page.getByRole('button', { name: /change folder/ }).click();
    await app.page.getByRole('menuitem', { name: /Open folder/ }).click();
    await app.page.locator('#folder-path').waitFor();
  }

  it('opens a folder by path and lists the files it could not open', async () => {
    // the page's start-up answers (the sample folder) must be in before another folder is opened:
    // one landing late would put the sample back in the library over the folder just opened
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(5);
    await openDialog();
    await app.page.fill('#folder-path', folder);
    await app.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(1);
    expect(await app.page.locator('tbody tr').innerText()).toMatch(/A wire story/);
    await app.page.locator('details.rejected summary').click();
    const rejected = await app.page.locator('details.rejected').innerText();
    expect(rejected).toMatch(/2 files could not be opened/);
    expect(rejected).toMatch(/broken\.txt — binary file, not text/);
    expect(rejected).toMatch(/notes\.jpg — not an article file/);
    // the new folder's index ends ready: no progress bar left standing
    const ready = app.page.getByRole('status').filter({ hasText: /^1 indexed$/ });
    await expect.poll(() => ready.count()).toBe(1);
  });

  it('says why a folder cannot be opened, and keeps the current one', async () => {
    await openDialog();
    await app.page.fill('#folder-path', join(folder, 'does-not-exist'));
    await app.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => app.page.locator('dialog [role=alert]').innerText()).toMatch(/does not exist/);
    await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await app.page.locator('tbody tr').count()).toBe(1);
  });

  it('remembers the folder among the recent ones and goes back to the sample', async () => {
    await app.page.getByRole('button', { name: /change folder/ }).click();
    await expect.poll(() => app.page.getByRole('menuitem', { name: folder }).count()).toBe(1);
    await app.page.getByRole('menuitem', { name: 'Sample articles' }).click();
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(5);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
