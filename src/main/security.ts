/**
 * The desktop app's security defaults, applied to every web contents: no navigation away from the
 * app, no new windows (web links go to the user's browser, http and https only), no permissions,
 * and no network requests at all: Parallax works on local files and never calls out.
 */
import { app, session, shell } from 'electron';

const EXTERNAL = /^https?:\/\//i;

/** Requests the app itself may make: its own files and, in development, the dev server. */
function allowedRequest(url: string, devServer: string | undefined): boolean {
  if (url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:')) return true;
  return devServer !== undefined && url.startsWith(devServer.replace(/\/?$/, '/'));
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
