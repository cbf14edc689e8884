import { describe, expect, it } from 'vitest';
import { layOutRibbons, type RibbonInput } from '../../../src/renderer/src/lib/compare-ribbons';

const band = (k: number, a: [number, number], b: [number, number], extra: Partial<RibbonInput> = {}): RibbonInput => ({
  k,
  kind: 'edited',
  moved: false,
  a: { top: a[0], bottom: a[1] },
  b: { top: b[0], bottom: b[1] },
  ...extra,
});

/** The numbers of a path, as [x, y] points. */
const points = (d: string): [number, number][] => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('layOutRibbons', () => {
  it('joins the passage lines on A (left edge) to those on B (right edge)', () => {
    const [r] = layOutRibbons([band(0, [100, 180], [300, 360])], 80, 800);
    expect(r!.shape).toBe('band');
    const ends = points(r!.d).filter(([x]) => x === 0 || x === 80);
    expect(ends.filter(([x]) => x === 0).map(([, y]) => y).sort((x, y) => x - y)).toEqual([100, 180]);
    expect(ends.filter(([x]) => x === 80).map(([, y]) => y).sort((x, y) => x - y)).toEqual([300, 360]);
  });

  it('leaves out ribbons wholly above or below the gutter, keeps those that cross it', () => {
    const ribbons = layOutRibbons(
      [band(0, [-300, -200], [-100, -50]), band(1, [900, 950], [1000, 1100]), band(2, [-100, -20], [500, 600]), band(3, [700, 760], [900, 990])],
      80,
      800,
    );
    expect(ribbons.map((r) => r.k)).toEqual([2, 3]);
  });

  it('draws a paraphrase as a line between the middles of the two sentences', () => {
    const [r] = layOutRibbons([band(4, [100, 140], [500, 520], { kind: 'paraphrase' })], 60, 800);
    expect(r!.shape).toBe('line');
    expect(points(r!.d)[0]).toEqual([0, 120]);
    expect(points(r!.d).at(-1)).toEqual([60, 510]);
  });

  it('gives a hairline passage a visible thickness', () => {
    const [r] = layOutRibbons([band(0, [100, 100], [200, 201])], 80, 800);
    const ys = points(r!.d).filter(([x]) => x === 0).map(([, y]) => y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the moved flag for the view to mark', () => {
    expect(layOutRibbons([band(0, [0, 10], [50, 60], { moved: true })], 80, 800)[0]!.moved).toBe(true);
  });
});
