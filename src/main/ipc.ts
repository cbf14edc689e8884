/**
 * ParallaxApi over Electron IPC: one `ipcMain.handle` per request method, each answering only the
 * app's own window and validating its arguments (through `dispatch`) before the backend sees them.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { MethodName, ParallaxEvents, ParallaxMethods } from '../shared/api';
import type { Result } from '../shared/result';
import { dispatch } from '../core/host/backend';
import { MethodLimits } from '../core/host/method-limits';

const refused: Result<never> = { ok: false, error: { code: 'invalid-argument', message: 'Refused: not the app window.' } };

/** Registers the handlers; `isAppFrame` says whether a call comes from the app's own page. */
export function registerIpc(backend: ParallaxMethods, isAppFrame: (event: IpcMainInvokeEvent) => boolean): () => void {
  const methods = Object.keys(backend) as MethodName[];
  // as in the browser host: a burst of calls waits its turn rather than holding every answer at once
  const limits = new MethodLimits();
  for (const method of methods) {
    ipcMain.handle(`parallax:${method}`, (event, ...args: unknown[]) =>
      isAppFrame(event) ? limits.run(method, () => dispatch(backend, method, args)) : refused,
    );
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(`parallax:${method}`));
}

/** Sends an event to the page, if it is still there. */
export function sendEvent<K extends keyof ParallaxEvents>(contents: WebContents | null, channel: K, payload: ParallaxEvents[K]): void {
  if (contents && !contents.isDestroyed()) contents.send(`parallax:event:${channel}`, payload);
}
