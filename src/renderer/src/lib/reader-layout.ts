/**
 * The reader's text laid out a slice at a time. A long article (up to 10 MB) cannot be cut into
 * runs and put in the page in one task without freezing the window, so it is laid out in pieces of
 * at most PIECE_CHARS characters, as many at a time as the view asks for: the first screenful at
 * once, the rest a slice per frame. A block longer than a piece (a 10,000-row table is one
 * paragraph) becomes several pieces, cut at white space, that read as one paragraph; its runs are
 * cut a window at a time too, as the pieces need them, so that no task sweeps a whole long block
 * (the table's first screen waited on one pass over its 740 KB and 100,000 markup spans).
 */
import type { Block, Span } from '../../../shared/article';
import { marksByBlock, runsOf, type Mark, type Run } from '../../../shared/runs';

/** Longest stretch of text in one piece. */
export const PIECE_CHARS = 2000;

/** Longest stretch of a block cut into runs at once. */
export const RUN_WINDOW = 4 * PIECE_CHARS;

export interface Piece {
  /** Offset of the piece's first character; unique, and the block's start for its first piece. */
  start: number;
  kind: Block['kind'];
  runs: Run[];
  /** The piece goes on with the block of the piece before it. */
  continues: boolean;
  /** The block goes on in the next piece. */
  continued: boolean;
}

/** A run cut to at most `max` characters, at the last white space in its second half if there is one. */
function head(run: Run, max: number): [Run, Run | null] {
  if (run.text.length <= max) return [run, null];
  let cut = max;
  while (cut > max / 2 && !/\s/.test(run.text[cut - 1]!)) cut--;
  if (cut <= max / 2) cut = max;
  return [
    { start: run.start, end: run.start + cut, text: run.text.slice(0, cut), marks: run.marks },
    { start: run.start + cut, end: run.end, text: run.text.slice(cut), marks: run.marks },
  ];
}

/** Where the window of a block that starts at `start` ends: at white space in its last half, if there is any. */
function windowEnd(text: string, start: number, end: number): number {
  if (end - start <= RUN_WINDOW) return end;
  const limit = start + RUN_WINDOW;
  for (let i = limit; i > start + RUN_WINDOW / 2; i--) if (/\s/.test(text[i - 1]!)) return i;
  return limit;
}

type CutRuns = (text: string, block: Span & { markup?: Span[] }, marks: readonly Mark[]) => Run[];

export class ReaderLayout {
  private readonly buckets: Mark[][];
  private block = 0;
  /** The runs of the block's window being laid out, from `at` on; null between blocks. */
  private pending: Run[] | null = null;
  private at = 0;
  /** Where the block's next window starts, and the first of its markup spans that may reach it. */
  private windowStart = 0;
  private markupAt = 0;
  private piecesOfBlock = 0;
  /** Characters laid out so far. */
  laid = 0;
  /** Offset in the text up to which pieces have been given out. */
  reached = 0;

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
    marks: readonly Mark[],
    /** How a stretch of a block is cut into runs (the app's runsOf; a test may watch it). */
    private readonly cutRuns: CutRuns = runsOf,
  ) {
    this.buckets = marksByBlock(blocks, marks);
  }

  get done(): boolean {
    return this.block >= this.blocks.length;
  }

  /**
   * The next pieces, about `chars` characters of text and at most about `runs` runs (at least one
   * piece unless done). Each run is an element or a text node of the page: a slice of a table's
   * markup has one every few characters, and twelve thousand characters of them took a frame of
   * 40-80 ms to put in the page where plain text of that length takes a few.
   */
  next(chars: number, runs = Infinity): Piece[] {
    const out: Piece[] = [];
    let budget = chars;
    let count = 0;
    while (!this.done && ((budget > 0 && count < runs) || out.length === 0)) {
      const piece = this.piece();
      out.push(piece);
      const size = piece.runs.reduce((n, r) => n + r.text.length, 0);
      budget -= Math.max(1, size);
      count += piece.runs.length;
      this.laid += size;
    }
    return out;
  }

  /** Pieces up to and including the one that holds `offset` (none if it is laid out already). */
  through(offset: number): Piece[] {
    const out: Piece[] = [];
    while (!this.done && this.reached <= offset) out.push(...this.next(1));
    return out;
  }

  /** The runs of the current block's next window; its markup spans are in order and apart, as the core gives them. */
  private nextWindow(block: Block): Run[] {
    const start = this.windowStart;
    const end = windowEnd(this.text, start, block.end);
    const markup = block.markup ?? [];
    while (this.markupAt < markup.length && markup[this.markupAt]!.end <= start) this.markupAt++;
    let last = this.markupAt;
    while (last < markup.length && markup[last]!.start < end) last++;
    this.windowStart = end;
    // a span across the window's end is hidden in both windows: each clips it to its own
    return this.cutRuns(this.text, { start, end, markup: markup.slice(this.markupAt, last) }, this.buckets[this.block]!);
  }

  private piece(): Piece {
    const block = this.blocks[this.block]!;
    if (this.pending === null) {
      this.windowStart = block.start;
      this.markupAt = 0;
      this.pending = this.nextWindow(block);
      this.at = 0;
      this.piecesOfBlock = 0;
    }
    // where the piece starts should it show nothing (the rest of its block is markup): keys stay unique
    const from = this.piecesOfBlock === 0 ? block.start : this.reached;
    const runs: Run[] = [];
    let size = 0;
    for (;;) {
      if (this.at >= this.pending.length) {
        // this window is laid out: the piece goes on into the next one, if the block does
        if (this.windowStart >= block.end) break;
        this.pending = this.nextWindow(block);
        this.at = 0;
        continue;
      }
      const [taken, rest] = head(this.pending[this.at]!, PIECE_CHARS - size);
      // a run that does not fit whole starts the next piece, unless this one is still empty
      if (rest !== null && size > 0) break;
      runs.push(taken);
      size += taken.text.length;
      if (rest) {
        this.pending[this.at] = rest;
        break;
      }
      this.at++;
    }
    const continued = this.at < this.pending.length || this.windowStart < block.end;
    const piece: Piece = {
      start: runs[0]?.start ?? from,
      kind: block.kind,
      runs,
      continues: this.piecesOfBlock > 0,
      continued,
    };
    this.piecesOfBlock++;
    this.reached = !continued ? block.end : this.at < this.pending.length ? this.pending[this.at]!.start : this.windowStart;
    if (!continued) {
      this.block++;
      this.pending = null;
    }
    return piece;
  }
}
