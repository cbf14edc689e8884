/**
 * What Parallax remembers between launches: the last folder, recent folders and the user's
 * preferences. The store is electron-store in the desktop app and `conf` (the library under it)
 * in the browser host and CLI; both write `config.json` in the data directory, so all three share it.
 */
import type { Preferences } from '../../shared/api';

export interface SettingsData {
  lastFolder: string | null;
  recentFolders: string[];
  preferences: Preferences;
}

/** The part of electron-store's and conf's interface that settings use. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
}

export const MAX_RECENT_FOLDERS = 10;
export const MAX_RECENT_SEARCHES = 20;

export const DEFAULT_SETTINGS: SettingsData = {
  lastFolder: null,
  recentFolders: [],
  preferences: { theme: 'system', recentSearches: [], syncScroll: true },
};

/** A JSON schema for the store, so a hand-edited or corrupt file is caught, not trusted. */
export const SETTINGS_SCHEMA = {
  lastFolder: { type: ['string', 'null'] },
  recentFolders: { type: 'array', items: { type: 'string' }, maxItems: 50 },
  preferences: {
    type: 'object',
    properties: {
      theme: { enum: ['system', 'light', 'dark'] },
      recentSearches: { type: 'array', items: { type: 'string' } },
      syncScroll: { type: 'boolean' },
    },
  },
} as const;

export class Settings {
  /**
   * @param notice a one-line message for the user when the settings file was damaged and mended
   *   as it was opened (see settings-repair.ts), else null
   */
  constructor(
    private readonly store: KeyValueStore<SettingsData>,
    readonly notice: string | null = null,
  ) {}

  lastFolder(): string | null {
    return this.store.get('lastFolder') ?? null;
  }

  recentFolders(): string[] {
    return this.store.get('recentFolders') ?? [];
  }

  /** Remembers a folder the user opened: last folder, and first of the recent ones. */
  rememberFolder(path: string | null): void {
    this.store.set('lastFolder', path);
    if (path === null) return;
    const recent = [path, ...this.recentFolders().filter((p) => p !== path)].slice(0, MAX_RECENT_FOLDERS);
    this.store.set('recentFolders', recent);
  }

  /** Drops a folder that no longer opens from the recent list. */
  forgetFolder(path: string): void {
    this.store.set('recentFolders', this.recentFolders().filter((p) => p !== path));
    if (this.lastFolder() === path) this.store.set('lastFolder', null);
  }

  preferences(): Preferences {
    return { ...DEFAULT_SETTINGS.preferences, ...this.store.get('preferences') };
  }

  setPreferences(changes: Partial<Preferences>): Preferences {
    const next = { ...this.preferences(), ...changes };
    next.recentSearches = [...new Set(next.recentSearches.map((q) => q.trim()).filter(Boolean))].slice(0, MAX_RECENT_SEARCHES);
    this.store.set('preferences', next);
    return next;
  }
}
