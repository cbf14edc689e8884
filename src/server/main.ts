/**
 * The browser host: `npm run serve -- [folder] [--port N]` opens the folder (the sample articles
 * when none is given), serves the app on 127.0.0.1 and prints one line with its address, which
 * carries the per-launch token. Ctrl+C stops it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataDir, ensureDataDir } from '../core/app/data-dir';
import { fileSettings } from '../core/app/file-settings';
import { createBackend } from '../core/host/backend';
import { WorkspaceClient } from '../core/host/workspace-client';
import { startHostServer, type HostServer } from './http-server';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
  const opened = await backend.openCorpus(folder);
  if (!opened.ok) {
    console.error(`parallax serve: could not open ${folder ?? 'the sample articles'}: ${opened.error.message}`);
    await client.close();
    return 1;
  }
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
  client.events.on('corpusChanged', (info) => host.broadcast('corpusChanged', info));
  client.events.on('indexStatus', (s) => host.broadcast('indexStatus', s));
  client.events.on('reuseProgress', (p) => host.broadcast('reuseProgress', p));
  client.events.on('openProgress', (p) => host.broadcast('openProgress', p));
  console.log(`Parallax is serving ${opened.value.root} at ${host.url}`);
  const stop = async () => {
    await host.close();
    await client.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
