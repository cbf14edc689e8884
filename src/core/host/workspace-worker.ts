/**
 * The workspace's thread: a worker that owns the open corpus and answers the core methods of
 * ParallaxApi, so opening, comparing and searching never run on the host's main thread.
 */
import { workerData } from 'node:worker_threads';
import { createSearchService } from '../search/service';
import { serveThread } from '../threads/serve-thread';
import { Workspace, type WorkspaceEvents } from '../workspace/workspace';
import { coreHandlers } from './core-handlers';
import type { WorkerInit, WorkspaceRequest } from './protocol';

const init = workerData as WorkerInit;

const workspace = new Workspace({
  sampleDir: init.sampleDir,
  watch: init.watch,
  dataDir: init.dataDir,
  createSearch: () => createSearchService({ dataDir: init.dataDir, warmPhraseFilters: true }),
});
const handlers = coreHandlers(workspace);

const thread = serveThread<WorkspaceRequest, unknown>(({ method, args }) => {
  const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
  return handler(...args);
});

const channels: (keyof WorkspaceEvents)[] = ['indexStatus', 'reuseProgress', 'corpusChanged', 'openProgress'];
for (const channel of channels) workspace.events.on(channel, (payload) => thread.emit(channel, payload));
