/**
 * The workspace's thread: a worker that owns the open corpus and answers the core methods of
 * ParallaxApi, so opening, comparing and searching never run on the host's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSearchService } from '../search/service';
import { Workspace } from '../workspace/workspace';
import { coreHandlers, forwardEvents } from './core-handlers';
import type { HostToWorker, WorkerInit, WorkerToHost } from './protocol';
import { versionStamp } from './version-stamp';

const port = parentPort;
if (!port) throw new Error('workspace-worker must run in a worker thread');
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
const send = (message: WorkerToHost) => port.postMessage(message);

forwardEvents(workspace, stamp, (channel, payload) => send({ type: 'event', channel, payload }));

port.on('message', async (message: HostToWorker) => {
  const handler = handlers[message.method] as (...args: unknown[]) => Promise<unknown>;
  send({ type: 'result', id: message.id, result: await handler(...message.args) });
});
