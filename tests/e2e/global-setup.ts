/**
 * Before the end-to-end suite: the app must be built (the tests run `out/main/serve.js`, which
 * serves `out/renderer`), and a fingerprint of every file of the sample corpus is taken; after the
 * suite, corpus-untouched.test.ts checks the corpus is byte for byte what it was, because Parallax
 * never writes to the folder it reads.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from './support/chromium';
import { ROOT, SEEDS } from './support/host';

/** Every file below `dir` with the SHA-256 of its bytes, in path order. */
export function fingerprint(dir: string): string {
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else lines.push(`${relative(dir, path)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(dir);
  return lines.join('\n');
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedsFingerprint: string;
  }
}

/** The newest modification time of any file below `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    latest = Math.max(latest, info.isDirectory() ? newest(path) : info.mtimeMs);
  }
  return latest;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = [join(ROOT, 'out/renderer/index.html'), join(ROOT, 'out/main/serve.js')];
  // the tests run the built host and page: build them when missing or older than their sources
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'electron.vite.config.ts')).mtimeMs);
  const stale = built.some((file) => !existsSync(file) || statSync(file).mtimeMs < sources);
  if (stale) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // checked by corpus-untouched.test.ts, which the sequencer runs after every other file
  project.provide('seedsFingerprint', fingerprint(SEEDS));
  // one browser for every file of the run (support/chromium.ts)
  const server = await launchChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
