import { describe, expect, it } from 'vitest';
import type { Piece } from '../../../src/renderer/src/lib/reader-layout';
import { sliceOf, withSlice } from '../../../src/renderer/src/lib/reader-slices';

const piece = (start: number, chars: number, continued = false): Piece => ({
  start,
  kind: 'paragraph',
  runs: [{ start, end: start + chars, text: 'x'.repeat(chars), marks: [] }],
  continues: false,
  continued,
});

describe('reader slices', () => {
  it('keys a slice by its first piece and estimates its height from its text', () => {
    const slice = sliceOf([piece(100, 80), piece(182, 400)])!;
    expect(slice.key).toBe(100);
    expect(slice.pieces.map((p) => p.start)).toEqual([100, 182]);
    // one line and five lines of 1.65em, and a paragraph's margin after each
    expect(slice.estimate).toBeCloseTo(6 * 1.65 + 2);
  });

  it.each([
    ['a paragraph that goes on in the next piece has no margin yet', [piece(0, 160, true)], 2 * 1.65],
    ['an empty piece (a block of markup only) is still a line', [piece(0, 0)], 1.65 + 1],
  ])('%s', (_, pieces, estimate) => {
    expect(sliceOf(pieces)!.estimate).toBeCloseTo(estimate);
  });

  it('adds a slice per call and nothing for no pieces, so a frame with no text changes nothing', () => {
    const one = withSlice([], [piece(0, 10)]);
    const two = withSlice(one, [piece(12, 10), piece(24, 10)]);
    expect(two.map((s) => s.key)).toEqual([0, 12]);
    expect(one).toHaveLength(1);
    expect(withSlice(two, [])).toBe(two);
    expect(sliceOf([])).toBeNull();
  });
});
