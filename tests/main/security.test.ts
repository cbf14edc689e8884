import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { on: vi.fn(), whenReady: () => new Promise(() => {}) }, session: {}, shell: {} }));
const { allowedRequest } = await import('../../src/main/security');

describe('allowedRequest', () => {
  it.each([
    ['file:///app/out/renderer/index.html', undefined, true],
    ['blob:file:///3f2a-export', undefined, true],
    ['data:image/svg+xml,<svg/>', undefined, true],
    ['devtools://devtools/bundled/inspector.html', undefined, true],
    ['https://example.com/tracker.js', undefined, false],
    ['http://127.0.0.1:5173/src/main.ts', undefined, false],
    ['http://127.0.0.1:5173/src/main.ts', 'http://127.0.0.1:5173', true],
    ['http://127.0.0.1:51730/x', 'http://127.0.0.1:5173', false],
    ['ws://127.0.0.1:5173/', undefined, false],
    ['ws://127.0.0.1:5173/', 'http://127.0.0.1:5173', true],
  ])('%s (dev server %s) -> %s', (url, dev, allowed) => {
    expect(allowedRequest(url, dev)).toBe(allowed);
  });
});
