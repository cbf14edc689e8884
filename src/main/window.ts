/** The app's window, locked down as the security defaults require. */
import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAppUrl, type AppOrigin } from './app-origin';

const rendererFile = () => join(import.meta.dirname, '../renderer/index.html');

export function createMainWindow(devServer: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Parallax',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(rendererFile());
  return window;
}

/** Where the app's page comes from: the built renderer folder, or the dev server. */
export function appOrigin(devServer: string | undefined): AppOrigin {
  return { rendererFolder: pathToFileURL(dirname(rendererFile())).href + '/', ...(devServer ? { devServer } : {}) };
}

/** Whether an IPC call comes from the app's own page in its own window (not a frame or another page). */
export function isAppFrame(event: IpcMainInvokeEvent, window: BrowserWindow | null, origin: AppOrigin): boolean {
  return !!window && event.sender === window.webContents && isAppUrl(event.senderFrame?.url ?? '', origin);
}
