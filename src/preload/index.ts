/**
 * The renderer's only door to the backend: `window.parallax`, a ParallaxApi built method by method
 * over IPC from the one list of methods and events in `shared/api.ts`. Nothing else of Electron or
 * Node reaches the page: each exposed function invokes one named channel, never a channel of the
 * page's choosing.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, METHOD_NAMES, subscriptionName, type EventName, type ParallaxApi, type ParallaxEvents } from '../shared/api';

function subscribe<K extends EventName>(channel: K) {
  return (listener: (payload: ParallaxEvents[K]) => void) => {
    const handler = (_event: IpcRendererEvent, payload: ParallaxEvents[K]) => listener(payload);
    ipcRenderer.on(`parallax:event:${channel}`, handler);
    return () => {
      ipcRenderer.removeListener(`parallax:event:${channel}`, handler);
    };
  };
}

const api: Record<string, unknown> = {};
for (const method of METHOD_NAMES) api[method] = (...args: unknown[]) => ipcRenderer.invoke(`parallax:${method}`, ...args);
for (const channel of EVENT_NAMES) api[subscriptionName(channel)] = subscribe(channel);

contextBridge.exposeInMainWorld('parallax', api as unknown as ParallaxApi);
