/**
 * The workspace's thread: a worker that owns the open corpus and answers the core methods of
 * ParallaxApi, so opening, comparing and searching never run on the host's main thread.
 */
import { workerData } from 'node:worker_threads';
import { createSearchService } from '../search/service';
import { serveThread } from '../threads/serve-thread';
import { Workspace } from '../workspace/workspace';
import { coreHandlers, forwardEvents } from './core-handlers';
import type { WorkerInit, WorkspaceRequest } from './protocol';
import { versionStamp } from './version-stamp';

const init = workerData as WorkerInit;

const workspace = new Workspace({
  sampleDir: init.sampleDir,
  watch: init.watch,
  dataDir: init.dataDir,
  createSearch: () => createSearchService({ dataDir: init.dataDir, warmPhraseFilters: true }),
});
// replies and events draw their versions from one counter, in the order the worker sends them
const stamp = versionStamp();
const handlers = coreHandlers(workspace, stamp);

const thread = serveThread<WorkspaceRequest, unknown>(({ method, args }) => {
  const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
  return handler(...args);
});

forwardEvents(workspace, stamp, (channel, payload) => thread.emit(channel, payload));
