/**
 * The whole request half of ParallaxApi for a host: the workspace worker answers the core methods,
 * the host's own services answer the rest (folder dialog, settings, host facts). Electron's IPC and
 * the browser host's HTTP routes both serve this one table through `dispatch`, which validates
 * every call first.
 */
import { WORKSPACE_METHODS, type HostInfo, type MethodName, type ParallaxMethods, type WorkspaceMethodName } from '../../shared/api';
import type { CorpusInfo } from '../../shared/article';
import type { Result } from '../../shared/result';
import { isNewer, type Versioned } from '../../shared/version';
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
  // The folder's listing as last read, the newest version of the replies and events that carried
  // it. getCorpus answers from it: the listing of 20,000 articles is megabytes, and asking the
  // worker again copied it across threads for every page load and every event stream. Every change
  // of the listing (an open, a change on disk, a correction) reaches the host as one of those; a
  // worker that stopped forgets it.
  let corpus: Versioned<CorpusInfo> | null = null;
  const keep = (info: Versioned<CorpusInfo>) => {
    // frozen: it is handed out again and again, and the browser host writes its JSON once
    if (isNewer(info, corpus)) corpus = Object.freeze(info);
  };
  client.events.on('corpusChanged', keep);
  const call = async <R>(answer: Promise<Result<R>>): Promise<Result<R>> => {
    const result = await answer;
    if (!result.ok && result.error.code === 'internal') corpus = null;
    return result;
  };
  const openCorpus: ParallaxMethods['openCorpus'] = async (path) => {
    const result = await call(client.call('openCorpus', path));
    if (result.ok) {
      keep(result.value);
      settings.rememberFolder(result.value.isSample ? null : result.value.root);
      services.onFolderOpened?.();
    } else if (path !== null && result.error.code === 'not-found') settings.forgetFolder(path);
    return result;
  };
  // every workspace method goes to the worker as it is; the host's own ones (and the opening,
  // which the host remembers) are written out below
  const forwarded = Object.fromEntries(
    WORKSPACE_METHODS.map((method) => [method, (...args: unknown[]) => call(client.call(method, ...(args as never)) as Promise<Result<unknown>>)]),
  ) as Pick<ParallaxMethods, WorkspaceMethodName>;
  return {
    ...forwarded,
    getCorpus: async () => {
      if (corpus) return ok(corpus);
      const result = await forwarded.getCorpus();
      if (result.ok) keep(result.value);
      return result;
    },
    correctArticles: async (ids, changes) => {
      const result = await forwarded.correctArticles(ids, changes);
      if (result.ok) keep(result.value);
      return result;
    },
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
