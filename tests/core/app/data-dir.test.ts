import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirError, ensureDataDir } from '../../../src/core/app/data-dir';

const scratch = mkdtempSync(join(tmpdir(), 'parallax-data-dir-'));

describe('ensureDataDir', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('makes a missing folder and leaves nothing behind', () => {
    const dir = join(scratch, 'new', 'Parallax');
    ensureDataDir(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the folder and PARALLAX_DATA_DIR when the folder cannot be made', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const dir = join(file, 'Parallax');
    expect(() => ensureDataDir(dir)).toThrow(DataDirError);
    expect(() => ensureDataDir(dir)).toThrow(`Parallax cannot write its data folder ${dir} (ENOTDIR)`);
    expect(() => ensureDataDir(dir)).toThrow('set PARALLAX_DATA_DIR');
  });

  const asRoot = process.getuid?.() === 0;
  const reason = asRoot ? ' (skipped: running as root, which writes through permissions)' : '';
  it.skipIf(asRoot)(`says so when the folder exists but refuses writes${reason}`, () => {
    const dir = join(scratch, 'read-only');
    ensureDataDir(dir);
    chmodSync(dir, 0o500);
    try {
      expect(() => ensureDataDir(dir)).toThrow('(EACCES)');
      expect(existsSync(join(dir, `.parallax-write-test-${process.pid}`))).toBe(false);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
