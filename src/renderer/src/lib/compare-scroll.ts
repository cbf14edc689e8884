/**
 * Synchronized scrolling of the two columns, as arithmetic on positions (no DOM here).
 *
 * A proportional scroll (same fraction of each column) drifts as soon as the outlets write
 * different amounts between their shared passages. Instead each shared passage is an anchor: its
 * top and bottom on one side map to its top and bottom on the other, and positions between
 * anchors map linearly, so the passage under the reader's eye sits level with its match and each
 * outlet's own text between two passages is stretched or squeezed to fit. Moved passages are
 * anchors too: reading a moved passage in A brings its match into view in B, and the jump happens
 * across the text between passages rather than in the middle of one.
 *
 * "Under the reader's eye" is a focus line at 30% of the column's height. A fixed line could never
 * reach the first or last part of a column (the top of the first screen, the bottom of the last),
 * so near either end the line slides towards that edge: at the top of the column it is the top
 * edge, at the bottom the bottom edge, and every position passes under it exactly once.
 */

export interface Extent {
  top: number;
  bottom: number;
}

/** A shared passage's place in each column, in content pixels (0 = top of the column's content). */
export interface PairExtent {
  k: number;
  a: Extent;
  b: Extent;
}

export interface Anchor {
  /** Position in the column that drives. */
  from: number;
  /** Where it maps in the column that follows. */
  to: number;
}

/** The focus line's default height, as a share of the column's visible height. */
export const FOCUS = 0.3;

/**
 * Where the focus line sits in the visible column (pixels from its top) at scroll position `top`.
 * `max` is the largest scroll position, `view` the visible height.
 */
export function focusOffset(top: number, max: number, view: number, focus = FOCUS): number {
  if (max <= 0) return 0;
  const line = focus * view;
  const rest = view - line;
  // a column shorter than the run-ups at both ends: the line moves in proportion all the way
  if (max < line + rest) return (Math.min(Math.max(top, 0), max) / max) * view;
  if (top < line) return Math.max(top, 0);
  if (top > max - rest) return line + (Math.min(top, max) - (max - rest));
  return line;
}

/** The scroll position that puts content position `y` under the focus line (inverse of the above). */
export function scrollForFocus(y: number, max: number, view: number, focus = FOCUS): number {
  if (max <= 0) return 0;
  const line = focus * view;
  const rest = view - line;
  if (max < line + rest) return Math.min(max, Math.max(0, (y * max) / (max + view)));
  // top + focusOffset(top) is increasing and piecewise linear: slope 2 in the run-ups, 1 between
  if (y <= 2 * line) return Math.max(0, y / 2);
  const lowEnd = max - rest;
  if (y <= lowEnd + line) return y - line;
  return Math.min(max, (y - line + max - rest) / 2);
}

/**
 * The anchors for scrolling with `driver` in the lead: each pair's top and bottom, sorted by
 * position in the driving column, between the two columns' tops and ends.
 */
export function anchorsFor(pairs: readonly PairExtent[], driver: 'a' | 'b', heights: { a: number; b: number }): Anchor[] {
  const follower = driver === 'a' ? 'b' : 'a';
  const sorted = [...pairs].sort((x, y) => x[driver].top - y[driver].top);
  const anchors: Anchor[] = [{ from: 0, to: 0 }];
  for (const p of sorted) {
    const last = anchors[anchors.length - 1]!;
    // overlapping extents on the driving side (a passage inside another's lines) would make the
    // map go backwards; keep the first and skip what it covers
    if (p[driver].top < last.from) continue;
    anchors.push({ from: p[driver].top, to: p[follower].top }, { from: p[driver].bottom, to: p[follower].bottom });
  }
  const last = anchors[anchors.length - 1]!;
  if (heights[driver] > last.from) anchors.push({ from: heights[driver], to: heights[follower] });
  return anchors;
}

/** Maps a position of the driving column through the anchors (linear between them). */
export function mapThrough(anchors: readonly Anchor[], y: number): number {
  if (anchors.length === 0) return y;
  // the last anchor at or before y: at a zero-length segment (two passages that touch) the
  // later one wins, so the passage that starts here is the one that lines up
  let lo = 0;
  let hi = anchors.length - 1;
  if (y <= anchors[0]!.from) return anchors[0]!.to + (y - anchors[0]!.from);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid]!.from <= y) lo = mid;
    else hi = mid - 1;
  }
  const p = anchors[lo]!;
  const q = anchors[lo + 1];
  if (!q) return p.to + (y - p.from);
  const span = q.from - p.from;
  return span <= 0 ? q.to : p.to + ((y - p.from) / span) * (q.to - p.to);
}

export interface ColumnGeometry {
  top: number;
  /** Largest scroll position: content height minus visible height. */
  max: number;
  view: number;
}

/**
 * Where the following column should scroll when the driving one is at `driver.top`: the content
 * under the driver's focus line maps through the anchors and is placed at the same height.
 */
export function followerTop(anchors: readonly Anchor[], driver: ColumnGeometry, follower: Omit<ColumnGeometry, 'top'>): number {
  const offset = focusOffset(driver.top, driver.max, driver.view);
  const target = mapThrough(anchors, driver.top + offset) - offset;
  return Math.min(Math.max(0, follower.max), Math.max(0, target));
}

/**
 * Scroll positions that put two passages (content tops `top.a`, `top.b`) at the same height on
 * screen, as near the focus line as both columns' scroll ranges allow. When no common height
 * exists (one passage is too near its column's start, the other too near its end), each goes as
 * near that height as its column allows.
 */
export function levelTops(top: { a: number; b: number }, max: { a: number; b: number }, view: number, focus = FOCUS): { a: number; b: number } {
  // a screen height y is reachable on a side when top - y lies in [0, max]
  const low = Math.max(top.a - Math.max(0, max.a), top.b - Math.max(0, max.b));
  const high = Math.min(top.a, top.b);
  const wanted = focus * view;
  const y = low <= high ? Math.min(high, Math.max(low, wanted)) : wanted;
  const clamp = (v: number, m: number) => Math.min(Math.max(0, m), Math.max(0, v));
  return { a: clamp(top.a - y, max.a), b: clamp(top.b - y, max.b) };
}

/**
 * After the text reflows (the window or the list resized), the scroll position that keeps what
 * the reader was looking at where it was on screen: the passage nearest the focus line before the
 * reflow goes back to the same height. Null when no passage was measured on both occasions.
 */
export function keepInPlace(
  before: ReadonlyMap<number, Extent>,
  after: ReadonlyMap<number, Extent>,
  scrollBefore: number,
  focusY: number,
): number | null {
  const eye = scrollBefore + focusY;
  let best: number | null = null;
  let distance = Infinity;
  for (const [k, e] of before) {
    if (!after.has(k)) continue;
    const d = e.top <= eye && eye <= e.bottom ? 0 : Math.min(Math.abs(e.top - eye), Math.abs(e.bottom - eye));
    if (d < distance) {
      distance = d;
      best = k;
    }
  }
  if (best === null) return null;
  return after.get(best)!.top - (before.get(best)!.top - scrollBefore);
}
