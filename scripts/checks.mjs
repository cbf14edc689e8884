// `npm test`'s checks before the tests: the type checks, lint and the build, run two at a time
// (each of them is mostly one core's work, and these machines have two), every one to the end, so
// that one run reports every failure. Exits non-zero when any failed, with its output.
import { spawn } from 'node:child_process';

const bin = (name) => `node_modules/.bin/${name}`;
const checks = [
  ['typecheck (node)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']],
  ['lint', bin('eslint'), ['.']],
  ['typecheck (e2e, bench)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.e2e.json']],
  ['typecheck (renderer)', bin('svelte-check'), ['--tsconfig', './tsconfig.web.json', '--fail-on-warnings']],
  ['build', bin('electron-vite'), ['build']],
];
const AT_ONCE = 2;

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ name, ok: false, output: String(error), seconds: 0 }));
    child.on('close', (code) => resolve({ name, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const queue = [...checks];
const results = [];
await Promise.all(
  Array.from({ length: AT_ONCE }, async () => {
    while (queue.length) results.push(await run(queue.shift()));
  }),
);
for (const r of results) process.stderr.write(`${r.ok ? 'ok' : 'FAILED'}  ${r.name} (${r.seconds.toFixed(1)} s)\n`);
const failed = results.filter((r) => !r.ok);
for (const r of failed) process.stderr.write(`\n--- ${r.name} ---\n${r.output}\n`);
process.exitCode = failed.length ? 1 : 0;
