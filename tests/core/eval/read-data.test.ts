import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataText } from '../../../src/core/eval/read-data';
import { readMeterFolder } from '../../../src/core/eval/meter-corpus';
import { readPairs } from '../../../src/core/eval/pan-corpus';

const POSIX = process.platform !== 'win32';

describe('readDataText', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-read-data-'));
    writeFileSync(join(dir, 'labels.json'), '[]');
    symlinkSync(join(dir, 'labels.json'), join(dir, 'linked.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file, and one the user reaches through a link', () => {
    expect(readDataText(join(dir, 'labels.json'))).toBe('[]');
    expect(readDataText(join(dir, 'linked.json'))).toBe('[]');
  });

  it.skipIf(!POSIX)('refuses a named pipe before reading it, naming the file, instead of waiting forever', () => {
    const folder = mkdtempSync(join(dir, 'meter-'));
    for (const part of ['news', 'pa']) execFileSync('mkdir', [join(folder, part)]);
    execFileSync('mkfifo', [join(folder, 'labels.json')]);
    expect(() => readMeterFolder(folder)).toThrow(/labels\.json: not a regular file \(a named pipe\)/);
    execFileSync('mkfifo', [join(folder, 'pairs.txt')]);
    expect(() => readPairs(folder)).toThrow(/pairs\.txt: not a regular file \(a named pipe\)/);
  });

  it('says which file is missing', () => {
    expect(() => readDataText(join(dir, 'truth.json'))).toThrow(/truth\.json: file not found/);
  });
});
