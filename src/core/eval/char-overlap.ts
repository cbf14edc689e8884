/**
 * Character-level agreement of a marking with annotated spans, counting only characters that are
 * not white space (annotators' spans start and end on spaces inconsistently, and a space says
 * nothing about reuse).
 */
import type { Span } from '../../shared/article';

export interface CharCounts {
  /** Non-space characters marked and annotated as shared. */
  hit: number;
  /** Marked, not annotated as shared. */
  falsePositive: number;
  /** Annotated as shared, not marked. */
  missed: number;
}

export function emptyCounts(): CharCounts {
  return { hit: 0, falsePositive: 0, missed: 0 };
}

/** Per character of `text`: 1 inside one of `spans`. */
export function charMask(text: string, spans: Span[]): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  return mask;
}

/** Adds to `counts` the agreement of `marked` with `truth` over the non-space characters of `text`. */
export function addCounts(counts: CharCounts, text: string, marked: Uint8Array, truth: Uint8Array): void {
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (marked[i] && truth[i]) counts.hit++;
    else if (marked[i]) counts.falsePositive++;
    else if (truth[i]) counts.missed++;
  }
}

export function precisionRecallF1(c: CharCounts): { precision: number; recall: number; f1: number } {
  const precision = c.hit + c.falsePositive === 0 ? 0 : c.hit / (c.hit + c.falsePositive);
  const recall = c.hit + c.missed === 0 ? 0 : c.hit / (c.hit + c.missed);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
