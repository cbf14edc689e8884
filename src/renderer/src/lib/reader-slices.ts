/**
 * The reader's pieces grouped into slices, one per frame of layout, each its own box that the
 * browser may skip while it is off screen (`content-visibility: auto`). A 10 MB article is tens of
 * thousands of paragraphs: put in the page as siblings, every frame that added one more slice
 * laid out, pre-painted and reconciled all of them again, and the frames grew to a quarter of a
 * second by the end of the text. Grouped, a frame's work follows the slice it adds and the
 * handful of slices on screen, whatever the length of the text above and below.
 */
import type { Piece } from './reader-layout';

/** Characters of a line of the reader's column, about: 40em of a proportional face. */
const LINE_CHARS = 80;
/** The reader's line height, in em of its text. */
const LINE_HEIGHT = 1.65;

export interface ReaderSlice {
  /** The first piece's start: unique, and stable for the same layout. */
  key: number;
  pieces: Piece[];
  /**
   * The slice's height before it was ever laid out, in em of the text: an estimate that keeps the
   * scroll bar about right until the browser has measured it (it then remembers the real one).
   */
  estimate: number;
}

/** The pieces as one slice; null when there are none. */
export function sliceOf(pieces: Piece[]): ReaderSlice | null {
  if (pieces.length === 0) return null;
  let estimate = 0;
  for (const piece of pieces) {
    const chars = piece.runs.reduce((n, r) => n + r.text.length, 0);
    estimate += Math.max(1, Math.ceil(chars / LINE_CHARS)) * LINE_HEIGHT + (piece.continued ? 0 : 1);
  }
  return { key: pieces[0]!.start, pieces, estimate };
}

/** `slices` with one more slice of `pieces` at the end (the same array when there are none). */
export function withSlice(slices: ReaderSlice[], pieces: Piece[]): ReaderSlice[] {
  const slice = sliceOf(pieces);
  return slice ? [...slices, slice] : slices;
}
