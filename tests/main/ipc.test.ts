import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, type ParallaxMethods } from '../../src/shared/api';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));
const { registerIpc } = await import('../../src/main/ipc');

const backend = {
  getCorpus: async () => ({ ok: true, value: 'corpus' }),
  getArticle: async (id: string) => ({ ok: true, value: `article ${id}` }),
} as unknown as ParallaxMethods;

describe('registerIpc', () => {
  const appFrame = { frame: 'app' };
  const unregister = registerIpc(backend, (event) => event === (appFrame as unknown));

  it('registers one handler per method of the API', () => {
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `parallax:${m}`).sort());
  });

  it('answers the app page', async () => {
    expect(await handlers.get('parallax:getArticle')!(appFrame, 'a.txt')).toEqual({ ok: true, value: 'article a.txt' });
  });

  it('refuses any other sender', async () => {
    expect(await handlers.get('parallax:getCorpus')!({ frame: 'iframe' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('validates arguments before the backend sees them', async () => {
    expect(await handlers.get('parallax:getArticle')!(appFrame, { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('removes its handlers', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});
