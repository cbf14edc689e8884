import { describe, expect, it } from 'vitest';
import { builtEntry } from '../../../src/core/threads/spawn-worker';

describe('builtEntry', () => {
  it('finds a worker beside the bundle that starts it', () => {
    expect(builtEntry('file:///work/parallax/out/main/index.js', 'workspace-worker').href).toBe(
      'file:///work/parallax/out/main/workspace-worker.js',
    );
  });

  it('starts a packaged worker from the unpacked copy beside app.asar', () => {
    expect(builtEntry('file:///opt/Parallax/resources/app.asar/out/main/index.js', 'search-worker').href).toBe(
      'file:///opt/Parallax/resources/app.asar.unpacked/out/main/search-worker.js',
    );
    expect(builtEntry('file:///C:/Program%20Files/Parallax/resources/app.asar/out/main/chunk.js', 'workspace-worker').href).toBe(
      'file:///C:/Program%20Files/Parallax/resources/app.asar.unpacked/out/main/workspace-worker.js',
    );
  });
});
