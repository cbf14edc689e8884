import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../../src/shared/content';
import { editTitle, passageMarks } from '../../../src/shared/passage-marks';
import { layOutText, runClass } from '../../../src/renderer/src/lib/compare-runs';
import { A, B, comparison } from './compare-fixture';

describe('layOutText', () => {
  const laid = layOutText(A.text, bodyBlocks(A), passageMarks(comparison, 'a'));

  it('cuts every block into runs that slice out of the text', () => {
    expect(laid.runs).toHaveLength(3);
    for (const block of laid.runs) for (const r of block) expect(A.text.slice(r.start, r.end)).toBe(r.text);
  });

  it('finds the first run of each passage, where its label goes', () => {
    expect(laid.firstRun.get(0)).toBe(comparison.passages[0]!.a.start);
    expect(laid.firstRun.get(1)).toBe(comparison.passages[1]!.a.start);
  });
});

describe('runClass and editTitle', () => {
  const laid = layOutText(A.text, bodyBlocks(A), passageMarks(comparison, 'a'));
  const runs = laid.runs.flat();
  const nearly = runs.find((r) => r.text === 'nearly')!;
  const talks = runs.find((r) => r.text.startsWith('Officials'))!;

  it('gives a run its passage tint, edit kind, moved and current flags', () => {
    expect(runClass(nearly, { moved: new Set(), current: null })).toBe('passage p0 kept replace-a');
    expect(runClass(nearly, { moved: new Set(), current: 0 })).toBe('passage p0 kept replace-a current');
    expect(runClass(talks, { moved: new Set([1]), current: 0 })).toBe('passage p1 kept moved');
  });

  it('names the words a substitution stands against on the other side', () => {
    expect(editTitle(nearly, B.text)).toBe('B has “roughly” here');
    const laidB = layOutText(B.text, bodyBlocks(B), passageMarks(comparison, 'b'));
    const roughly = laidB.runs.flat().find((r) => r.text === 'roughly')!;
    expect(editTitle(roughly, A.text)).toBe('A has “nearly” here');
    expect(editTitle(talks, B.text)).toBeUndefined();
  });
});
