import { describe, expect, it } from 'vitest';
import type { Block, BlockKind } from '../../src/shared/article';
import { asideBlocks, bodyBlocks, CONTENT_KINDS, isBody, isContent } from '../../src/shared/content';

describe('the content rule', () => {
  // kind, part of the article proper (counted, aligned, indexed), shown under the header
  const table: [BlockKind, boolean, boolean][] = [
    ['title', true, false],
    ['heading', true, true],
    ['paragraph', true, true],
    ['dateline', false, false],
    ['byline', false, false],
    ['caption', false, false],
    ['link', false, false],
    ['tagline', false, false],
    ['outlet', false, false],
    ['debris', false, false],
  ];
  it.each(table)('%s: content %s, body %s', (kind, content, body) => {
    expect(isContent(kind)).toBe(content);
    expect(CONTENT_KINDS.has(kind)).toBe(content);
    expect(isBody(kind)).toBe(body);
  });

  it('splits a page into title, body and what is set aside, each block in exactly one', () => {
    const kinds: BlockKind[] = ['title', 'dateline', 'paragraph', 'caption', 'heading', 'paragraph', 'link', 'outlet'];
    const blocks: Block[] = kinds.map((kind, i) => ({ kind, start: i * 10, end: i * 10 + 9 }));
    const body = bodyBlocks({ blocks });
    const aside = asideBlocks({ blocks });
    expect(body.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(aside.map((b) => b.kind)).toEqual(['dateline', 'caption', 'link', 'outlet']);
    expect(body.length + aside.length + 1).toBe(blocks.length);
  });
});
