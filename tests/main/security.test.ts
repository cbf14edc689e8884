import { describe, expect, it } from 'vitest';
import { allowedRequest, isAppUrl, type AppOrigin } from '../../src/main/app-origin';

const built: AppOrigin = { rendererFolder: 'file:///opt/Parallax/out/renderer/' };
const dev: AppOrigin = { ...built, devServer: 'http://localhost:5173' };

describe('allowedRequest', () => {
  it.each<[string, AppOrigin, boolean]>([
    ['file:///opt/Parallax/out/renderer/index.html', built, true],
    ['file:///opt/Parallax/out/renderer/assets/index-abc.js', built, true],
    ['file:///etc/passwd', built, false],
    ['file:///opt/Parallax/out/renderer-evil/x.js', built, false],
    ['blob:file:///3f2a-export', built, true],
    ['data:image/svg+xml,<svg/>', built, true],
    ['devtools://devtools/bundled/inspector.html', built, true],
    ['https://example.com/tracker.js', built, false],
    ['http://localhost:5173/src/main.ts', built, false],
    ['http://localhost:5173/src/main.ts', dev, true],
    ['ws://localhost:5173/', dev, true],
    ['http://localhost:51730/x', dev, false],
  ])('%s -> %s', (url, origin, allowed) => {
    expect(allowedRequest(url, origin)).toBe(allowed);
  });
});

describe('isAppUrl', () => {
  it.each<[string, AppOrigin, boolean]>([
    ['file:///opt/Parallax/out/renderer/index.html#/read/a.txt', built, true],
    ['file:///opt/Parallax/out/renderer/index.html?x=1', built, true],
    ['file:///opt/Parallax/out/renderer/other.html', built, false],
    ['file:///tmp/evil/index.html', built, false],
    ['http://localhost:5173/#/library', dev, true],
    ['http://localhost:51730/', dev, false],
    ['https://example.com/', dev, false],
  ])('%s -> %s', (url, origin, ok) => {
    expect(isAppUrl(url, origin)).toBe(ok);
  });
});
