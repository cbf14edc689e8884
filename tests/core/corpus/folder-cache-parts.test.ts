import { describe, expect, it } from 'vitest';
import { encodeParts, PART_BYTES, readParts } from '../../../src/core/corpus/folder-cache-parts';

/** Reads parts back from the bytes written, as the cache reads them from its file. */
function readBack(lengths: number[], bytes: Buffer, at = 0) {
  let reads = 0;
  const items = readParts(lengths, at, async (into, length, position) => {
    reads++;
    if (position + length > bytes.length) return false;
    bytes.copy(into, 0, position, position + length);
    return true;
  });
  return { items, reads: () => reads };
}

describe('the folder cache’s lists in parts', () => {
  it.each<[string, unknown[]]>([
    ['no items', []],
    ['a few fields', [{ id: 'a.txt', title: 'Zoë’s “news” — 新闻 🙂', date: null }, { id: 'b.txt', words: 3 }]],
    ['100,000 ids over many parts and windows', Array.from({ length: 100_000 }, (_, i) => `folder/${i}.txt`)],
    ['an item longer than a part and than a window', ['x', 'y'.repeat(3 * 1024 * 1024), 'z']],
  ])('gives back %s as written, in ASCII alone, each part at most its size unless one item is longer', async (_, items) => {
    const { bytes, lengths } = encodeParts(items);
    const all = Buffer.concat(bytes);
    expect(/^[\x20-\x7e]*$/.test(all.toString('latin1'))).toBe(true);
    for (const part of bytes) if (part.length > PART_BYTES) expect(JSON.parse(part.toString('latin1'))).toHaveLength(1);
    expect(await readBack(lengths, all).items).toEqual(items);
  });

  it('reads many parts in few reads', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `folder/${i}.txt`);
    const { bytes, lengths } = encodeParts(items);
    const back = readBack(lengths, Buffer.concat(bytes));
    await back.items;
    expect(lengths.length).toBeGreaterThan(20);
    expect(back.reads()).toBeLessThan(lengths.length / 10);
  });

  it('reads from where the parts start in the file', async () => {
    const { bytes, lengths } = encodeParts(['one', 'two']);
    expect(await readBack(lengths, Buffer.concat([Buffer.from('PXF6....'), ...bytes]), 8).items).toEqual(['one', 'two']);
  });

  it.each<[string, (b: Buffer) => Buffer]>([
    ['cut short', (b) => b.subarray(0, b.length - 1)],
    ['a part that is not a list', (b) => Buffer.from('{"a":1}'.padEnd(b.length, ' '))],
  ])('refuses parts %s', async (_, damage) => {
    const { bytes, lengths } = encodeParts(['alpha', 'beta', 'gamma']);
    expect(await readBack(lengths, damage(Buffer.concat(bytes))).items).toBeNull();
  });

  it('throws on a part that is not JSON (the cache is then a cache of nothing)', async () => {
    const { bytes, lengths } = encodeParts(['alpha']);
    await expect(readBack(lengths, Buffer.from('{'.padEnd(bytes[0]!.length, ' '))).items).rejects.toThrow();
  });
});
