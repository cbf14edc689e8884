import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// electron-store needs Electron's app paths; a stand-in built on conf (the library under it)
// with a temporary cwd behaves the same for what Settings uses
const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  return {
    default: class extends Conf {
      constructor(options: Record<string, unknown>) {
        super({ ...options, projectName: 'parallax', configName: options.name as string });
      }
    },
  };
});

const { electronSettings } = await import('../../src/main/store');

describe('electron settings', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through electron-store', () => {
    electronSettings(dir).rememberFolder('/articles');
    electronSettings(dir).setPreferences({ syncScroll: false });
    const again = electronSettings(dir);
    expect(again.lastFolder()).toBe('/articles');
    expect(again.preferences().syncScroll).toBe(false);
  });

  it('mends a damaged file as the browser host does, keeping what is valid', () => {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ lastFolder: '/articles', recentFolders: ['/articles', 7], preferences: { theme: 'blue' } }));
    const settings = electronSettings(dir);
    expect(settings.recentFolders()).toEqual(['/articles']);
    expect(settings.notice).toMatch(/1 of recent folders, theme/);
  });
});
