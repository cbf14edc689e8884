/**
 * A stand-in for the `electron` module, for tests only (never shipped): the parts of Electron's
 * main-process API that Parallax uses, each recording what it was asked to do. It runs inside a
 * child Node process that loads the built `out/main/index.js` with `electron` resolved to this
 * file (see stand-in-app.ts), reports every call to the test over the process's IPC channel, and
 * answers the test's requests to play the user or the page: call an IPC handler from some frame,
 * navigate, open a window, ask for a permission or a request, start a second instance, quit.
 *
 * One file, importing only Node's built-ins: it is compiled to plain JavaScript on its own.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How the test sets the stand-in up (JSON in `PARALLAX_STAND_IN`). */
export interface StandInConfig {
  /** What `app.getAppPath()` answers: the project folder, or the packaged `resources/app.asar`. */
  appPath: string;
  /** `userData` until the app sets it. */
  userData: string;
  packaged?: boolean;
  /** `process.resourcesPath` of a packaged app. */
  resourcesPath?: string;
  /** Another instance holds the single-instance lock. */
  lockHeld?: boolean;
  /** Throw from `new BrowserWindow()`: a failure inside start-up. */
  failOnWindow?: boolean;
  /** Stay not ready until the test's `ready` op: what arrives before Electron is ready. */
  holdReady?: boolean;
}

/** A record of one call, as the test receives it. */
export interface Call {
  api: string;
  args: unknown[];
}

export type ToTest = { kind: 'call'; call: Call } | { kind: 'reply'; id: number; value?: unknown; error?: string };
export type FromTest = { kind: 'op'; id: number; op: OpName; args: unknown[] };

const config = JSON.parse(process.env.PARALLAX_STAND_IN ?? '{}') as StandInConfig;
const send = (message: ToTest, then?: () => void) => process.send?.(message, undefined, {}, then);
// functions cannot cross the channel: they are named instead
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null, (_k, v: unknown) => (typeof v === 'function' ? '[function]' : v)));
const record = (api: string, ...args: unknown[]) => send({ kind: 'call', call: { api, args: args.map(plain) } });

if (config.packaged) {
  // a packaged app's argv holds the executable and then the user's arguments
  process.argv = [process.argv[0]!, ...process.argv.slice(2)];
  (process as { resourcesPath?: string }).resourcesPath = config.resourcesPath;
}

class WebContents extends EventEmitter {
  private static next = 1;
  readonly id = WebContents.next++;
  url = '';
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', channel, ...args);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

let ready = false;
let quitting = false;
let lockAsked = false;
const paths = new Map<string, string>([['userData', config.userData]]);
let name = 'Electron';
let resolveReady: () => void = () => {};
const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));

class App extends EventEmitter {
  readonly isPackaged = !!config.packaged;
  get name(): string {
    return name;
  }
  setName(value: string): void {
    name = value;
  }
  getName(): string {
    return name;
  }
  getVersion(): string {
    return (JSON.parse(readFileSync(join(config.appPath, 'package.json'), 'utf8')) as { version: string }).version;
  }
  getAppPath(): string {
    return config.appPath;
  }
  getPath(key: string): string {
    const path = paths.get(key);
    if (!path) throw new Error(`stand-in: no path "${key}"`);
    return path;
  }
  setPath(key: string, path: string): void {
    record('app.setPath', key, path);
    paths.set(key, path);
  }
  isReady(): boolean {
    return ready;
  }
  whenReady(): Promise<void> {
    return whenReady;
  }
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    lockAsked = true;
    record('app.requestSingleInstanceLock', additionalData);
    return !config.lockHeld;
  }
  hasSingleInstanceLock(): boolean {
    return lockAsked && !config.lockHeld;
  }
  showAboutPanel(): void {
    record('app.showAboutPanel');
  }
  /** As Electron: before-quit (which may be prevented), the windows close, will-quit, quit. */
  quit(): void {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    quitting = true;
    for (const window of BrowserWindow.getAllWindows()) window.close();
    this.emit('will-quit', { preventDefault: () => {} });
    this.emit('quit', {}, 0);
    // the process now ends by itself once nothing of the app keeps it alive (a worker left
    // running would keep it up, and the test waiting for its exit would fail)
    send({ kind: 'call', call: { api: 'app.quit', args: [] } }, () => process.disconnect?.());
  }
  exit(code = 0): void {
    send({ kind: 'call', call: { api: 'app.exit', args: [code] } }, () => process.exit(code));
  }
}

export const app = new App();

function becomeReady(): void {
  if (quitting || ready) return;
  ready = true;
  app.emit('ready', {}, {});
  resolveReady();
}
if (!config.holdReady) setImmediate(becomeReady);

export class BrowserWindow extends EventEmitter {
  private static windows: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.windows];
  }
  readonly webContents = new WebContents();
  minimized = false;
  constructor(options: Record<string, unknown>) {
    super();
    if (config.failOnWindow) throw new Error('stand-in: the window could not be created');
    record('BrowserWindow.new', options);
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(path: string): Promise<void> {
    record('BrowserWindow.loadFile', path);
    this.webContents.url = pathToFileURL(path).href;
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    record('BrowserWindow.loadURL', url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    record('BrowserWindow.show');
  }
  focus(): void {
    record('BrowserWindow.focus');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    record('BrowserWindow.restore');
    this.minimized = false;
  }
  close(): void {
    BrowserWindow.windows = BrowserWindow.windows.filter((w) => w !== this);
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, Handler>();

class IpcMain extends EventEmitter {
  handle(channel: string, handler: Handler): void {
    // as Electron: one handler per channel
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', channel);
    handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    handlers.delete(channel);
  }
}
export const ipcMain = new IpcMain();

export const dialog = {
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
  showOpenDialog: async (...args: unknown[]) => {
    record('dialog.showOpenDialog', ...args.filter((a) => !(a instanceof BrowserWindow)));
    return { canceled: true, filePaths: [] };
  },
};

export const Menu = {
  buildFromTemplate: (template: { label?: string; role?: string }[]) => ({ items: template.map((t) => t.label ?? t.role) }),
  setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu),
};

export const shell = {
  openExternal: async (url: string) => record('shell.openExternal', url),
};

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
const sessionHandlers: { request?: PermissionRequest; check?: (...args: unknown[]) => boolean; beforeRequest?: BeforeRequest } = {};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: PermissionRequest) => (sessionHandlers.request = handler),
    setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (sessionHandlers.check = handler),
    webRequest: {
      onBeforeRequest: (...args: unknown[]) => (sessionHandlers.beforeRequest = args.at(-1) as BeforeRequest),
    },
  },
};

/** Which frame a test's IPC call comes from. */
export type Sender = 'app' | 'subframe' | 'other-window';

const mainWindow = () => {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) throw new Error('stand-in: no window');
  return window;
};
const otherContents = new WebContents();

/** What the test can make happen. */
const ops = {
  invoke: async (sender: Sender, channel: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const contents = mainWindow().webContents;
    const event =
      sender === 'app'
        ? { sender: contents, senderFrame: { url: contents.url } }
        : sender === 'subframe'
          ? { sender: contents, senderFrame: { url: 'https://example.com/embedded.html' } }
          : { sender: otherContents, senderFrame: { url: contents.url } };
    return handler(event, ...args);
  },
  /** Emits a navigation event on the window's contents: whether a handler prevented it. */
  navigate: (event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string) => {
    let prevented = false;
    mainWindow().webContents.emit(event, { preventDefault: () => (prevented = true), url }, url);
    return prevented;
  },
  openWindow: (url: string) => {
    const handler = mainWindow().webContents.windowOpenHandler;
    return handler ? handler({ url }) : { action: 'allow' };
  },
  requestPermission: (permission: string) =>
    new Promise<boolean>((resolve) => (sessionHandlers.request ? sessionHandlers.request(mainWindow().webContents, permission, resolve) : resolve(true))),
  checkPermission: (permission: string) => (sessionHandlers.check ? sessionHandlers.check(mainWindow().webContents, permission) : true),
  request: (url: string) =>
    new Promise<{ cancel?: boolean }>((resolve) => (sessionHandlers.beforeRequest ? sessionHandlers.beforeRequest({ url }, resolve) : resolve({}))),
  minimize: () => void (mainWindow().minimized = true),
  secondInstance: (argv: string[], cwd: string, data: unknown) => void app.emit('second-instance', {}, argv, cwd, data),
  quit: () => app.quit(),
  ready: () => becomeReady(),
} satisfies Record<string, (...args: never[]) => unknown>;

export type Ops = typeof ops;
export type OpName = keyof Ops;

process.on('message', (message: FromTest) => {
  if (message.kind !== 'op') return;
  const op = ops[message.op] as (...args: unknown[]) => unknown;
  Promise.resolve()
    .then(() => op(...message.args))
    .then(
      (value) => send({ kind: 'reply', id: message.id, value: plain(value) }),
      (error: unknown) => send({ kind: 'reply', id: message.id, error: String(error) }),
    );
});

export default { app, BrowserWindow, ipcMain, dialog, Menu, shell, session };
