/**
 * ParallaxApi over Electron IPC: one `ipcMain.handle` per request method of `METHODS`, each answering only the
 * app's own window and validating its arguments (through `dispatch`) before the backend sees them.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHOD_NAMES, type EventName, type ParallaxEvents, type ParallaxMethods } from '../shared/api';
import type { Result } from '../shared/result';
import { dispatch } from '../core/host/backend';
import { MethodLimits } from '../core/host/method-limits';

const refused: Result<never> = { ok: false, error: { code: 'invalid-argument', message: 'Refused: not the app window.' } };

/** Registers the handlers; `isAppFrame` says whether a call comes from the app's own page. */
export function registerIpc(backend: ParallaxMethods, isAppFrame: (event: IpcMainInvokeEvent) => boolean): () => void {
  // as in the browser host: a burst of calls waits its turn rather than holding every answer at once
  const limits = new MethodLimits();
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`parallax:${method}`, (event, ...args: unknown[]) =>
      isAppFrame(event) ? limits.run(method, () => dispatch(backend, method, args)) : refused,
    );
  }
  return () => METHOD_NAMES.forEach((method) => ipcMain.removeHandler(`parallax:${method}`));
}

/** Sends an event to the page, if it is still there. */
export function sendEvent<K extends EventName>(contents: WebContents | null, channel: K, payload: ParallaxEvents[K]): void {
  if (contents && !contents.isDestroyed()) contents.send(`parallax:event:${channel}`, payload);
}
