#!/usr/bin/env node
/**
 * `npm start [-- <folder>]`: builds Parallax and opens it in Electron, on the folder given or on
 * the sample articles. Electron fetches its binary on first use; where that is impossible (no
 * internet), this says so in one line and names the browser-mode command instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

let { dir, executable } = electronBinary();
if (!executable && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
  console.log('Parallax: fetching the Electron binary (first start only)…');
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore' });
  ({ executable } = electronBinary());
}
if (!executable) {
  console.error(
    'Parallax: the Electron binary is not installed (it downloads on first start and that needs internet access) — ' +
      'get it with `npx install-electron` on a connected machine, or use the browser mode now: `npm run build && npm run serve`',
  );
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(executable, ['.', ...args.map((a) => (a.startsWith('-') ? a : resolve(a)))], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
