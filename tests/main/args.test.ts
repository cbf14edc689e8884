import { describe, expect, it } from 'vitest';
import { folderArgument, secondInstanceFolder } from '../../src/main/args';

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

describe('secondInstanceFolder', () => {
  it('takes the folder the second instance resolved itself', () => {
    expect(secondInstanceFolder({ folder: '/data/news' }, ['Parallax', '--switch'], true, '/')).toBe('/data/news');
    expect(secondInstanceFolder({ folder: null }, ['Parallax', 'ignored'], true, '/')).toBeNull();
  });

  it('reads its argv against its working directory when it sent nothing usable', () => {
    expect(secondInstanceFolder(undefined, ['Parallax', 'news'], true, '/home/you')).toBe('/home/you/news');
    expect(secondInstanceFolder({ folder: 'relative' }, ['electron', '.', '/data/x'], false, '/')).toBe('/data/x');
    expect(secondInstanceFolder({ folder: 42 }, ['Parallax'], true, '/')).toBeNull();
  });
});
