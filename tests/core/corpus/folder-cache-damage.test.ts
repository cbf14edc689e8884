import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../src/core/corpus/corpus';
import { stampOf } from '../../../src/core/corpus/folder-cache';
import { planted, STORY, cacheFolders, withHeader, withKind, withTable, fileAt, textsAt, blockSpans } from './folder-cache-support';

describe('a damaged folder cache', () => {
  const folders = cacheFolders();
  let root: string, dataDir: string;
  beforeEach(() => ({ root, dataDir } = folders));
  const { plant } = folders;

  it.each([
    ['rewritten as it was', true, (b: Buffer) => withHeader(b, () => {})],
    ['cut short by a byte', false, (b: Buffer) => b.subarray(0, b.length - 1)],
    ['a byte too long', false, (b: Buffer) => Buffer.concat([b, Buffer.alloc(1)])],
    ['a stamp that is not the file’s', false, (b: Buffer) => withTable(b, 0, 1, (v) => v ^ 1)],
    ['a file’s articles past the last', false, (b: Buffer) => withTable(b, fileAt, 1, (v) => v + 1)],
    ['a text placed past its chunk', false, (b: Buffer) => withTable(b, textsAt, 3, (v, h) => v + h.narrow[0] + 5)],
    ['a text in a chunk that does not exist', false, (b: Buffer) => withTable(b, textsAt, 1, () => 7)],
    ['a block past its text', false, (b: Buffer) => withTable(b, blockSpans, 1, () => 10_000)],
    ['a block that ends before it starts', false, (b: Buffer) => withTable(b, blockSpans, 0, () => 20)],
    ['an article without its text (one more in the header)', false, (b: Buffer) => withHeader(b, (h) => h.articles.push(h.articles[0]))],
    ['a file more in the header than in the tables', false, (b: Buffer) => withHeader(b, (h) => h.files.push('b.txt'))],
    ['refused rows of a file that is not there', false, (b: Buffer) => withHeader(b, (h) => h.rejected.push([3, []]))],
    ['a chunk longer in the header than in the file', false, (b: Buffer) => withHeader(b, (h) => (h.narrow[0] += 1))],
    ['a block count that is not the tables\'', false, (b: Buffer) => withHeader(b, (h) => (h.blocks -= 1))],
    ['an unknown block kind', false, (b: Buffer) => withKind(b, 0x0f)],
    ['the previous layout (PXF5)', false, (b: Buffer) => Buffer.concat([Buffer.from('PXF5'), b.subarray(4)])],
    ['a part of the files’ ids that is not JSON', false, (b: Buffer) => {
      const out = Buffer.from(b);
      out[8 + out.readUInt32LE(4)] = 0x7b;
      return out;
    }],
  ])('with the cache %s, serves it: %s', async (_, served, damage) => {
    await plant();
    const [file] = readdirSync(join(dataDir, 'folders'));
    const at = join(dataDir, 'folders', file!);
    writeFileSync(at, damage(readFileSync(at)));
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(served ? planted('a.txt').text : STORY);
  });

  it('opens the folder when the cache is damaged', async () => {
    const path = await plant();
    const [file] = readdirSync(join(dataDir, 'folders'));
    writeFileSync(join(dataDir, 'folders', file!), 'PXF2\u00ff\u00ff\u0000\u0000{not json');
    const corpus = await openCorpus(root, { dataDir });
    expect(corpus.articles.get('a.txt')!.text).toBe(STORY);
    expect(stampOf(path)).not.toBeNull();
  });
});
