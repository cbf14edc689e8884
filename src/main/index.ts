/**
 * The desktop app's main process: one window, the native menu and dialogs, settings, and the IPC
 * bridge to the workspace, which runs in a worker thread so the window never waits on the core.
 */
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { WORKSPACE_EVENTS } from '../shared/api';
import { ensureDataDir } from '../core/app/data-dir';
import { createBackend } from '../core/host/backend';
import { WorkspaceClient } from '../core/host/workspace-client';
import { folderArgument, type InstanceData, secondInstanceFolder } from './args';
import { registerIpc, sendEvent } from './ipc';
import { buildMenu } from './menu';
import { applySecurityDefaults } from './security';
import { electronSettings } from './store';
import { appOrigin, createMainWindow, isAppFrame } from './window';

app.setName('Parallax');
// tests and benchmarks point the app at a scratch data folder
if (process.env.PARALLAX_DATA_DIR) app.setPath('userData', process.env.PARALLAX_DATA_DIR);

const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origin = appOrigin(devServer);
applySecurityDefaults(origin);

let window: BrowserWindow | null = null;
/** The folder this launch was asked to open; a second instance hands its own to the first. */
const requested: InstanceData = { folder: folderArgument(process.argv, app.isPackaged, process.cwd()) };
/**
 * Opens a folder a second instance named. Until start-up has shown the first folder there is no
 * window to ask (or its page is not listening yet), so the folder waits in `handedOn` and start-up
 * opens it last: the user's latest launch wins, and none is lost.
 */
let openHandedOn: ((folder: string) => void) | null = null;
let handedOn: string | null = null;

/**
 * Start-up failed: say why in a dialog and quit, so that no windowless app is left holding the
 * single-instance lock (which would make every later launch a silent no-op).
 */
function fail(error: unknown): void {
  console.error('parallax: start-up failed:', error);
  dialog.showErrorBox('Parallax could not start', error instanceof Error ? error.message : String(error));
  app.quit();
}

async function start(): Promise<void> {
  const data = app.getPath('userData');
  ensureDataDir(data);
  const settings = electronSettings(data);
  const sampleDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
  const client = new WorkspaceClient({ sampleDir, dataDir: data, watch: true });
  // from here on, quitting (after a failure below as well) stops the worker
  app.on('before-quit', () => void client.close());
  const backend = createBackend(client, {
    info: { kind: 'electron', version: app.getVersion(), nativeDialogs: true },
    settings,
    chooseFolder: async () => {
      const options = { title: 'Open a folder of articles', properties: ['openDirectory' as const] };
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    onFolderOpened: () => refreshMenu(),
  });

  window = createMainWindow(devServer);
  registerIpc(backend, (event) => isAppFrame(event, window, origin));
  function refreshMenu(): void {
    Menu.setApplicationMenu(
      buildMenu({
        recentFolders: settings.recentFolders(),
        send: (command) => sendEvent(window?.webContents ?? null, 'command', command),
        clearRecent: () => {
          for (const path of settings.recentFolders()) settings.forgetFolder(path);
          refreshMenu();
        },
        dev: !app.isPackaged,
      }),
    );
  }
  refreshMenu();
  for (const channel of WORKSPACE_EVENTS) client.events.on(channel, (payload) => sendEvent(window?.webContents ?? null, channel, payload));
  window.on('closed', () => (window = null));

  // the folder to show first: the one named on the command line, else the last one, else the
  // sample; the window is up meanwhile and shows the progress
  const first = requested.folder ?? settings.lastFolder();
  let opened = await backend.openCorpus(first);
  if (!opened.ok && first !== null) {
    dialog.showErrorBox('Parallax', `Could not open ${first}: ${opened.error.message}\nOpening the sample articles instead.`);
    opened = await backend.openCorpus(null);
  }
  if (opened.ok) sendEvent(window?.webContents ?? null, 'corpusChanged', opened.value);
  // the sample ships with the app: failing to open it means a broken installation, said once
  else dialog.showErrorBox('Parallax', `Could not open the sample articles: ${opened.error.message}`);

  // from now on the page opens what a later launch names (showing its progress and any error)
  openHandedOn = (folder) => sendEvent(window?.webContents ?? null, 'command', `open-path:${folder}`);
  if (handedOn !== null) {
    const folder = handedOn;
    handedOn = null;
    const later = await backend.openCorpus(folder);
    if (later.ok) sendEvent(window?.webContents ?? null, 'corpusChanged', later.value);
    else dialog.showErrorBox('Parallax', `Could not open ${folder}: ${later.error.message}`);
  }
}

// The data folder is checked before the lock: Electron keeps the lock in that folder, so an
// unwritable one would make requestSingleInstanceLock() fail and the app quit without a word.
let dataProblem: unknown = null;
try {
  ensureDataDir(app.getPath('userData'));
} catch (error) {
  dataProblem = error;
}
if (dataProblem) {
  // a dialog needs the app ready (before it, Linux prints the message to stderr only)
  void app.whenReady().then(() => fail(dataProblem));
} else if (!app.requestSingleInstanceLock(requested)) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const folder = secondInstanceFolder(data, argv, app.isPackaged, workingDirectory);
    if (!folder) return;
    if (openHandedOn) openHandedOn(folder);
    else handedOn = folder;
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(fail);
}
