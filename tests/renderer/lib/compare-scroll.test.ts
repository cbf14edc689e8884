import { describe, expect, it } from 'vitest';
import { anchorsFor, focusOffset, followerTop, keepInPlace, levelTops, mapThrough, scrollForFocus, type PairExtent } from '../../../src/renderer/src/lib/compare-scroll';

describe('focusOffset and scrollForFocus', () => {
  const max = 5000;
  const view = 1000;

  it('keeps the focus line at 30% of the view in the middle of a column', () => {
    expect(focusOffset(2000, max, view)).toBe(300);
  });

  it('slides the line to the top edge at the top and to the bottom edge at the end', () => {
    expect(focusOffset(0, max, view)).toBe(0);
    expect(focusOffset(150, max, view)).toBe(150);
    expect(focusOffset(max, max, view)).toBe(view);
  });

  it('passes every content position under the line exactly once', () => {
    let last = -1;
    for (let top = 0; top <= max; top += 7) {
      const y = top + focusOffset(top, max, view);
      expect(y).toBeGreaterThan(last);
      last = y;
    }
    expect(last).toBeLessThanOrEqual(max + view);
  });

  it('inverts: the scroll that puts y under the line', () => {
    for (const y of [0, 100, 599, 600, 601, 2500, 4299, 4300, 5500, 6000]) {
      const top = scrollForFocus(y, max, view);
      expect(top + focusOffset(top, max, view)).toBeCloseTo(y, 6);
    }
  });

  it('moves in proportion in a column shorter than its view', () => {
    expect(focusOffset(100, 200, 1000)).toBe(500);
    const top = scrollForFocus(600, 200, 1000);
    expect(top + focusOffset(top, 200, 1000)).toBeCloseTo(600, 6);
  });

  it('does nothing in a column that cannot scroll', () => {
    expect(focusOffset(0, 0, 800)).toBe(0);
    expect(scrollForFocus(300, 0, 800)).toBe(0);
  });
});

describe('anchorsFor and mapThrough', () => {
  const pairs: PairExtent[] = [
    { k: 0, a: { top: 100, bottom: 200 }, b: { top: 400, bottom: 520 } },
    { k: 1, a: { top: 300, bottom: 350 }, b: { top: 1000, bottom: 1050 } },
    // moved: later in A, earlier in B
    { k: 2, a: { top: 500, bottom: 600 }, b: { top: 50, bottom: 150 } },
  ];
  const heights = { a: 1000, b: 1200 };

  it('maps each passage top and bottom to its match', () => {
    const anchors = anchorsFor(pairs, 'a', heights);
    for (const p of pairs) {
      expect(mapThrough(anchors, p.a.top)).toBe(p.b.top);
      expect(mapThrough(anchors, p.a.bottom)).toBe(p.b.bottom);
    }
  });

  it('stretches the text between passages linearly', () => {
    const anchors = anchorsFor(pairs, 'a', heights);
    expect(mapThrough(anchors, 150)).toBe(460);
    expect(mapThrough(anchors, 250)).toBe(760);
    expect(mapThrough(anchors, 0)).toBe(0);
    expect(mapThrough(anchors, 1000)).toBe(1200);
  });

  it('maps the other way when B leads, through the same passages', () => {
    const anchors = anchorsFor(pairs, 'b', heights);
    expect(anchors.map((x) => x.from)).toEqual([0, 50, 150, 400, 520, 1000, 1050, 1200]);
    expect(mapThrough(anchors, 50)).toBe(500);
    expect(mapThrough(anchors, 1025)).toBe(325);
  });

  it('lines up the passage that starts where another ends', () => {
    const touching: PairExtent[] = [
      { k: 0, a: { top: 100, bottom: 200 }, b: { top: 100, bottom: 200 } },
      { k: 1, a: { top: 200, bottom: 300 }, b: { top: 900, bottom: 1000 } },
    ];
    const anchors = anchorsFor(touching, 'a', { a: 400, b: 1100 });
    expect(mapThrough(anchors, 200)).toBe(900);
    expect(mapThrough(anchors, 199)).toBeCloseTo(199);
  });

  it('skips a passage nested inside another on the leading side', () => {
    const nested: PairExtent[] = [
      { k: 0, a: { top: 100, bottom: 400 }, b: { top: 100, bottom: 400 } },
      { k: 1, a: { top: 200, bottom: 250 }, b: { top: 800, bottom: 850 } },
    ];
    const anchors = anchorsFor(nested, 'a', { a: 500, b: 900 });
    expect(anchors.map((x) => x.from)).toEqual([0, 100, 400, 500]);
  });
});

describe('followerTop', () => {
  it('puts the match of the passage under the focus line at the same height', () => {
    const pairs: PairExtent[] = [{ k: 0, a: { top: 3000, bottom: 3200 }, b: { top: 1200, bottom: 1400 } }];
    const anchors = anchorsFor(pairs, 'a', { a: 8000, b: 6000 });
    const view = 900;
    const driver = { top: 3000 - 0.3 * view, max: 8000 - view, view };
    const top = followerTop(anchors, driver, { max: 6000 - view, view });
    expect(top).toBeCloseTo(1200 - 0.3 * view);
  });

  it('stays inside the follower’s scroll range', () => {
    const anchors = [
      { from: 0, to: 0 },
      { from: 1000, to: 5000 },
    ];
    expect(followerTop(anchors, { top: 900, max: 1000, view: 500 }, { max: 300, view: 500 })).toBe(300);
  });
});

describe('levelTops', () => {
  it('puts both passages at the focus line when both columns can', () => {
    expect(levelTops({ a: 3000, b: 1200 }, { a: 8000, b: 5000 }, 1000)).toEqual({ a: 2700, b: 900 });
  });

  it('finds a common height when one passage is near its column’s end', () => {
    // B can scroll at most 1000, so its passage at 1900 cannot rise above 900 on screen
    const tops = levelTops({ a: 3000, b: 1900 }, { a: 8000, b: 1000 }, 1000);
    expect(tops).toEqual({ a: 2100, b: 1000 });
    expect(3000 - tops.a).toBe(1900 - tops.b);
  });

  it('finds a common height when one passage is near its column’s start', () => {
    const tops = levelTops({ a: 3000, b: 120 }, { a: 8000, b: 5000 }, 1000);
    expect(tops).toEqual({ a: 2880, b: 0 });
  });

  it('does the best each column can when no common height exists', () => {
    const tops = levelTops({ a: 50, b: 4900 }, { a: 8000, b: 4000 }, 1000);
    expect(tops).toEqual({ a: 0, b: 4000 });
  });
});

describe('keepInPlace', () => {
  const before = new Map([
    [0, { top: 100, bottom: 200 }],
    [1, { top: 1000, bottom: 1100 }],
    [2, { top: 3000, bottom: 3100 }],
  ]);
  const after = new Map([
    [0, { top: 150, bottom: 300 }],
    [1, { top: 1500, bottom: 1650 }],
    [2, { top: 4500, bottom: 4650 }],
  ]);

  it('keeps the passage nearest the focus line at the same height on screen', () => {
    // focus line at content 1050, inside passage 1, which sat 200 px below the column top
    expect(keepInPlace(before, after, 800, 250)).toBe(1300);
    // nearer passage 2
    expect(keepInPlace(before, after, 2600, 300)).toBe(4100);
  });

  it('gives up when no passage survives the reflow', () => {
    expect(keepInPlace(before, new Map(), 800, 250)).toBeNull();
  });
});
