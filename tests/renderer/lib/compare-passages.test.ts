import { describe, expect, it } from 'vitest';
import { describeRow, passageRows, stepPassage } from '../../../src/renderer/src/lib/compare-passages';
import { A, B, comparison } from './compare-fixture';

describe('passageRows', () => {
  const rows = passageRows(comparison, A, B);

  it('lists every passage with its length, kind and place on both sides', () => {
    expect(rows.map((r) => [r.label, r.kind, r.moved, r.words.a, r.words.b, r.paragraph.a, r.paragraph.b])).toEqual([
      [1, 'edited', false, 13, 13, 2, 2],
      [2, 'verbatim', true, 6, 6, 3, 1],
    ]);
    expect(rows[0]!.opening).toBe('There are nearly 2,500 American troops in Iraq…');
    expect(rows[1]!.at.b).toBe(0);
    expect(rows[1]!.at.a).toBeGreaterThan(0.5);
  });

  it('carries the words each side keeps and the number of sentence pairs', () => {
    expect(rows[0]!.words).toEqual({ a: 13, b: 13, keptA: 13, keptB: 13 });
    expect(rows[0]!.pairs).toBe(1);
  });

  it('describes a row in one sentence for screen readers', () => {
    expect(describeRow(rows[0]!, 2)).toBe(
      'Passage 1 of 2, edited passage, 13 words in A, 13 in B, A paragraph 2, B paragraph 2, 92% alike',
    );
    expect(describeRow(rows[1]!, 2)).toMatch(/moved$/);
    const partly = { ...rows[0]!, words: { a: 13, b: 13, keptA: 9, keptB: 10 } };
    expect(describeRow(partly, 2)).toContain('13 words in A, 13 in B, 9 and 10 of them kept,');
  });
});

describe('stepPassage', () => {
  const rows = passageRows(comparison, A, B);
  it('goes to the next and previous passage, wrapping around', () => {
    expect(stepPassage(rows, null, 1)).toBe(0);
    expect(stepPassage(rows, null, -1)).toBe(1);
    expect(stepPassage(rows, 0, 1)).toBe(1);
    expect(stepPassage(rows, 1, 1)).toBe(0);
    expect(stepPassage(rows, 0, -1)).toBe(1);
    expect(stepPassage([], null, 1)).toBeNull();
  });
});
