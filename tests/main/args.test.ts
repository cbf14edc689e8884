import { describe, expect, it } from 'vitest';
import { folderArgument } from '../../src/main/args';

describe('folderArgument', () => {
  it.each([
    [['electron', '.', '/data/news'], false, '/data/news'],
    [['electron', '.', 'news'], false, '/home/me/news'],
    [['electron', '.'], false, null],
    [['electron', '.', '--no-sandbox', '/data/news'], false, '/data/news'],
    [['Parallax', '/data/news'], true, '/data/news'],
    [['Parallax'], true, null],
  ])('%j (packaged %s) -> %s', (argv, packaged, expected) => {
    expect(folderArgument(argv, packaged, '/home/me')).toBe(expected);
  });
});
