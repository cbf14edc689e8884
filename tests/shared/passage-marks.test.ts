import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/shared/comparison';
import { editOf, editTitle, passageLabel, passageMarks, passageOf, tintOf, TINTS, type CompareMark } from '../../src/shared/passage-marks';
import type { Run } from '../../src/shared/runs';

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

  it('gives a replacement the span of the words it stands against', () => {
    const marks = passageMarks(comparison, 'a');
    expect(marks.find((m) => m.kind === 'replace-a')!.other).toEqual({ start: 10, end: 17 });
  });
});

describe('how the marks read', () => {
  const run = (text: string, ...marks: CompareMark[]): Run => ({ start: 0, end: text.length, text, marks });
  const passage: CompareMark = { start: 0, end: 20, kind: 'passage', k: 11 };
  const cases: [string, Run, number | undefined, string | undefined, string | undefined][] = [
    ['plain text', run('x'), undefined, undefined, undefined],
    ['a passage, kept', run('x', passage, { start: 0, end: 5, kind: 'kept', k: 11 }), 11, undefined, undefined],
    ['a deletion', run('x', passage, { start: 0, end: 5, kind: 'delete', k: 11 }), 11, 'delete', 'Only in A'],
    ['an insertion', run('x', passage, { start: 0, end: 5, kind: 'insert', k: 11 }), 11, 'insert', 'Only in B'],
    ['a replacement on A', run('x', passage, { start: 0, end: 5, kind: 'replace-a', k: 11, other: { start: 4, end: 12 } }), 11, 'replace-a', 'B has “roughly” here'],
    ['a replacement on B, other side unknown', run('x', passage, { start: 0, end: 5, kind: 'replace-b', k: 11 }), 11, 'replace-b', 'A has other words here'],
    ['a search match', run('x', { start: 0, end: 1, kind: 'match', n: 0 }), undefined, undefined, undefined],
  ];
  it.each(cases)('%s', (_, r, k, edit, title) => {
    expect(passageOf(r)).toBe(k);
    expect(editOf(r)?.kind).toBe(edit);
    expect(editTitle(r, 'was roughly so')).toBe(title);
  });

  it('labels and tints a passage the same on both sides', () => {
    expect(passageLabel({ k: 0, kind: 'verbatim', moved: false })).toBe('1');
    expect(passageLabel({ k: 2, kind: 'paraphrase', moved: false })).toBe('≈3');
    expect(passageLabel({ k: 4, kind: 'edited', moved: true })).toBe('5 ↕');
    expect([0, 7, 8, 17].map(tintOf)).toEqual(['p0', 'p7', 'p0', 'p1']);
    expect(TINTS).toBe(8);
  });
});

