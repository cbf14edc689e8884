import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirError, dataDir, defaultDataDir, ensureDataDir } from '../../../src/core/app/data-dir';
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

  it('starts from defaults when every field is damaged', () => {
    writeFileSync(join(dir, 'config.json'), '{"recentFolders": 42, "lastFolder": {}}');
    const s = fileSettings(dir);
    expect(s.recentFolders()).toEqual([]);
    expect(s.lastFolder()).toBeNull();
    expect(s.preferences().theme).toBe('system');
    expect(s.notice).toMatch(/last folder, recent folders/);
  });

  it('keeps every valid field of a damaged file, drops only the bad ones and sets the file aside', () => {
    const folders = Array.from({ length: 51 }, (_, i) => `/news/${i}`);
    const damaged = {
      lastFolder: '/news/0',
      recentFolders: [folders[0], 42, ...folders.slice(1)],
      preferences: { theme: 'blue', recentSearches: ['maliki', 'troops'], syncScroll: false },
    };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(damaged));
    const s = fileSettings(dir);
    expect(s.lastFolder()).toBe('/news/0');
    expect(s.recentFolders()).toEqual(folders.slice(0, MAX_RECENT_FOLDERS));
    expect(s.preferences()).toEqual({ theme: 'system', recentSearches: ['maliki', 'troops'], syncScroll: false });
    expect(s.notice).toMatch(/^Some settings were damaged and were reset \(42 of recent folders, theme\); the rest were kept/);
    // the file as it was, beside the mended one
    const aside = readdirSync(dir).filter((f) => /^config\.damaged-.*\.json$/.test(f));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, aside[0]!), 'utf8'))).toEqual(damaged);
    expect(s.notice).toContain(join(dir, aside[0]!));
    // mended once: the next start has nothing to say
    expect(fileSettings(dir).notice).toBeNull();
  });

  it('sets aside a file that is not JSON at all and starts from defaults', () => {
    writeFileSync(join(dir, 'config.json'), '{"lastFolder": "/news", "recentFol');
    const s = fileSettings(dir);
    expect(s.lastFolder()).toBeNull();
    expect(s.notice).toMatch(/could not be read and was reset; it was kept as .*config\.damaged-/);
    expect(readdirSync(dir).filter((f) => f.startsWith('config.damaged-'))).toHaveLength(1);
  });

  it('has nothing to say about a sound file', () => {
    fileSettings(dir).rememberFolder('/news');
    expect(fileSettings(dir).notice).toBeNull();
  });
});

describe('data directory', () => {
  it('says which folder cannot be written and how to choose another, instead of a raw EACCES', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-data-'));
    try {
      // under a file: unwritable for every user, root included
      writeFileSync(join(dir, 'file'), '');
      const unwritable = join(dir, 'file', 'Parallax');
      expect(() => ensureDataDir(unwritable)).toThrow(DataDirError);
      expect(() => ensureDataDir(unwritable)).toThrow(new RegExp(`cannot write its data folder ${unwritable} \\(ENOTDIR\\).*PARALLAX_DATA_DIR`));
      ensureDataDir(join(dir, 'fresh', 'Parallax'));
      expect(readdirSync(join(dir, 'fresh', 'Parallax'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

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
