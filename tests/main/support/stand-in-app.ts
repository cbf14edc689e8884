/**
 * Runs a built main process (`out/main/index.js`, or the one inside a packaged app) under plain
 * Node with `electron` resolved to the stand-in (electron-stand-in.ts), and lets a test watch what
 * it does and act on it. Everything waits on events: a call arriving, an answer, the exit.
 *
 * The stand-in is TypeScript; Node 20 runs only JavaScript, so it is compiled once per test file
 * (vite's transform, in milliseconds) into a scratch folder with the two lines of loader hook that
 * point `electron` at it. Worker threads load no hook: they run exactly as under plain Node.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformWithOxc } from 'vite';
import type { CorpusInfo } from '../../../src/shared/article';
import type { Call, FromTest, Ops, OpName, StandInConfig, ToTest } from './electron-stand-in';

export type { Call, Sender, StandInConfig } from './electron-stand-in';

/** A scratch folder holding the compiled stand-in; `dispose` removes it and every app's data. */
export class StandInKit {
  private constructor(
    readonly dir: string,
    private readonly register: string,
  ) {}

  static async create(): Promise<StandInKit> {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-stand-in-'));
    const source = join(import.meta.dirname, 'electron-stand-in.ts');
    const { code } = await transformWithOxc(readFileSync(source, 'utf8'), source, { lang: 'ts' });
    const electron = join(dir, 'electron.mjs');
    writeFileSync(electron, code);
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {\n` +
        `  if (specifier === 'electron') return { url: ${JSON.stringify(pathToFileURL(electron).href)}, shortCircuit: true };\n` +
        `  return next(specifier, context);\n}\n`,
    );
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nimport { isMainThread } from 'node:worker_threads';\n` +
        `if (isMainThread) register(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    return new StandInKit(dir, pathToFileURL(register).href);
  }

  /** A fresh, empty folder under the kit's scratch folder. */
  folder(name: string): string {
    const path = join(this.dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** Starts `main` as Electron would with `args` after the app path (`electron . <args>`). */
  launch(main: string, options: { config: StandInConfig; args?: string[]; cwd?: string; env?: Record<string, string> }): StandInApp {
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PARALLAX_STAND_IN: JSON.stringify(options.config) };
    delete env.ELECTRON_RENDERER_URL;
    const child = fork(main, options.args ?? [], {
      cwd: options.cwd ?? process.cwd(),
      env,
      // Electron's main process only warns about an unhandled rejection; Node would end the process
      execArgv: ['--import', this.register, '--unhandled-rejections=warn'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    return new StandInApp(child);
  }

  dispose(): void {
    // maxRetries: a process killed after a failed test may still be writing there
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

type Waiter = { test: (call: Call) => boolean; resolve: (call: Call) => void; reject: (error: Error) => void };

/** One running main process. */
export class StandInApp {
  readonly calls: Call[] = [];
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  private stderr = '';
  private waiters: Waiter[] = [];
  private replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private done = false;

  constructor(private readonly child: ChildProcess) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.stdout!.resume();
    child.on('message', (message: ToTest) => this.receive(message));
    this.exited = new Promise((resolve) => {
      child.on('exit', (code) => {
        this.done = true;
        const error = () => new Error(`the app exited (code ${code}) first; calls: ${this.calls.map((c) => c.api).join(', ')}\n${this.stderr}`);
        for (const waiter of this.waiters) waiter.reject(error());
        for (const reply of this.replies.values()) reply.reject(error());
        resolve(code);
      });
    });
  }

  /** The calls made to `api` so far. */
  named(api: string): Call[] {
    return this.calls.filter((call) => call.api === api);
  }

  /** The first call to `api` that passes `test`, made already or yet to come. */
  waitFor(api: string, test: (call: Call) => boolean = () => true): Promise<Call> {
    const matches = (call: Call) => call.api === api && test(call);
    const seen = this.calls.find(matches);
    if (seen) return Promise.resolve(seen);
    if (this.done) return Promise.reject(new Error(`the app has exited without calling ${api}\n${this.stderr}`));
    return new Promise((resolve, reject) => this.waiters.push({ test: matches, resolve, reject }));
  }

  /** The corpus the app first sends its page; fails at once if the app shows an error instead. */
  firstCorpus(): Promise<CorpusInfo> {
    const sent = this.waitFor('webContents.send', (c) => c.args[0] === 'parallax:event:corpusChanged');
    const failed = this.waitFor('dialog.showErrorBox').then((c) => {
      throw new Error(`the app showed an error instead: ${c.args.join(': ')}\n${this.stderr}`);
    });
    // whichever loses is settled later (or at exit): neither may count as unhandled
    sent.catch(() => {});
    failed.catch(() => {});
    return Promise.race([sent, failed]).then((c) => c.args[1] as CorpusInfo);
  }

  /** Asks the stand-in to act (see its `ops`) and resolves with the answer. */
  act<K extends OpName>(op: K, ...args: Parameters<Ops[K]>): Promise<Awaited<ReturnType<Ops[K]>>> {
    const id = this.nextId++;
    const message: FromTest = { kind: 'op', id, op, args };
    return new Promise((resolve, reject) => {
      this.replies.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send(message);
    });
  }

  /** Ends the process if it is still running (after a failed test). */
  kill(): void {
    if (!this.done) this.child.kill();
  }

  private receive(message: ToTest): void {
    if (message.kind === 'reply') {
      const reply = this.replies.get(message.id);
      this.replies.delete(message.id);
      if (message.error !== undefined) reply?.reject(new Error(message.error));
      else reply?.resolve(message.value);
      return;
    }
    this.calls.push(message.call);
    for (const waiter of this.waiters.filter((w) => w.test(message.call))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message.call);
    }
  }
}
