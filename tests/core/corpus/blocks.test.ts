/**
 * Cutting the page into blocks: each block trimmed of white space as `\s` has it (trimmed by
 * character code, which must agree with the pattern it replaced), and one block per line of
 * headings and rules however many there are.
 */
import { describe, expect, it } from 'vitest';
import { splitBlocks, trimSpan } from '../../../src/core/corpus/blocks';

describe('trimSpan', () => {
  it('trims exactly the characters that \\s matches, over every UTF-16 code unit', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const text = `${ch}x${ch}`;
      const trimmed = trimSpan(text, { start: 0, end: 3 });
      const expected = /\s/.test(ch) ? { start: 1, end: 2 } : { start: 0, end: 3 };
      if (trimmed.start !== expected.start || trimmed.end !== expected.end) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('leaves nothing of a span of white space', () => {
    const t = trimSpan('a \u00a0\t\u3000 b', { start: 1, end: 6 });
    expect(t.end - t.start).toBe(0);
  });
});

describe('splitBlocks', () => {
  it.each([
    ['markdown', '# One\n- - -\n## Two\n\n  Words here  \n', [['# One', 'heading'], ['- - -', 'rule'], ['## Two', 'heading'], ['Words here', 'plain']]],
    ['text', 'First line\nSecond line\n', [['First line', 'plain'], ['Second line', 'plain']]],
  ] as const)('cuts %s into trimmed blocks with their shapes', (format, text, expected) => {
    expect(splitBlocks(text, format).map((b) => [text.slice(b.start, b.end), b.shape])).toEqual(expected);
  });
});
