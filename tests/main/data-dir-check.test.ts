import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDirProblem } from '../../src/main/data-dir-check';

const scratch = mkdtempSync(join(tmpdir(), 'parallax-data-dir-'));

describe('dataDirProblem', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('makes a missing directory and leaves nothing behind', () => {
    const dir = join(scratch, 'new', 'Parallax');
    expect(dataDirProblem(dir)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the directory and PARALLAX_DATA_DIR when the directory cannot be made', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const dir = join(file, 'Parallax');
    expect(dataDirProblem(dir)).toBe(
      `Parallax cannot write to its data directory ${dir} (ENOTDIR). ` +
        'Make that folder writable, or set PARALLAX_DATA_DIR to a folder Parallax can write to.',
    );
  });

  const asRoot = process.getuid?.() === 0;
  const reason = asRoot ? ' (skipped: running as root, which writes through permissions)' : '';
  it.skipIf(asRoot)(`says so when the directory exists but refuses writes${reason}`, () => {
    const dir = join(scratch, 'read-only');
    dataDirProblem(dir);
    chmodSync(dir, 0o500);
    try {
      expect(dataDirProblem(dir)).toContain('(EACCES)');
      expect(existsSync(join(dir, `.parallax-write-test-${process.pid}`))).toBe(false);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
