/**
 * Packs the app the way `npm run dist` does, without the network: electron-builder `--dir --linux`
 * with `electronDist` pointed at a stand-in Electron folder. The stand-in executable is not a
 * program, only the bytes electron-builder and @electron/fuses look for: Electron's fuse wire,
 * at the states Electron ships with, so that the fuses the configuration sets can be read back.
 */
import { extractAll } from '@electron/asar';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The marker @electron/fuses finds the fuse wire by (its `SENTINEL`). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** '1' on, '0' off; Electron's defaults, in FuseV1Options order (run-as-node ... file-protocol privileges, wasm traps). */
const DEFAULT_FUSES = '101100011';

export const EXECUTABLE = 'parallax';

/** A stand-in for `node_modules/electron/dist`: an "executable" holding a fuse wire, and a version. */
export function standInElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES)]);
  const executable = join(dir, 'electron');
  writeFileSync(executable, Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron: not a program"\nexit 1\n'), wire]));
  chmodSync(executable, 0o755);
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(dir, 'version'), electronVersion);
  return dir;
}

/**
 * Runs electron-builder on the project at `root` (its own configuration, electron-builder.ts),
 * into `output`; resolves with the unpacked app's folder.
 */
export function packLinuxDir(root: string, electronDist: string, output: string): Promise<string> {
  const cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  const args = ['--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`];
  const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(join(output, 'linux-unpacked')) : reject(new Error(`electron-builder ${args.join(' ')} exited ${code}:\n${log}`)),
    );
  });
}

/**
 * The packaged `resources` folder as Electron's main thread sees it, on plain files under `into`:
 * `app.asar` as a folder (Electron reads the archive, unpacked entries included, through its own
 * file system), with `app.asar.unpacked` and `seeds` beside it as packaged. The worker entries are
 * taken out of the archive folder: a worker thread is not counted on to read through Electron's
 * archive support, so it must start from app.asar.unpacked and find there everything it imports.
 */
export function asElectronSeesIt(resources: string, into: string): string {
  const view = join(into, 'resources');
  const archive = join(view, 'app.asar');
  extractAll(join(resources, 'app.asar'), archive);
  for (const name of readdirSync(join(archive, 'out/main')).filter((n) => n.endsWith('-worker.js'))) {
    rmSync(join(archive, 'out/main', name));
  }
  symlinkSync(join(resources, 'app.asar.unpacked'), join(view, 'app.asar.unpacked'));
  symlinkSync(join(resources, 'seeds'), join(view, 'seeds'));
  return view;
}
