/**
 * A comparison's passages as highlights of one side's text: the passage itself (its number shared
 * with the other side), the text it keeps (what counts as shared: the rest of the passage is that
 * outlet's own words), and the word-level edits inside its sentence pairs, as that side sees them:
 * what A lost is struck through on A, what B added is marked on B, a replacement shows on both.
 */
import type { Span } from '../../../shared/article';
import type { Comparison } from '../../../shared/comparison';
import type { Mark } from './segments';

export type Side = 'a' | 'b';

export const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** A highlight of a compared text; a replacement also knows the words it stands against. */
export interface CompareMark extends Mark {
  /** For `replace-a` / `replace-b`: the span of the other side's words. */
  other?: Span;
}

export function passageMarks(comparison: Comparison, side: Side): CompareMark[] {
  const marks: CompareMark[] = [];
  for (const p of comparison.passages) {
    const span = p[side];
    marks.push({ ...span, kind: p.kind === 'paraphrase' ? 'paraphrase' : 'passage', k: p.k });
    for (const kept of p.kept[side]) marks.push({ ...kept, kind: 'kept', k: p.k });
    for (const edit of p.edits) {
      if (edit.op === 'delete' && side === 'a') marks.push({ ...edit.a, kind: 'delete', k: p.k });
      else if (edit.op === 'insert' && side === 'b') marks.push({ ...edit.b, kind: 'insert', k: p.k });
      else if (edit.op === 'replace') marks.push({ ...edit[side], kind: `replace-${side}`, k: p.k, other: edit[otherSide(side)] });
    }
  }
  return marks;
}

/**
 * The marks that touch each block, in block order. `runsOf` filters the marks it is given, so
 * handing every block every mark costs blocks x marks; on two 20,000-word articles with
 * thousands of edit marks that is millions of checks per render. Sorting once and sweeping
 * makes it (blocks + marks) log marks. Blocks must be sorted and not overlap.
 */
export function marksByBlock(blocks: readonly Span[], marks: readonly Mark[]): Mark[][] {
  const sorted = marks.filter((m) => m.end > m.start).sort((x, y) => x.start - y.start);
  const out: Mark[][] = blocks.map(() => []);
  // a mark can span several blocks (a passage across paragraphs): walk forward from the first
  // block it reaches until the blocks start after it ends
  let first = 0;
  for (const m of sorted) {
    while (first < blocks.length && blocks[first]!.end <= m.start) first++;
    for (let i = first; i < blocks.length && blocks[i]!.start < m.end; i++) out[i]!.push(m);
  }
  return out;
}
