/**
 * The main process's start-up when it fails: with Electron replaced by a recording stand-in, an
 * unwritable data folder must end in an error dialog that names the folder and PARALLAX_DATA_DIR,
 * and a quit, never in a windowless app that holds the single-instance lock.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'parallax-main-'));
writeFileSync(join(scratch, 'file'), '');
// under a file: no user, root included, can create it
const unwritable = join(scratch, 'file', 'Parallax');

const seen = vi.hoisted(() => ({ dialogs: [] as string[][], quits: 0, windows: 0, ready: null as Promise<void> | null, quit: () => {} }));
const quitting = new Promise<void>((resolve) => (seen.quit = resolve));

vi.mock('electron', () => ({
  app: {
    setName: () => {},
    setPath: () => {},
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => unwritable,
    getAppPath: () => scratch,
    getVersion: () => '0.0.0',
    on: () => {},
    quit: () => {
      seen.quits++;
      seen.quit();
    },
  },
  dialog: { showErrorBox: (title: string, message: string) => seen.dialogs.push([title, message]) },
  Menu: { setApplicationMenu: () => {} },
}));
// electron-store loads the real Electron from node_modules, out of reach of the mock above
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return { default: class extends Conf {} };
});
vi.mock('../../src/main/security', () => ({ applySecurityDefaults: () => {} }));
vi.mock('../../src/main/window', () => ({
  appOrigin: () => ({}),
  isAppFrame: () => true,
  createMainWindow: () => {
    seen.windows++;
    return { on: () => {}, webContents: null };
  },
}));

describe('main process start-up', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('shows one clear dialog and quits when the data folder cannot be written', async () => {
    await import('../../src/main/index');
    await quitting;
    expect(seen.quits).toBe(1);
    expect(seen.windows).toBe(0);
    expect(seen.dialogs).toHaveLength(1);
    const [title, message] = seen.dialogs[0]!;
    expect(title).toBe('Parallax could not start');
    expect(message).toContain(`cannot write its data folder ${unwritable}`);
    expect(message).toContain('PARALLAX_DATA_DIR');
  });
});
