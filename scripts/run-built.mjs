#!/usr/bin/env node
/**
 * `node scripts/run-built.mjs <program> [args...]`: runs one of the Node programs built with the app
 * (`out/main/cli.js`, `out/main/serve.js`) in this process, as plain JavaScript, so that the command
 * line and the browser host start at once instead of compiling TypeScript on every run. When the
 * build is missing or older than the sources, it is rebuilt first (its output goes to stderr, so
 * that `--json` on stdout stays clean).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [program, ...args] = process.argv.slice(2);
const PROGRAMS = new Set(['cli', 'serve']);
if (!PROGRAMS.has(program ?? '')) {
  console.error(`usage: node scripts/run-built.mjs ${[...PROGRAMS].join('|')} [args...]`);
  process.exit(2);
}

/** The newest modification time below `dir` (0 when it does not exist). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(root, 'out', 'main', `${program}.js`);
const sources = Math.max(
  newest(join(root, 'src')),
  ...['package.json', 'electron.vite.config.ts'].map((f) => statSync(join(root, f)).mtimeMs),
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.error(`parallax: ${existsSync(built) ? 'the sources changed since the last build' : 'the app is not built yet'}; building it first…`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// the program reads its arguments from process.argv.slice(2), as when started directly
process.argv = [process.argv[0], built, ...args];
await import(pathToFileURL(built).href);
