/**
 * What the story view draws and says about one member: its coverage strip as segments of the story
 * text (0..1 of its width), and its lag after the first printing in words.
 */
import type { Span } from '../../../shared/article';

export interface Segment {
  /** Left edge and width, as shares of the strip. */
  left: number;
  width: number;
}

/** Segments of `spans` along `extent`, clipped to it; a segment is never narrower than `minWidth`. */
export function stripSegments(extent: Span, spans: readonly Span[], minWidth = 0.004): Segment[] {
  const length = extent.end - extent.start;
  if (length <= 0) return [];
  const out: Segment[] = [];
  for (const s of spans) {
    const start = Math.max(extent.start, s.start);
    const end = Math.min(extent.end, s.end);
    if (end <= start) continue;
    const left = (start - extent.start) / length;
    out.push({ left, width: Math.min(1 - left, Math.max(minWidth, (end - start) / length)) });
  }
  return out;
}

/**
 * Where along the story text a member's coverage lies, in words a screen reader can say:
 * "beginning, middle" for a strip covering the first and second thirds.
 */
export function coverageWhere(extent: Span, spans: readonly Span[]): string {
  const thirds = [0, 0, 0];
  const length = extent.end - extent.start;
  if (length <= 0) return '';
  for (const s of spans) {
    for (let t = 0; t < 3; t++) {
      const from = extent.start + (length * t) / 3;
      const to = extent.start + (length * (t + 1)) / 3;
      thirds[t]! += Math.max(0, Math.min(to, s.end) - Math.max(from, s.start));
    }
  }
  const names = ['beginning', 'middle', 'end'];
  // a third counts when a tenth of it is covered: a stray sentence does not make "the end"
  return names.filter((_, t) => thirds[t]! >= length / 30).join(', ');
}

/** `null` -> '', 0 -> 'first', 1 -> '+1 day', 0.25 -> '+6 h', 3.5 -> '+3 days'. */
export function lagText(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'first';
  if (days < 1) {
    const hours = Math.round(days * 24);
    return hours === 0 ? `+${Math.max(1, Math.round(days * 1440))} min` : `+${hours} h`;
  }
  const whole = Math.floor(days);
  return `+${whole} day${whole === 1 ? '' : 's'}`;
}
