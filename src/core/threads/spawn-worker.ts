/**
 * Starting a worker thread from the same code whether it runs built or from source. Built (the
 * Electron app), every worker entry is a `.js` file in the folder of the bundle that starts it.
 * From source (tests, tsx), the entry is the `.ts` file beside the caller; Node 20 cannot start a
 * worker on a `.ts` file even with tsx's flags, so a small `.mjs` bootstrap registers tsx in the
 * new thread and then imports the entry.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker entry `name` (no extension) that lives next to the module whose
 * `import.meta.url` is given. `options.workerData` reaches the entry unchanged.
 */
export function spawnWorker(importMetaUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const fromSource = importMetaUrl.endsWith('.ts');
  if (!fromSource) return new Worker(new URL(`./${name}.js`, importMetaUrl), options);
  const entry = new URL(`./${name}.ts`, importMetaUrl).href;
  // built from a variable so that bundlers leave the bootstrap reference alone
  const bootstrap = new URL(['.', 'ts-worker-bootstrap.mjs'].join('/'), import.meta.url);
  return new Worker(bootstrap, { ...options, argv: [entry, ...(options.argv ?? [])] });
}
