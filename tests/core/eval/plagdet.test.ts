import { describe, expect, it } from 'vitest';
import { plagdetOf, scorePan, type PanRange } from '../../../src/core/eval/plagdet';

const r = (suspOffset: number, suspEnd: number, srcOffset: number, srcEnd: number, susp = 's1', src = 'r1'): PanRange => ({
  susp,
  src,
  suspOffset,
  suspLength: suspEnd - suspOffset,
  srcOffset,
  srcLength: srcEnd - srcOffset,
});

describe('scorePan', () => {
  it('README check: case 0..100 both sides, detection 25..100 both sides: recall 0.75', () => {
    const s = scorePan([r(0, 100, 0, 100)], [r(25, 100, 25, 100)]);
    expect(s.recall).toBeCloseTo(0.75, 10);
    expect(s.precision).toBe(1);
    expect(s.granularity).toBe(1);
    expect(s.plagdet).toBeCloseTo((2 * 0.75) / 1.75, 10);
  });

  it.each([
    {
      name: 'exact detection',
      cases: [r(0, 100, 50, 150)],
      detections: [r(0, 100, 50, 150)],
      expected: { precision: 1, recall: 1, granularity: 1, plagdet: 1 },
    },
    {
      name: 'detection twice as long on the source side',
      cases: [r(0, 100, 0, 100)],
      detections: [r(0, 100, 0, 200)],
      // precision: (100 + 100) / (100 + 200)
      expected: { precision: 2 / 3, recall: 1, granularity: 1 },
    },
    {
      name: 'two detections splitting one case: granularity 2',
      cases: [r(0, 100, 0, 100)],
      detections: [r(0, 50, 0, 50), r(50, 100, 50, 100)],
      expected: { precision: 1, recall: 1, granularity: 2, plagdet: 1 / Math.log2(3) },
    },
    {
      name: 'overlap on one side only does not detect',
      cases: [r(0, 100, 0, 100)],
      detections: [r(0, 100, 500, 600)],
      expected: { precision: 0, recall: 0, granularity: 1, plagdet: 0 },
    },
    {
      name: 'ranges of another document pair never meet',
      cases: [r(0, 100, 0, 100)],
      detections: [r(0, 100, 0, 100, 's1', 'r2')],
      expected: { precision: 0, recall: 0 },
    },
    {
      name: 'overlapping detections are counted once in recall',
      cases: [r(0, 100, 0, 100)],
      detections: [r(0, 80, 0, 80), r(20, 100, 20, 100)],
      expected: { recall: 1, precision: 1, granularity: 2 },
    },
    {
      name: 'nothing to find and nothing found',
      cases: [],
      detections: [],
      expected: { precision: 1, recall: 1 },
    },
    {
      name: 'something found where nothing was to find',
      cases: [],
      detections: [r(0, 10, 0, 10)],
      expected: { precision: 0, recall: 0 },
    },
  ])('$name', ({ cases, detections, expected }) => {
    const s = scorePan(cases, detections);
    for (const [k, v] of Object.entries(expected)) expect(s[k as keyof typeof s], k).toBeCloseTo(v, 10);
  });

  it('pools over the corpus: means over all cases and all detections, not per pair', () => {
    // Pair 1: a perfect detection. Pair 2: one case, half found, plus a false detection.
    const cases = [r(0, 100, 0, 100, 'a', 'x'), r(0, 100, 0, 100, 'b', 'y')];
    const detections = [r(0, 100, 0, 100, 'a', 'x'), r(0, 50, 0, 50, 'b', 'y'), r(300, 400, 300, 400, 'b', 'y')];
    const s = scorePan(cases, detections);
    expect(s.recall).toBeCloseTo((1 + 0.5) / 2, 10);
    expect(s.precision).toBeCloseTo((1 + 1 + 0) / 3, 10);
    expect(s.detected).toBe(2);
  });

  it('plagdet divides F1 by log2(1 + granularity)', () => {
    expect(plagdetOf(1, 1, 1)).toBe(1);
    expect(plagdetOf(0.5, 1, 1)).toBeCloseTo(2 / 3, 10);
    expect(plagdetOf(1, 1, 3)).toBeCloseTo(0.5, 10);
    expect(plagdetOf(0, 0, 1)).toBe(0);
  });
});
