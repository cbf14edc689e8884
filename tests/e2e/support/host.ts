/**
 * The browser host as the tests use it: the built `out/main/serve.js` (what `npm run serve` runs;
 * global-setup.ts builds it when the sources are newer) started on a free port with a scratch data
 * directory, stopped at the end. Its one line of output gives the address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SEEDS = join(ROOT, 'seeds');

export interface RunningHost {
  /** The full address with the token: open it to load the app. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  dataDir: string;
  /** What the host has printed on stdout so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface HostOptions {
  /** Environment variables for the host (PARALLAX_DATA_DIR among them, to give it a prepared one). */
  env?: Record<string, string>;
  /**
   * Resolve as soon as the address is printed, before the folder is open (the host prints its
   * address first and then opens the folder). By default, wait for the folder too, so that a
   * test starts with the library in place.
   */
  addressOnly?: boolean;
}

export async function startHost(folder: string | null = SEEDS, options: HostOptions = {}): Promise<RunningHost> {
  const extraEnv = options.env ?? {};
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-data-'));
  const args = [join(ROOT, 'out/main/serve.js'), ...(folder ? [folder] : []), '--port', '0'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let stdout = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start in time\n${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (match && (options.addressOnly || /^Opened /m.test(stdout))) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with code ${code}\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    output: () => stdout,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
