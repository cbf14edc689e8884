import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/shared/comparison';
import { marksByBlock, passageMarks } from '../../../src/renderer/src/lib/compare-marks';

const comparison = {
  passages: [
    {
      k: 0,
      a: { start: 0, end: 20 },
      b: { start: 5, end: 26 },
      kind: 'edited',
      similarity: 0.8,
      score: 1,
      moved: false,
      edits: [
        { op: 'equal', a: { start: 0, end: 4 }, b: { start: 5, end: 9 } },
        { op: 'replace', a: { start: 5, end: 11 }, b: { start: 10, end: 17 } },
        { op: 'delete', a: { start: 12, end: 14 } },
        { op: 'insert', b: { start: 18, end: 20 } },
      ],
      // the passage keeps its first eleven characters on A; the rest is A's own
      kept: { a: [{ start: 0, end: 11 }], b: [{ start: 5, end: 17 }] },
    },
    { k: 1, a: { start: 30, end: 40 }, b: { start: 0, end: 4 }, kind: 'paraphrase', similarity: 0.3, score: 0.5, moved: true, edits: [], kept: { a: [], b: [] } },
  ],
} as unknown as Comparison;

describe('passageMarks', () => {
  it('marks what side A lost on A', () => {
    expect(passageMarks(comparison, 'a').map((m) => [m.kind, m.start, m.end])).toEqual([
      ['passage', 0, 20],
      ['kept', 0, 11],
      ['replace-a', 5, 11],
      ['delete', 12, 14],
      ['paraphrase', 30, 40],
    ]);
  });

  it('marks what side B added on B', () => {
    expect(passageMarks(comparison, 'b').map((m) => [m.kind, m.start, m.end])).toEqual([
      ['passage', 5, 26],
      ['kept', 5, 17],
      ['replace-b', 10, 17],
      ['insert', 18, 20],
      ['paraphrase', 0, 4],
    ]);
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

  it('gives a replacement the span of the words it stands against', () => {
    const marks = passageMarks(comparison, 'a');
    expect(marks.find((m) => m.kind === 'replace-a')!.other).toEqual({ start: 10, end: 17 });
  });
});
