/**
 * The browser host: `npm run serve -- [folder] [--port N]` serves the app on 127.0.0.1, prints one
 * line with its address (which carries the per-launch token) as soon as it listens, and then opens
 * the folder (the sample articles when none is given): the page shows the opening's progress, as
 * the desktop app's window does. Ctrl+C stops it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WORKSPACE_EVENTS } from '../shared/api';
import { dataDir, ensureDataDir } from '../core/app/data-dir';
import { fileSettings } from '../core/app/file-settings';
import { createBackend } from '../core/host/backend';
import { WorkspaceClient } from '../core/host/workspace-client';
import { startHostServer, type HostServer } from './http-server';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Why `folder` cannot be opened at all, found before anything starts; null when it may be. */
function folderProblem(folder: string): string | null {
  try {
    return statSync(folder).isDirectory() ? null : 'it is not a folder';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${code})`;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { port: { type: 'string', default: '0' }, 'no-watch': { type: 'boolean', default: false } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`parallax serve: --port must be a number from 0 to 65535, got "${values.port}"`);
    return 2;
  }
  const rendererDir = join(appRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('parallax serve: the app is not built yet; run `npm run build` first.');
    return 1;
  }
  const folder = positionals[0] ? resolve(positionals[0]) : null;
  const problem = folder ? folderProblem(folder) : null;
  if (problem) {
    console.error(`parallax serve: could not open ${folder}: ${problem}`);
    return 1;
  }
  const data = dataDir();
  try {
    ensureDataDir(data);
  } catch (error) {
    console.error(`parallax serve: ${(error as Error).message}`);
    return 1;
  }
  const client = new WorkspaceClient({ sampleDir: join(appRoot, 'seeds'), dataDir: data, watch: !values['no-watch'] });
  const backend = createBackend(client, {
    info: { kind: 'browser', version: process.env.npm_package_version ?? '0.0.0', nativeDialogs: false },
    settings: fileSettings(data),
  });
  let host: HostServer;
  try {
    host = await startHostServer(backend, { port, token: randomBytes(24).toString('base64url'), rendererDir });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${port} is in use (--port 0 picks a free one)` : code === 'EACCES' ? `port ${port} is not allowed` : String(error);
    console.error(`parallax serve: cannot listen on 127.0.0.1: ${why}`);
    await client.close();
    return 1;
  }
  for (const channel of WORKSPACE_EVENTS) client.events.on(channel, (payload) => host.broadcast(channel, payload));
  console.log(`Parallax is serving ${folder ?? 'the sample articles'} at ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    await host.close();
    await client.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // the folder opens while the page is already up: it shows the progress, then the library
  void backend.openCorpus(folder).then(async (opened) => {
    if (stopping) return;
    if (!opened.ok && folder !== null) {
      console.error(`parallax serve: could not open ${folder}: ${opened.error.message}; opening the sample articles instead`);
      opened = await backend.openCorpus(null);
    }
    if (opened.ok) {
      host.broadcast('corpusChanged', opened.value);
      const { root, articleCount, rejected } = opened.value;
      console.log(`Opened ${root}: ${articleCount.toLocaleString('en')} articles, ${rejected.length.toLocaleString('en')} files refused`);
    } else console.error(`parallax serve: could not open the sample articles: ${opened.error.message}`);
  });
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
