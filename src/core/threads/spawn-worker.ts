/**
 * Starting a worker thread from the same code whether it runs built or from source. Built (the
 * Electron app), every worker entry is a `.js` file in the folder of the bundle that starts it.
 * From source (tests, tsx), the entry is the `.ts` file beside the caller; Node 20 cannot start a
 * worker on a `.ts` file even with tsx's flags, so a small `.mjs` bootstrap registers tsx in the
 * new thread and then imports the entry. Packaged, the bundles sit in Electron's `app.asar`, which
 * only Electron's patched file system reads; packaging unpacks them beside it (`app.asar.unpacked`,
 * see electron-builder.ts) and the worker is started from there, on plain files.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker entry `name` (no extension) that lives next to the module whose
 * `import.meta.url` is given. `options.workerData` reaches the entry unchanged.
 */
export function spawnWorker(importMetaUrl: string, name: string, options: WorkerOptions = {}): Worker {
  const fromSource = importMetaUrl.endsWith('.ts');
  if (!fromSource) return new Worker(builtEntry(importMetaUrl, name), options);
  const entry = new URL(`./${name}.ts`, importMetaUrl).href;
  // built from a variable so that bundlers leave the bootstrap reference alone
  const bootstrap = new URL(['.', 'ts-worker-bootstrap.mjs'].join('/'), import.meta.url);
  return new Worker(bootstrap, { ...options, argv: [entry, ...(options.argv ?? [])] });
}

/** The built entry `name` beside `importMetaUrl`, outside the asar archive when packaged. */
export function builtEntry(importMetaUrl: string, name: string): URL {
  const url = new URL(`./${name}.js`, importMetaUrl);
  return new URL(url.href.replace('/app.asar/', '/app.asar.unpacked/'));
}
