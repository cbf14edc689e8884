/**
 * Mending a damaged settings file before the store opens it. The stores (conf, electron-store)
 * check the file against a schema and, on any mismatch, throw the whole file away: one bad field
 * (a theme named "blue", a number among the recent folders) cost the user every recent folder
 * and search. Here each field is checked on its own: what is valid is kept, only what is not is
 * dropped, and the file as it was is set aside beside it before the mended one replaces it.
 */
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RECENT_FOLDERS, MAX_RECENT_SEARCHES } from './settings';

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const THEMES = new Set(['system', 'light', 'dark']);

/** The strings of a list (duplicates and blanks left out), at most `max` of them; what was dropped is counted. */
function strings(value: unknown[], max: number): { kept: string[]; dropped: number } {
  const kept = [...new Set(value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0))].slice(0, max);
  return { kept, dropped: value.length - kept.length };
}

/** The settings with every invalid field dropped, and the names of what was dropped. */
export function mendSettings(data: Fields): { mended: Fields; dropped: string[] } {
  const mended: Fields = { ...data };
  const dropped: string[] = [];
  const list = (into: Fields, key: string, label: string, max: number) => {
    if (!Array.isArray(into[key])) {
      delete into[key];
      dropped.push(label);
      return;
    }
    const { kept, dropped: n } = strings(into[key], max);
    into[key] = kept;
    if (n > 0) dropped.push(`${n} of ${label}`);
  };
  if ('lastFolder' in data && data.lastFolder !== null && typeof data.lastFolder !== 'string') {
    delete mended.lastFolder;
    dropped.push('last folder');
  }
  if ('recentFolders' in data) list(mended, 'recentFolders', 'recent folders', MAX_RECENT_FOLDERS);
  if ('preferences' in data) {
    if (!isObject(data.preferences)) {
      delete mended.preferences;
      dropped.push('preferences');
    } else {
      const prefs: Fields = { ...data.preferences };
      if ('theme' in prefs && !THEMES.has(prefs.theme as string)) {
        delete prefs.theme;
        dropped.push('theme');
      }
      if ('syncScroll' in prefs && typeof prefs.syncScroll !== 'boolean') {
        delete prefs.syncScroll;
        dropped.push('synchronized scrolling');
      }
      if ('recentSearches' in prefs) list(prefs, 'recentSearches', 'recent searches', MAX_RECENT_SEARCHES);
      mended.preferences = prefs;
    }
  }
  return { mended, dropped };
}

/** `config.json` -> `config.damaged-2026-02-03T10-11-12.json`: never overwrites an earlier one. */
function asideName(file: string, now: Date): string {
  return file.replace(/\.json$/, '') + `.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/**
 * Mends `<dir>/<file>` in place when it is damaged, keeping a copy of it as it was beside it.
 * Returns a one-line notice for the user, or null when the file was sound (or absent).
 */
export function repairSettingsFile(dir: string, file = 'config.json', now = new Date()): string | null {
  const path = join(dir, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const aside = join(dir, asideName(file, now));
  if (!isObject(parsed)) {
    // nothing in it can be read: set aside whole, the store starts from the defaults
    renameSync(path, aside);
    return `The settings file could not be read and was reset; it was kept as ${aside}.`;
  }
  const { mended, dropped } = mendSettings(parsed);
  if (dropped.length === 0) return null;
  copyFileSync(path, aside);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(mended, null, '\t'));
  renameSync(temp, path);
  return `Some settings were damaged and were reset (${dropped.join(', ')}); the rest were kept, and the file as it was is in ${aside}.`;
}
