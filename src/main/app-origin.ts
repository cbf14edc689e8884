/**
 * What counts as the app itself, as plain functions of URLs (tested without Electron): the page
 * that may call the API, and the requests the page may make.
 */

/** Where the app's page is served from: its built files (a `file:` folder URL) or the dev server. */
export interface AppOrigin {
  /** `file:` URL of the renderer's folder, ending in `/`. */
  rendererFolder: string;
  /** The dev server's address while developing. */
  devServer?: string;
}

const withSlash = (url: string) => url.replace(/\/?$/, '/');
const withoutQuery = (url: string) => url.split('#')[0]!.split('?')[0]!;

/** Whether a frame's URL is the app's own page (the API answers no other). */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  if (origin.devServer) return url.startsWith(withSlash(origin.devServer));
  return withoutQuery(url) === `${withSlash(origin.rendererFolder)}index.html`;
}

/**
 * Requests the page may make: the app's own files, data and blob URLs it makes itself (an exported
 * comparison is saved from a blob) and, in development, the dev server and its hot-reload socket.
 * Nothing else, on the network or on disk.
 */
export function allowedRequest(url: string, origin: AppOrigin): boolean {
  if (/^(?:devtools|data|blob):/.test(url)) return true;
  if (url.startsWith(withSlash(origin.rendererFolder))) return true;
  if (!origin.devServer) return false;
  const dev = withSlash(origin.devServer);
  return url.startsWith(dev) || url.startsWith(dev.replace(/^http/, 'ws'));
}
