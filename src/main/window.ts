/** The app's window, locked down as the security defaults require. */
import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** Whether an IPC call comes from the app's own page in its own window (not a frame or another page). */
export function isAppFrame(event: IpcMainInvokeEvent, window: BrowserWindow | null, devServer: string | undefined): boolean {
  if (!window || event.sender !== window.webContents) return false;
  const url = event.senderFrame?.url ?? '';
  const appUrl = devServer ?? pathToFileURL(rendererFile()).href;
  return url.split('#')[0]!.split('?')[0] === appUrl.split('#')[0]!.split('?')[0] || (devServer !== undefined && url.startsWith(devServer));
}
