/**
 * The built preload (`out/preload/index.cjs`), evaluated as Electron runs a sandboxed preload: a
 * classic script in a fresh context whose `require` knows only `electron`, here a stand-in
 * `contextBridge` and `ipcRenderer` that record what they are given. `window.parallax` must be
 * the API's methods and event subscriptions, each on its channel, and nothing else: no
 * `ipcRenderer`, no IPC event object, no way to send on a channel of the page's choosing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS, METHODS, subscription } from '../main/support/api-names';

const PRELOAD = resolve(import.meta.dirname, '../../out/preload/index.cjs');

type Handler = (event: unknown, payload: unknown) => void;

function loadPreload() {
  const exposed: [string, Record<string, unknown>][] = [];
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Handler>>();
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: args });
    },
    on: (channel: string, handler: Handler) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(handler),
    removeListener: (channel: string, handler: Handler) => void listeners.get(channel)?.delete(handler),
    send: () => {
      throw new Error('the preload must not send');
    },
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void exposed.push([key, api]) },
    ipcRenderer,
  };
  const required: string[] = [];
  const require = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found in a sandboxed preload: ${id}`);
  };
  const module = { exports: {} };
  const code = readFileSync(PRELOAD, 'utf8');
  // Electron wraps a sandboxed preload in a function of these names
  const wrapper = runInNewContext(`(function (require, module, exports) {\n${code}\n})`, {}, { filename: PRELOAD }) as (
    ...args: unknown[]
  ) => void;
  wrapper(require, module, module.exports);
  return { exposed, invoked, listeners, ipcRenderer, required };
}

describe('the built preload', () => {
  let loaded: ReturnType<typeof loadPreload>;
  let api: Record<string, unknown>;

  beforeAll(() => {
    loaded = loadPreload();
    api = loaded.exposed[0]![1];
  });

  it('exposes one object, window.parallax, and requires nothing but electron', () => {
    expect(loaded.exposed.map(([key]) => key)).toEqual(['parallax']);
    expect(new Set(loaded.required)).toEqual(new Set(['electron']));
  });

  it('holds exactly the methods and subscriptions of ParallaxApi, all functions', () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, ...EVENTS.map(subscription)].sort());
    for (const [key, value] of Object.entries(api)) expect(typeof value, key).toBe('function');
    expect(Object.values(api)).not.toContain(loaded.ipcRenderer);
  });

  it('sends each method on its own channel with the arguments as given', async () => {
    for (const method of METHODS) {
      loaded.invoked.length = 0;
      const answer = await (api[method] as (...args: unknown[]) => Promise<unknown>)('a', 1);
      expect(loaded.invoked, method).toEqual([[`parallax:${method}`, 'a', 1]]);
      expect(answer).toEqual({ ok: true, value: [`parallax:${method}`, 'a', 1] });
    }
  });

  it('passes each event payload on without the IPC event, and unsubscribes', () => {
    for (const event of EVENTS) {
      const channel = `parallax:event:${event}`;
      const heard: unknown[][] = [];
      const unsubscribe = (api[subscription(event)] as (listener: (...args: unknown[]) => void) => () => void)((...args) => heard.push(args));
      expect(loaded.listeners.get(channel)?.size, channel).toBe(1);
      for (const handler of loaded.listeners.get(channel)!) handler({ sender: loaded.ipcRenderer }, { n: 1 });
      expect(heard, event).toEqual([[{ n: 1 }]]);
      expect(unsubscribe()).toBeUndefined();
      expect(loaded.listeners.get(channel)?.size, channel).toBe(0);
    }
  });
});
