/**
 * Where Electron's binary is, found without `require('electron')`: that call downloads the binary
 * when it is missing, which on a machine without internet prints a download attempt and fails.
 * Electron's package records the executable's path in `path.txt` once the binary is installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ dir: string, executable: string | null }} the package folder and the binary, if installed */
export function electronBinary(env = process.env) {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const executable = relative ? join(distDir, relative) : null;
  return { dir, executable: executable && existsSync(executable) ? executable : null };
}
