import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/shared/article';
import { PIECE_CHARS, ReaderLayout, RUN_WINDOW, type Piece } from '../../../src/renderer/src/lib/reader-layout';
import { runsOf, type Mark } from '../../../src/shared/runs';

// a heading, short paragraphs, and one paragraph as long as a 10,000-row table
const row = '| cell with *some* text | more text | end |\n';
const parts = ['Title line', 'A short paragraph about the harbour.', row.repeat(2_000).trim(), 'After the table.'];
const text = parts.join('\n\n');
const blocks: Block[] = [];
let at = 0;
for (const [i, part] of parts.entries()) {
  blocks.push({ start: at, end: at + part.length, kind: i === 0 ? 'heading' : 'paragraph' });
  at += part.length + 2;
}
const marks: Mark[] = [...text.matchAll(/harbour|table/g)].map((m, n) => ({ start: m.index, end: m.index + m[0].length, kind: 'match', n }));

const shown = (pieces: Piece[]) => pieces.flatMap((p) => p.runs.map((r) => r.text)).join('');
const whole = blocks.flatMap((b) => runsOf(text, b, marks).map((r) => r.text)).join('');

describe('ReaderLayout', () => {
  it('lays out every run of every block exactly once, in pieces no longer than PIECE_CHARS', () => {
    const layout = new ReaderLayout(text, blocks, marks);
    const pieces: Piece[] = [];
    while (!layout.done) pieces.push(...layout.next(5_000));
    expect(shown(pieces)).toBe(whole);
    expect(new Set(pieces.map((p) => p.start)).size).toBe(pieces.length);
    for (const p of pieces) expect(p.runs.reduce((n, r) => n + r.text.length, 0)).toBeLessThanOrEqual(PIECE_CHARS);
    // the table is one block shown as many pieces that read as one paragraph
    const table = pieces.filter((p) => p.start >= blocks[2]!.start && p.start < blocks[2]!.end);
    expect(table.length).toBeGreaterThan(20);
    expect(table.map((p) => [p.continues, p.continued])).toEqual(table.map((_, i) => [i > 0, i < table.length - 1]));
    expect(pieces.find((p) => p.start === blocks[3]!.start)).toMatchObject({ continues: false, continued: false });
    // every piece but the first of its block starts at white space's end
    for (const p of table.slice(1)) expect(/\s/.test(text[p.start - 1]!)).toBe(true);
  });

  it('gives about as much text as asked for, so a frame lays out a slice and not the whole page', () => {
    const layout = new ReaderLayout(text, blocks, marks);
    const first = layout.next(3_000);
    expect(shown(first).length).toBeGreaterThanOrEqual(3_000);
    expect(shown(first).length).toBeLessThan(3_000 + PIECE_CHARS);
    expect(layout.done).toBe(false);
  });

  it('lays out through a far offset at once, so the view can scroll to a match down the page', () => {
    const layout = new ReaderLayout(text, blocks, marks);
    const first = layout.next(100);
    const last = marks.at(-1)!;
    const more = layout.through(last.start);
    expect(more.some((p) => p.runs.some((r) => r.marks.includes(last)))).toBe(true);
    expect(layout.through(last.start)).toEqual([]);
    expect(shown([...first, ...more])).toBe(whole.slice(0, shown([...first, ...more]).length));
  });
});

describe('ReaderLayout on a long block of markup', () => {
  // a table as the core gives it: one paragraph, its pipes and asterisks as markup spans in order
  const rowText = '| a *b* c | d |\n';
  const tableText = 'Table\n\n' + rowText.repeat(3_000);
  const tableStart = 'Table\n\n'.length;
  const markup: { start: number; end: number }[] = [];
  for (const m of tableText.matchAll(/\| ?|\*/g)) if (m.index >= tableStart) markup.push({ start: m.index, end: m.index + m[0].length });
  const tableBlocks: Block[] = [
    { start: 0, end: 5, kind: 'heading' },
    { start: tableStart, end: tableText.length, kind: 'paragraph', markup },
  ];
  const tableMarks: Mark[] = [...tableText.matchAll(/ c /g)].filter((_, i) => i % 500 === 0).map((m, n) => ({ start: m.index, end: m.index + 3, kind: 'match', n }));

  it('gives a slice of fewer characters where the text is dense with runs', () => {
    const layout = new ReaderLayout(tableText, tableBlocks, tableMarks);
    layout.next(100);
    const slice = layout.next(12_000, 400);
    const runs = slice.reduce((n, p) => n + p.runs.length, 0);
    expect(runs).toBeGreaterThanOrEqual(400);
    // at most one piece past the bound
    expect(runs - slice.at(-1)!.runs.length).toBeLessThan(400);
    expect(shown(slice).length).toBeLessThan(12_000);
    // plain text is not held back: a piece of it is one run
    const plain = new ReaderLayout(text, blocks, []);
    expect(shown(plain.next(3_000, 400)).length).toBeGreaterThanOrEqual(3_000);
  });

  it('shows the same text as cutting the whole block at once, and never cuts more than a window', () => {
    const cut: number[] = [];
    const watched: typeof runsOf = (t, b, m) => {
      cut.push(b.end - b.start);
      return runsOf(t, b, m);
    };
    const layout = new ReaderLayout(tableText, tableBlocks, tableMarks, watched);
    const pieces: Piece[] = [];
    pieces.push(...layout.next(3_000));
    // the first screen cut only what it shows, not the whole table
    expect(cut.reduce((n, c) => n + c, 0)).toBeLessThan(3_000 + 2 * RUN_WINDOW);
    while (!layout.done) pieces.push(...layout.next(5_000));
    const wholeTable = tableBlocks.flatMap((b) => runsOf(tableText, b, tableMarks).map((r) => r.text)).join('');
    expect(shown(pieces)).toBe(wholeTable);
    expect(Math.max(...cut)).toBeLessThanOrEqual(RUN_WINDOW);
    expect(new Set(pieces.map((p) => p.start)).size).toBe(pieces.length);
    // the marks come through on the runs they cover
    const marked = pieces.flatMap((p) => p.runs).filter((r) => r.marks.length > 0);
    expect(marked.map((r) => r.text)).toEqual(tableMarks.map(() => ' c '));
  });
});
