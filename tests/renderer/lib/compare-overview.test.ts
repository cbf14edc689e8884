import { describe, expect, it } from 'vitest';
import { overviewMarks, overviewThumb, scrollForBar } from '../../../src/renderer/src/lib/compare-overview';

describe('overview bar', () => {
  it('scales passages to the bar', () => {
    const marks = overviewMarks([{ k: 0, kind: 'verbatim', extent: { top: 1000, bottom: 2000 } }], 10_000, 500);
    expect(marks).toEqual([{ k: 0, kind: 'verbatim', y: 50, h: 50 }]);
  });

  it('keeps a tiny passage visible', () => {
    const [m] = overviewMarks([{ k: 1, kind: 'edited', extent: { top: 9999, bottom: 10_000 } }], 10_000, 500);
    expect(m!.h).toBeGreaterThanOrEqual(2);
    expect(m!.y + m!.h).toBeLessThanOrEqual(500);
  });

  it('shows the visible part as the thumb', () => {
    expect(overviewThumb(2000, 1000, 10_000, 500)).toEqual({ top: 100, bottom: 150 });
    expect(overviewThumb(0, 1000, 400, 500)).toEqual({ top: 0, bottom: 500 });
  });

  it('centres the view on a click, within the scroll range', () => {
    expect(scrollForBar(250, 1000, 10_000, 500)).toBe(4500);
    expect(scrollForBar(0, 1000, 10_000, 500)).toBe(0);
    expect(scrollForBar(500, 1000, 10_000, 500)).toBe(9000);
  });
});
