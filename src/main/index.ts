/**
 * The desktop app's main process: one window, the native menu and dialogs, settings, and the IPC
 * bridge to the workspace, which runs in a worker thread so the window never waits on the core.
 */
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { ensureDataDir } from '../core/app/data-dir';
import { createBackend } from '../core/host/backend';
import { WorkspaceClient } from '../core/host/workspace-client';
import { folderArgument } from './args';
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

const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();

let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  const data = app.getPath('userData');
  ensureDataDir(data);
  const settings = electronSettings(data);
  const sampleDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
  const client = new WorkspaceClient({ sampleDir, dataDir: data, watch: true });
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
  client.events.on('corpusChanged', (info) => sendEvent(window?.webContents ?? null, 'corpusChanged', info));
  client.events.on('indexStatus', (s) => sendEvent(window?.webContents ?? null, 'indexStatus', s));
  client.events.on('reuseProgress', (p) => sendEvent(window?.webContents ?? null, 'reuseProgress', p));
  client.events.on('openProgress', (p) => sendEvent(window?.webContents ?? null, 'openProgress', p));
  window.on('closed', () => (window = null));
  app.on('before-quit', () => void client.close());

  // the folder to show first: the one named on the command line, else the last one, else the
  // sample; the window is up meanwhile and shows the progress
  const requested = folderArgument(process.argv, app.isPackaged, process.cwd()) ?? settings.lastFolder();
  let opened = await backend.openCorpus(requested);
  if (!opened.ok && requested !== null) {
    dialog.showErrorBox('Parallax', `Could not open ${requested}: ${opened.error.message}\nOpening the sample articles instead.`);
    opened = await backend.openCorpus(null);
  }
  if (opened.ok) sendEvent(window?.webContents ?? null, 'corpusChanged', opened.value);
}

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});
app.on('window-all-closed', () => app.quit());
// a failure anywhere in start-up (an unwritable data folder among them) is said in a dialog and
// the app quits: a windowless app would otherwise hold the single-instance lock
if (primary) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Parallax could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
