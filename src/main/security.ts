/**
 * The desktop app's security defaults, applied to every web contents: no navigation away from the
 * app, no new windows (web links go to the user's browser, http and https only), no permissions,
 * and no network requests at all: Parallax works on local files and never calls out.
 */
import { app, session, shell } from 'electron';
import { allowedRequest, type AppOrigin } from './app-origin';

const EXTERNAL = /^https?:\/\//i;

export function applySecurityDefaults(origin: AppOrigin): void {
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
      callback({ cancel: !allowedRequest(details.url, origin) });
    });
  });
}
