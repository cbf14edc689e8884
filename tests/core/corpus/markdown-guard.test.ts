/**
 * Markdown parsing is bounded by the input's size: pathological nesting is read as plain text and
 * said so, long blocks are parsed in pieces, and one article's markup up to a fixed amount. Each
 * of these files took from 9 to 89 seconds before (the test's five seconds catch a regression).
 */
import { describe, expect, it } from 'vitest';
import {
  chunksOf,
  markdownNesting,
  MARKUP_BUDGET,
  MARKUP_CHUNK,
  markupCost,
  MAX_NESTING,
  PARSE_CALL_COST,
  PIECE_MARKUP,
} from '../../../src/core/corpus/markdown-guard';
import { parseArticle } from '../../../src/core/corpus/parse-article';

describe('markdownNesting', () => {
  it.each([
    ['plain words', 'A line of text.', 0],
    ['a list item', '- one', 1],
    ['a list in a quote in a list', '- > 1. item', 3],
    ['quote markers without spaces', '>>> deep', 3],
    ['a rule of spaced dashes is not nesting', '- - - - - - - - - - - - - - - - - - - -', 0],
    ['a year is not a list marker', '1999 was the year', 0],
    ['three thousand levels', '- '.repeat(3000) + 'x', 3000],
  ])('%s', (_name, line, depth) => {
    expect(markdownNesting(`Title\n\n${line}\n`)).toBe(depth);
  });
});

describe('chunksOf', () => {
  it('cuts a long block at line breaks, else at white space, else where it must, covering it exactly', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `| row ${i} | *cell* |`).join('\n');
    const words = 'word '.repeat(3000);
    const solid = '['.repeat(10_000);
    for (const [text, boundary] of [[lines, '\n'], [words, ' '], [solid, null]] as const) {
      const pieces = chunksOf(text, { start: 0, end: text.length });
      expect(pieces[0]!.start).toBe(0);
      expect(pieces.at(-1)!.end).toBe(text.length);
      for (let i = 0; i < pieces.length; i++) {
        expect(pieces[i]!.end - pieces[i]!.start).toBeLessThanOrEqual(MARKUP_CHUNK);
        if (i > 0) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
        if (boundary && i + 1 < pieces.length) expect(text[pieces[i]!.end - 1]).toBe(boundary);
      }
    }
  });
});

describe('chunksOf on dense markup', () => {
  it.each([
    ['nested emphasis', '*_'.repeat(20_000)],
    ['links', '[a](b) '.repeat(5_000)],
    ['table rows', '| a | **b** | [c](d) |\n'.repeat(2_000)],
  ])('cuts %s into pieces of at most PIECE_MARKUP markup characters, covering it exactly', (_name, text) => {
    const pieces = chunksOf(text, { start: 0, end: text.length });
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < pieces.length; i++) {
      expect(markupCost(text, pieces[i]!)).toBeLessThanOrEqual(PIECE_MARKUP);
      expect(pieces[i]!.end).toBeGreaterThan(pieces[i]!.start);
      if (i > 0) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    }
  });
});

describe('pathological Markdown', () => {
  // at 1 MB, each of these files took seconds to read, mostly in calls to the parser; the guard's
  // decision is what is checked here, on 4,000 lines (the time is for a benchmark to measure)
  const lines = (line: (i: number) => string) => ['Hostile', ...Array.from({ length: 4_000 }, (_, i) => line(i))].join('\n');

  it.each([
    ['a heading on every line', lines((i) => `# heading ${i}`)],
    ['a list item and a lazy line, over and over', lines((i) => (i % 2 ? '- a' : `lazy ${i}`))],
    ['a rule on every other line', lines((i) => (i % 2 ? '- - -' : `text ${i}`))],
  ])('calls the parser a bounded number of times on %s, and says the rest is shown as written', (_name, text) => {
    const article = parseArticle(text, 'hostile.md');
    expect(article.notice).toMatch(/^Markdown is read for the first /);
    // each call to the parser is charged to the budget: a block parsed is a call at least
    const parsed = article.blocks.filter((b) => (b.markup?.length ?? 0) > 0).length;
    expect(parsed).toBeGreaterThan(0);
    expect(parsed).toBeLessThanOrEqual(MARKUP_BUDGET / (PARSE_CALL_COST + 1));
  });

  it('still reads every link of a long article written in Markdown', () => {
    const paragraphs = Array.from({ length: 250 }, (_, i) => `Paragraph ${i} quotes [a source](https://example.com/story${i}) in passing.`);
    const article = parseArticle(`# A long report\n\n${paragraphs.join('\n\n')}\n`, 'long.md');
    expect(article.notice).toBeUndefined();
    expect(article.blocks.filter((b) => b.markup?.length === 2)).toHaveLength(250);
  });

  it('reads a file of 3,000 nested list markers as plain text and says why', () => {
    const text = `Deep\n\n${'- '.repeat(3000)}bottom\n`;
    const article = parseArticle(text, 'deep.md');
    expect(article.notice).toBe(`Read as plain text: its lists or quotes nest 3,000 levels deep (Markdown is read up to ${MAX_NESTING}).`);
    expect(article.title).toBe('Deep');
    expect(article.blocks.every((b) => !b.markup?.length)).toBe(true);
  });

  it('parses the markup of a 10,000-row table up to its budget and shows the rest as written', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `| cell ${i} with *some* text | more **bold** text | [link](http://x/${i}) |`);
    const text = `# Table\n\n| a | b | c |\n|---|---|---|\n${rows.join('\n')}\n`;
    const article = parseArticle(text, 'table.md');
    expect(article.notice).toBe(`Markdown is read for the first ${MARKUP_BUDGET.toLocaleString('en')} markup characters of this file; the rest is shown as written.`);
    const table = article.blocks.find((b) => b.kind === 'paragraph')!;
    const hidden = table.markup!.map((m) => text.slice(m.start, m.end));
    // the first rows lose their markup, the last keep it as written
    expect(hidden).toContain('*');
    expect(table.markup!.at(-1)!.end).toBeLessThan(text.indexOf(rows[9_000]!));
  });

  it('leaves an ordinary Markdown article as it was, without a notice', () => {
    const article = parseArticle('# Title\n\nA *short* story with a [link](https://example.com).\n\n- one\n- two\n', 'a.md');
    expect(article.notice).toBeUndefined();
    expect(article.blocks.map((b) => b.markup?.length ?? 0)).toEqual([1, 4, 1, 1]);
  });
});
