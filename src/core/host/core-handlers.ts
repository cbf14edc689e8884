/**
 * The workspace's answers to the core methods of ParallaxApi, each wrapped in a Result: each
 * method of the API that `METHODS` places in the workspace is the Workspace method of that name.
 * State that also arrives as events (the corpus, the index status, the reuse progress) leaves
 * stamped with a version, in replies and events alike.
 */
import { WORKSPACE_EVENTS, WORKSPACE_METHODS } from '../../shared/api';
import type { Result } from '../../shared/result';
import { toResult } from '../workspace/failure';
import type { Workspace } from '../workspace/workspace';
import type { CoreEvents, CoreMethodName, CoreMethods } from './protocol';
import { versionStamp, type Stamp } from './version-stamp';

type Value<K extends CoreMethodName> = Awaited<ReturnType<CoreMethods[K]>> extends Result<infer V> ? V : never;
/** A versioned value as the workspace makes it, before the stamp. */
type Unstamped<V> = V extends { version: number } ? Omit<V, 'version'> : V;

/** What the Workspace must offer: every core method under its API name, answering the value unstamped. */
type Implements = {
  [K in CoreMethodName]: (...args: Parameters<CoreMethods[K]>) => Unstamped<Value<K>> | Promise<Unstamped<Value<K>>>;
};

/** The core methods whose answer is versioned state; the type keeps this list complete. */
type StampedName = { [K in CoreMethodName]: Value<K> extends { version: number } | null ? K : never }[CoreMethodName];
const STAMPED: Record<StampedName, true> = {
  getCorpus: true,
  getListing: true,
  openCorpus: true,
  correctArticles: true,
  getIndexStatus: true,
  cancelIndexing: true,
  resumeIndexing: true,
  startReuse: true,
  cancelReuse: true,
  getReuse: true,
};
const isStamped = (method: CoreMethodName): method is StampedName => Object.prototype.hasOwnProperty.call(STAMPED, method);

/** Binds every core method to the workspace method of the same name. */
export function coreHandlers(ws: Workspace, stamp: Stamp = versionStamp()): CoreMethods {
  const workspace: Implements = ws;
  const table: Record<string, (...args: unknown[]) => Promise<Result<unknown>>> = {};
  for (const method of WORKSPACE_METHODS) {
    const run = workspace[method] as (...args: unknown[]) => unknown;
    table[method] = (...args) =>
      toResult(async () => {
        const value = await run.apply(ws, args);
        return isStamped(method) && value !== null && typeof value === 'object' ? stamp(value) : value;
      });
  }
  return table as unknown as CoreMethods;
}

/** Passes every workspace event to `send`, stamped with a version from the same counter as the replies. */
export function forwardEvents(
  ws: Workspace,
  stamp: Stamp,
  send: <K extends keyof CoreEvents>(channel: K, payload: CoreEvents[K]) => void,
): void {
  for (const channel of WORKSPACE_EVENTS) {
    ws.events.on(channel, (payload: unknown) => send(channel, (payload !== null && typeof payload === 'object' ? stamp(payload) : payload) as never));
  }
}
