import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir, defaultDataDir } from '../../../src/core/app/data-dir';
import { fileSettings } from '../../../src/core/app/file-settings';
import { MAX_RECENT_FOLDERS } from '../../../src/core/app/settings';

describe('settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the last folder, recent folders and preferences through the file', () => {
    const first = fileSettings(dir);
    first.rememberFolder('/news/2024');
    first.rememberFolder('/news/2025');
    first.setPreferences({ theme: 'dark', recentSearches: ['maliki', ' troops ', 'maliki'] });
    const again = fileSettings(dir);
    expect(again.lastFolder()).toBe('/news/2025');
    expect(again.recentFolders()).toEqual(['/news/2025', '/news/2024']);
    expect(again.preferences()).toEqual({ theme: 'dark', recentSearches: ['maliki', 'troops'], syncScroll: true });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).lastFolder).toBe('/news/2025');
  });

  it('keeps the recent list short and without duplicates', () => {
    const s = fileSettings(dir);
    for (let i = 0; i < MAX_RECENT_FOLDERS + 5; i++) s.rememberFolder(`/f${i}`);
    s.rememberFolder('/f3');
    expect(s.recentFolders()).toHaveLength(MAX_RECENT_FOLDERS);
    expect(s.recentFolders()[0]).toBe('/f3');
    expect(new Set(s.recentFolders()).size).toBe(MAX_RECENT_FOLDERS);
  });

  it('forgets a folder that no longer opens', () => {
    const s = fileSettings(dir);
    s.rememberFolder('/gone');
    s.forgetFolder('/gone');
    expect(s.recentFolders()).toEqual([]);
    expect(s.lastFolder()).toBeNull();
  });

  it('starts from defaults when the file is corrupt', () => {
    writeFileSync(join(dir, 'config.json'), '{"recentFolders": 42, "lastFolder": {}}');
    const s = fileSettings(dir);
    expect(s.recentFolders()).toEqual([]);
    expect(s.preferences().theme).toBe('system');
  });
});

describe('data directory', () => {
  it('is PARALLAX_DATA_DIR when set', () => {
    expect(dataDir({ PARALLAX_DATA_DIR: '/tmp/px' })).toBe('/tmp/px');
    expect(dataDir({ PARALLAX_DATA_DIR: '  ' })).toBe(defaultDataDir({}));
  });

  it('follows the platform conventions', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.cfg' }, 'linux')).toBe('/home/u/.cfg/Parallax');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toMatch(/Parallax$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Parallax$/);
  });
});
