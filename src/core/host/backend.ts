/**
 * The whole request half of ParallaxApi for a host: the workspace worker answers the core methods,
 * the host's own services answer the rest (folder dialog, settings, host facts). Electron's IPC and
 * the browser host's HTTP routes both serve this one table through `dispatch`, which validates
 * every call first.
 */
import type { HostInfo, MethodName, ParallaxMethods } from '../../shared/api';
import type { Result } from '../../shared/result';
import { isMethodName, validateArgs } from '../api/validate';
import type { Settings } from '../app/settings';
import { toApiError } from '../workspace/failure';
import type { WorkspaceClient } from './workspace-client';

export interface HostServices {
  info: HostInfo;
  settings: Settings;
  /** The native folder picker: a path, or null when the user cancels. Hosts without one omit it. */
  chooseFolder?: () => Promise<string | null>;
  /** Told after a folder opened and was remembered (the desktop app rebuilds its Open Recent menu). */
  onFolderOpened?: () => void;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function createBackend(client: WorkspaceClient, services: HostServices): ParallaxMethods {
  const { settings } = services;
  const openCorpus: ParallaxMethods['openCorpus'] = async (path) => {
    const result = await client.call('openCorpus', path);
    if (result.ok) {
      settings.rememberFolder(result.value.isSample ? null : result.value.root);
      services.onFolderOpened?.();
    } else if (path !== null && result.error.code === 'not-found') settings.forgetFolder(path);
    return result;
  };
  return {
    getHostInfo: async () => ok(settings.notice ? { ...services.info, notice: settings.notice } : services.info),
    getRecentFolders: async () => ok(settings.recentFolders()),
    getPreferences: async () => ok(settings.preferences()),
    setPreferences: async (changes) => ok(settings.setPreferences(changes)),
    openCorpus,
    chooseCorpus: async () => {
      if (!services.chooseFolder) {
        return { ok: false, error: { code: 'unsupported', message: 'Type the folder path: there is no folder dialog in the browser.' } };
      }
      const path = await services.chooseFolder();
      return path === null ? ok(null) : openCorpus(path);
    },
    getCorpus: () => client.call('getCorpus'),
    getArticle: (id) => client.call('getArticle', id),
    correctArticles: (ids, changes) => client.call('correctArticles', ids, changes),
    exportCorrections: () => client.call('exportCorrections'),
    importCorrections: (csv) => client.call('importCorrections', csv),
    compare: (a, b, options) => client.call('compare', a, b, options),
    getAlignDefaults: () => client.call('getAlignDefaults'),
    exportComparison: (a, b, format, options) => client.call('exportComparison', a, b, format, options),
    search: (query) => client.call('search', query),
    findInArticle: (id, text) => client.call('findInArticle', id, text),
    getIndexStatus: () => client.call('getIndexStatus'),
    cancelIndexing: () => client.call('cancelIndexing'),
    resumeIndexing: () => client.call('resumeIndexing'),
    startReuse: () => client.call('startReuse'),
    cancelReuse: () => client.call('cancelReuse'),
    getReuse: () => client.call('getReuse'),
    getStories: () => client.call('getStories'),
    getStory: (id, text) => client.call('getStory', id, text),
    trackQuote: (text) => client.call('trackQuote', text),
    getOutletGraph: () => client.call('getOutletGraph'),
    exportTable: (kind, format, id, text) => client.call('exportTable', kind, format, id, text),
  } satisfies ParallaxMethods;
}

/** Validates and runs one call from outside; never throws. */
export async function dispatch(backend: ParallaxMethods, method: unknown, args: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'invalid-argument', message: `There is no method "${String(method)}".` } };
  }
  const problem = validateArgs(method, args);
  if (problem) return { ok: false, error: { code: 'invalid-argument', message: problem } };
  try {
    const handler = backend[method as MethodName] as (...a: unknown[]) => Promise<Result<unknown>>;
    return await handler(...(args as unknown[]));
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
