/**
 * A comparison's passages as highlights of one side's text: the passage itself (its number shared
 * with the other side) and the word-level edits inside it, as that side sees them: what A lost is
 * struck through on A, what B added is marked on B, a replacement shows on both.
 */
import type { Comparison } from '../../../shared/comparison';
import type { Mark } from './segments';

export type Side = 'a' | 'b';

export function passageMarks(comparison: Comparison, side: Side): Mark[] {
  const marks: Mark[] = [];
  for (const p of comparison.passages) {
    const span = p[side];
    marks.push({ ...span, kind: p.kind === 'paraphrase' ? 'paraphrase' : 'passage', k: p.k });
    for (const edit of p.edits) {
      if (edit.op === 'delete' && side === 'a') marks.push({ ...edit.a, kind: 'delete', k: p.k });
      else if (edit.op === 'insert' && side === 'b') marks.push({ ...edit.b, kind: 'insert', k: p.k });
      else if (edit.op === 'replace') marks.push({ ...edit[side], kind: `replace-${side}`, k: p.k });
    }
  }
  return marks;
}
