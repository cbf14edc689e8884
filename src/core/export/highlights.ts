/**
 * A comparison's passages as highlights of one side: the passage (or paraphrase link), the text
 * it keeps (what counts as shared), and the edits inside it as that side sees them, A's lost
 * words on A and B's added words on B.
 */
import type { Article } from '../../shared/article';
import type { Comparison } from '../../shared/comparison';
import type { Highlight } from './text-runs';

export function sideHighlights(comparison: Comparison, side: 'a' | 'b', other: Article): Highlight[] {
  const out: Highlight[] = [];
  for (const p of comparison.passages) {
    out.push({ ...p[side], kind: p.kind === 'paraphrase' ? 'paraphrase' : 'passage', k: p.k });
    for (const kept of p.kept[side]) out.push({ ...kept, kind: 'kept', k: p.k });
    for (const e of p.edits) {
      if (e.op === 'delete' && side === 'a') out.push({ ...e.a, kind: 'delete', k: p.k });
      else if (e.op === 'insert' && side === 'b') out.push({ ...e.b, kind: 'insert', k: p.k });
      else if (e.op === 'replace') {
        const there = side === 'a' ? e.b : e.a;
        out.push({ ...e[side], kind: 'replace', k: p.k, other: other.text.slice(there.start, there.end).trim() });
      }
    }
  }
  return out;
}
