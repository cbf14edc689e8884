import { describe, expect, it } from 'vitest';
import { marksByBlock, runsOf, type Mark } from '../../src/shared/runs';

const text = '# *Title here* and **more** words';

describe('runsOf', () => {
  it('drops markup and keeps offsets into the text', () => {
    const block = { start: 0, end: text.length, markup: [{ start: 0, end: 3 }, { start: 13, end: 14 }, { start: 19, end: 21 }, { start: 25, end: 27 }] };
    const runs = runsOf(text, block, []);
    expect(runs.map((r) => r.text).join('')).toBe('Title here and more words');
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('splits at highlight edges and lists the covering marks', () => {
    const passage: Mark = { start: 3, end: 27, kind: 'passage', k: 0 };
    const edit: Mark = { start: 21, end: 25, kind: 'insert', k: 0 };
    const runs = runsOf(text, { start: 0, end: text.length }, [passage, edit]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.kind)])).toEqual([
      ['# *', []],
      ['Title here* and **', ['passage']],
      ['more', ['passage', 'insert']],
      ['**', ['passage']],
      [' words', []],
    ]);
  });

  it('ignores marks outside the block and empty ones', () => {
    const runs = runsOf(text, { start: 3, end: 13 }, [{ start: 20, end: 30, kind: 'match' }, { start: 5, end: 5, kind: 'match' }]);
    expect(runs).toEqual([{ start: 3, end: 13, text: 'Title here', marks: [] }]);
  });

  it('clips marks that cross the block edge', () => {
    const runs = runsOf('aaaa bbbb', { start: 5, end: 9 }, [{ start: 2, end: 7, kind: 'passage', k: 1 }]);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([['bb', 1], ['bb', 0]]);
  });

  it('cuts a 10,000-row table with 60,000 markup spans and its matches in one sweep', () => {
    // checking every markup span at every cut took minutes here
    const row = '| cell with *some* text | more **bold** text | [link](x) |\n';
    const big = row.repeat(10_000);
    const inRow = [...row.matchAll(/\*\*|\*|\[|\]\(x\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const word = row.indexOf('some');
    const markup: { start: number; end: number }[] = [];
    const matches: Mark[] = [];
    for (let r = 0; r < 10_000; r++) {
      const at = r * row.length;
      for (const [from, to] of inRow) markup.push({ start: at + from, end: at + to });
      matches.push({ start: at + word, end: at + word + 4, kind: 'match', n: r });
    }
    const runs = runsOf(big, { start: 0, end: big.length, markup }, matches);
    expect(runs.filter((r) => r.marks.length > 0)).toHaveLength(10_000);
    expect(runs.map((r) => r.text).join('')).toBe(big.replace(/\*\*|\*|\[|\]\(x\)/g, ''));
    for (const r of runs.slice(0, 50)) expect(big.slice(r.start, r.end)).toBe(r.text);
  });

  it('gives the same runs as checking every mark at every cut', () => {
    // a small random page against the obvious, slow definition
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const page = 'abcdefghij'.repeat(20);
    for (let round = 0; round < 50; round++) {
      const span = () => {
        const start = random(200);
        return { start, end: start + random(30) };
      };
      const marks: Mark[] = Array.from({ length: random(8) }, (_, i) => ({ ...span(), kind: i % 2 ? 'passage' : 'insert', k: i }));
      const markup = Array.from({ length: random(5) }, span).sort((x, y) => x.start - y.start);
      const block = { start: random(50), end: 150 + random(50), markup };
      const runs = runsOf(page, block, marks);
      for (const run of runs) {
        expect(markup.some((h) => h.start <= run.start && run.end <= h.end)).toBe(false);
        expect(run.marks).toEqual(marks.filter((m) => m.end > m.start && m.start <= run.start && run.end <= m.end));
      }
      const shown = runs.map((r) => r.text).join('');
      const expected = [...page.slice(block.start, block.end)].filter((_, i) => !markup.some((h) => h.start <= block.start + i && block.start + i < h.end)).join('');
      expect(shown).toBe(expected);
    }
  });
});

describe('marksByBlock', () => {
  const blocks = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];

  it('hands each block the marks that touch it, a long passage to every block it spans', () => {
    const across = { start: 5, end: 25, kind: 'passage', k: 0 };
    const inner = { start: 14, end: 16, kind: 'insert', k: 0 };
    const late = { start: 28, end: 29, kind: 'passage', k: 1 };
    const gap = { start: 10, end: 12, kind: 'passage', k: 2 };
    expect(marksByBlock(blocks, [late, inner, across, gap])).toEqual([[across], [across, inner], [across, late]]);
  });

  it('drops empty marks', () => {
    expect(marksByBlock(blocks, [{ start: 3, end: 3, kind: 'match' }])).toEqual([[], [], []]);
  });

});
