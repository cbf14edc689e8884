import { describe, expect, it } from 'vitest';
import { folderPrint, type StampedDoc } from '../../../../src/core/search/index/folder-print';

const docs: StampedDoc[] = [
  { id: 'a/one.txt', size: 120, mtime: 1_700_000_000_000.25 },
  { id: 'a/two.txt', size: 340, mtime: 1_700_000_000_500 },
  { id: 'rows.csv#2', size: 9000, mtime: 1_600_000_000_000 },
  { id: 'rows.csv#10', size: 9000, mtime: 1_600_000_000_000 },
];

describe('folderPrint', () => {
  it('does not depend on the order the articles come in', () => {
    expect(folderPrint([...docs].reverse())).toBe(folderPrint(docs));
  });

  it.each<[string, StampedDoc[]]>([
    ['one article gone', docs.slice(1)],
    ['one article added', [...docs, { id: 'b.txt', size: 1, mtime: 1 }]],
    ['a size changed', docs.map((d, i) => (i === 0 ? { ...d, size: 121 } : d))],
    ['a time changed by a fraction of a millisecond', docs.map((d, i) => (i === 0 ? { ...d, mtime: 1_700_000_000_000.5 } : d))],
    ['a file renamed', docs.map((d, i) => (i === 1 ? { ...d, id: 'a/Two.txt' } : d))],
    ['two files’ stamps swapped', docs.map((d, i) => (i === 0 ? { ...d, size: 340, mtime: 1_700_000_000_500 } : i === 1 ? { ...d, size: 120, mtime: 1_700_000_000_000.25 } : d))],
    ['an id and a size traded a character', docs.map((d, i) => (i === 0 ? { ...d, id: 'a/one.txt1', size: 20 } : d))],
  ])('changes when %s', (_name, changed) => {
    expect(folderPrint(changed)).not.toBe(folderPrint(docs));
  });

  it('is the same for the same articles, each time', () => {
    expect(folderPrint(docs.map((d) => ({ ...d })))).toBe(folderPrint(docs));
    expect(folderPrint([])).toBe('0-0000000000000000');
  });
});
