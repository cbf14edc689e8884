import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sameStamp, sameStampAt, stampAt, stampOf, stampsOf } from '../../../src/core/corpus/file-stamps';

describe('file stamps', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'parallax-stamps-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('are those of each file in order, null where there is no regular file', () => {
    const names = Array.from({ length: 10 }, (_, i) => `f${i}.txt`);
    names.forEach((name, i) => writeFileSync(join(root, name), 'x'.repeat(i)));
    mkdirSync(join(root, 'folder'));
    symlinkSync(join(root, 'f1.txt'), join(root, 'link.txt'));
    const paths = [...names, 'missing.txt', 'folder', 'link.txt'].map((n) => join(root, n));
    const stamps = stampsOf(paths);
    expect(paths.map((_, i) => stampAt(stamps, i)?.size ?? null)).toEqual([...names.map((_, i) => i), null, null, null]);
    paths.forEach((path, i) => {
      const one = stampOf(path);
      expect(stampAt(stamps, i)).toEqual(one);
      // a stamp is the same as itself only where there is one
      expect(sameStampAt(stamps, i, stamps, i)).toBe(one !== null);
      if (i > 0) expect(sameStampAt(stamps, i, stamps, i - 1)).toBe(false);
    });
    expect(sameStamp(stampOf(paths[0]!)!, stampAt(stamps, 0)!)).toBe(true);
  });

  it('of no files are none', () => {
    expect(stampsOf([])).toHaveLength(0);
  });
});
