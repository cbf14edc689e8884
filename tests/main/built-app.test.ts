/**
 * The built main process, run as a user runs it: `out/main/index.js` under Node with `electron`
 * resolved to a recording stand-in (support/electron-stand-in.ts). It must take the lock, create
 * one locked-down window on the built preload and page, handle every API method for its own page
 * only, refuse navigation, windows, permissions and requests, start the workspace worker from its
 * built file and open the sample articles, and stop that worker when it quits. `npm test` builds
 * `out/` before it runs this.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusInfo } from '../../src/shared/article';
import { METHODS } from './support/api-names';
import { type StandInApp, StandInKit } from './support/stand-in-app';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out/main/index.js');
const refused = { ok: false, error: { code: 'invalid-argument' } };
// every wait here ends on an event (a call, an answer, an exit); on a loaded machine a process
// and its worker take a while to get there, and a broken app fails by never getting there
const PATIENCE = { timeout: 60_000 };

let kit: StandInKit;
const launch = (name: string, config: { lockHeld?: boolean; failOnWindow?: boolean; holdReady?: boolean } = {}, args: string[] = [], cwd = ROOT, dataDir?: string) =>
  kit.launch(MAIN, {
    config: { appPath: ROOT, userData: kit.folder(`${name}-default`), ...config },
    env: { PARALLAX_DATA_DIR: dataDir ?? kit.folder(`${name}-data`) },
    args,
    cwd,
  });

/** All launches start together, the short-lived ones beside the one that stays up. */
let first: StandInApp, second: StandInApp, blocked: StandInApp, noWindow: StandInApp, early: StandInApp;
/** The folder the second launch names, relative to its working directory. */
let secondFolder: string;
/** A data folder that cannot be made: its parent is a file. */
let unwritable: string;

beforeAll(async () => {
  kit = await StandInKit.create();
  secondFolder = kit.folder('second-folder');
  writeFileSync(join(secondFolder, 'a.txt'), 'A story.');
  const blocker = join(kit.folder('blocked'), 'a-file');
  writeFileSync(blocker, '');
  unwritable = join(blocker, 'Parallax');
  first = launch('first');
  second = launch('second', { lockHeld: true }, ['second-folder'], dirname(secondFolder));
  blocked = launch('blocked', {}, [], ROOT, unwritable);
  noWindow = launch('no-window', { failOnWindow: true });
  early = launch('early', { holdReady: true });
});
afterAll(() => {
  for (const app of [first, second, blocked, noWindow, early]) app?.kill();
  kit?.dispose();
});

describe('the built main process', PATIENCE, () => {
  let app: StandInApp;
  let corpus: CorpusInfo;

  beforeAll(async () => {
    app = first;
    corpus = await app.firstCorpus();
  }, PATIENCE.timeout);

  it('takes the single-instance lock, then opens one window', () => {
    expect(app.named('app.requestSingleInstanceLock')).toHaveLength(1);
    expect(app.named('BrowserWindow.new')).toHaveLength(1);
    expect(app.calls.findIndex((c) => c.api === 'app.requestSingleInstanceLock')).toBeLessThan(
      app.calls.findIndex((c) => c.api === 'BrowserWindow.new'),
    );
  });

  it('locks the window down and points it at a CommonJS preload and the built page', () => {
    const [options] = app.named('BrowserWindow.new')[0]!.args as [{ webPreferences: Record<string, unknown> }];
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    const preload = options.webPreferences.preload as string;
    expect(existsSync(preload), `preload ${preload}`).toBe(true);
    // a sandboxed preload is a classic script: ES module syntax would not even compile
    expect(() => new Script(readFileSync(preload, 'utf8'), { filename: preload })).not.toThrow();
    const [page] = app.named('BrowserWindow.loadFile')[0]!.args as [string];
    expect(page).toBe(join(ROOT, 'out/renderer/index.html'));
    expect(existsSync(page)).toBe(true);
  });

  it('starts the worker from its built file and sends the page the five sample articles', () => {
    expect(corpus).toMatchObject({ isSample: true, root: join(ROOT, 'seeds') });
    expect(corpus.head.ids).toHaveLength(5);
  });

  it('handles every API method over IPC, and nothing else', () => {
    const channels = app.named('ipcMain.handle').map((c) => c.args[0]);
    expect(channels.sort()).toEqual(METHODS.map((m) => `parallax:${m}`).sort());
  });

  it('answers its own page', async () => {
    expect(await app.act('invoke', 'app', 'parallax:getHostInfo')).toMatchObject({ ok: true, value: { kind: 'electron', nativeDialogs: true } });
    const got = (await app.act('invoke', 'app', 'parallax:getCorpus')) as { ok: true; value: CorpusInfo };
    expect(got.value.head.ids).toEqual(corpus.head.ids);
    expect(await app.act('invoke', 'app', 'parallax:getArticle', 42)).toMatchObject(refused);
  });

  it('refuses every method to a frame of another origin and to another window', async () => {
    for (const method of METHODS) {
      expect(await app.act('invoke', 'subframe', `parallax:${method}`), method).toMatchObject(refused);
      expect(await app.act('invoke', 'other-window', `parallax:${method}`), method).toMatchObject(refused);
    }
  });

  it('refuses navigation, new windows and permissions; web links go to the browser', async () => {
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview'] as const) {
      expect(await app.act('navigate', event, 'https://example.com/'), event).toBe(true);
    }
    for (const url of ['https://example.com/story', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(await app.act('openWindow', url), url).toEqual({ action: 'deny' });
    }
    expect(app.named('shell.openExternal').map((c) => c.args[0])).toEqual(['https://example.com/story']);
    expect(await app.act('requestPermission', 'media')).toBe(false);
    expect(await app.act('checkPermission', 'geolocation')).toBe(false);
  });

  it('lets the page load its own files only', async () => {
    const renderer = pathToFileURL(join(ROOT, 'out/renderer')).href;
    expect(await app.act('request', `${renderer}/index.html`)).toEqual({ cancel: false });
    expect(await app.act('request', `${renderer}/assets/index.js`)).toEqual({ cancel: false });
    expect(await app.act('request', 'https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(await app.act('request', pathToFileURL(join(ROOT, 'package.json')).href)).toEqual({ cancel: true });
  });

  it('hands a second instance on: that one quits without a window, this one shows and opens its folder', async () => {
    const folder = secondFolder;
    expect(await second.exited).toBe(0);
    expect(second.named('app.quit')).toHaveLength(1);
    expect(second.named('BrowserWindow.new')).toHaveLength(0);
    const [data] = second.named('app.requestSingleInstanceLock')[0]!.args;
    expect(data).toEqual({ folder });

    await app.act('minimize');
    // Electron may reorder the second instance's argv: what counts is the folder it resolved
    await app.act('secondInstance', ['/opt/Parallax/parallax', '--some-switch'], '/', data);
    await app.waitFor('webContents.send', (c) => c.args[0] === 'parallax:event:command' && c.args[1] === `open-path:${folder}`);
    expect(app.named('BrowserWindow.restore')).toHaveLength(1);
    expect(app.named('BrowserWindow.focus')).toHaveLength(1);
  });

  it('opens the folder of a second instance that arrives before the app is ready, after the first folder', async () => {
    const app = early;
    const folder = secondFolder;
    await app.act('secondInstance', ['/opt/Parallax/parallax', folder], '/', { folder });
    await app.act('ready');
    const opened = await app.waitFor('webContents.send', (c) => c.args[0] === 'parallax:event:corpusChanged' && (c.args[1] as CorpusInfo).root === folder);
    expect((opened.args[1] as CorpusInfo).head.ids).toEqual(['a.txt']);
    // the sample (or last folder) was shown first, the handed-on folder last
    const shown = app.named('webContents.send').filter((c) => c.args[0] === 'parallax:event:corpusChanged');
    expect((shown[shown.length - 1]!.args[1] as CorpusInfo).root).toBe(folder);
    expect(app.named('dialog.showErrorBox')).toEqual([]);
    await app.act('quit');
    expect(await app.exited).toBe(0);
  });

  it('stops the worker when it quits, so the process ends by itself', async () => {
    await app.act('quit');
    expect(await app.exited).toBe(0);
  });
});

describe.concurrent('a failure while starting', PATIENCE, () => {
  it('shows an unwritable data directory in a dialog and quits before taking the lock', async () => {
    const app = blocked;
    expect(await app.exited).toBe(0);
    const [title, message] = app.named('dialog.showErrorBox')[0]!.args as [string, string];
    expect(title).toMatch(/could not start/);
    expect(message).toContain(unwritable);
    expect(message).toContain('PARALLAX_DATA_DIR');
    expect(app.named('app.requestSingleInstanceLock')).toHaveLength(0);
    expect(app.named('BrowserWindow.new')).toHaveLength(0);
    expect(app.named('app.quit')).toHaveLength(1);
  });

  it('shows any other error in a dialog and quits instead of staying up without a window', async () => {
    const app = noWindow;
    // the worker had started: quitting stops it, or this process would never end
    expect(await app.exited).toBe(0);
    expect(app.named('dialog.showErrorBox')[0]!.args).toEqual(['Parallax could not start', 'stand-in: the window could not be created']);
    expect(app.named('app.quit')).toHaveLength(1);
  });
});
