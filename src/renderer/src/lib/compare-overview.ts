/**
 * The overview bar beside each column: a map of the whole column, like a scrollbar that shows
 * where the shared text lies (VS Code's overview ruler, for prose). Content positions are scaled
 * to the bar's height; the thumb is the part of the column on screen.
 */
import type { Extent } from './compare-scroll';

export interface OverviewMark {
  k: number;
  kind: 'verbatim' | 'edited' | 'paraphrase';
  /** Offset and height within the bar, in bar pixels. */
  y: number;
  h: number;
}

/** Shortest mark drawn, so a one-line passage in a long column is still visible. */
const MIN_MARK = 2;

export function overviewMarks(
  extents: readonly { k: number; kind: OverviewMark['kind']; extent: Extent }[],
  contentHeight: number,
  barHeight: number,
): OverviewMark[] {
  if (contentHeight <= 0 || barHeight <= 0) return [];
  const scale = barHeight / contentHeight;
  return extents.map(({ k, kind, extent }) => {
    const y = Math.max(0, Math.min(barHeight - MIN_MARK, extent.top * scale));
    return { k, kind, y, h: Math.max(MIN_MARK, (extent.bottom - extent.top) * scale) };
  });
}

/** The thumb: the visible part of the column, in bar pixels. */
export function overviewThumb(scrollTop: number, view: number, contentHeight: number, barHeight: number): Extent {
  if (contentHeight <= 0) return { top: 0, bottom: barHeight };
  const scale = barHeight / Math.max(contentHeight, view);
  return { top: scrollTop * scale, bottom: (scrollTop + view) * scale };
}

/** Where to scroll so that the thumb is centred on bar position `y` (a click on the bar). */
export function scrollForBar(y: number, view: number, contentHeight: number, barHeight: number): number {
  if (barHeight <= 0) return 0;
  const target = (y / barHeight) * contentHeight - view / 2;
  return Math.max(0, Math.min(contentHeight - view, target));
}
