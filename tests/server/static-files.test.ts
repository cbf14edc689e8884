import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticFile } from '../../src/server/static-files';

describe('staticFile', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'parallax-static-'));
    root = join(outside, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
  ])('serves %s', async (path, type) => {
    expect((await staticFile(root, path))?.type).toBe(type);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/missing.js', '/assets', '/%00', '/%E0%A4%A'])(
    'refuses %s',
    async (path) => {
      expect(await staticFile(root, path)).toBeNull();
    },
  );
});
