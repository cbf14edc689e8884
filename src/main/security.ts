/**
 * The desktop app's security defaults, applied to every web contents: no navigation away from the
 * app, no new windows (web links go to the user's browser, http and https only), no permissions,
 * and no network requests at all: Parallax works on local files and never calls out.
 */
import { app, session, shell } from 'electron';

const EXTERNAL = /^https?:\/\//i;

/**
 * Requests the app itself may make: its own files, data and blob URLs it makes itself (an
 * exported comparison is saved from a blob) and, in development, the dev server.
 */
export function allowedRequest(url: string, devServer: string | undefined): boolean {
  if (/^(?:file|devtools|data|blob):/.test(url)) return true;
  if (devServer === undefined) return false;
  const origin = devServer.replace(/\/?$/, '/');
  // the dev server's hot reload talks over a WebSocket on the same host and port
  return url.startsWith(origin) || url.startsWith(origin.replace(/^http/, 'ws'));
}

export function applySecurityDefaults(devServer: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (EXTERNAL.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !allowedRequest(details.url, devServer) });
    });
  });
}
