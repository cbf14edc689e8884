/**
 * A comparison's passages as marks on one side's text, and how those marks read: the passage itself
 * (its number and tint shared with the other side), the text it keeps (what counts as shared: the
 * rest of the passage is that outlet's own words), and the word-level edits inside its sentence
 * pairs, as that side sees them: what A lost is struck through on A, what B added is marked on B, a
 * replacement shows on both. The compare view and the HTML export draw from these same marks, so
 * the page a reporter saves says what the screen said.
 */
import type { Span } from './article';
import type { Comparison, Passage } from './comparison';
import type { Mark, Run } from './runs';

export type Side = 'a' | 'b';

export const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Passage tints cycle through this many colours; the number label tells same-coloured pairs apart. */
export const TINTS = 8;

/** The tint class of passage `k` (`p0` ... `p7`), the same on both sides and in the export. */
export function tintOf(k: number): string {
  return `p${k % TINTS}`;
}

/** A highlight of a compared text; a replacement also knows the words it stands against. */
export interface CompareMark extends Mark {
  /** For `replace-a` / `replace-b`: the span of the other side's words. */
  other?: Span;
}

/** Every mark of one side: per passage, the passage (or paraphrase), its kept spans, its edits. */
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

/** Whether a mark is a passage's own (a passage or a paraphrase), not something inside one. */
export function isPassageMark(mark: Mark): boolean {
  return mark.kind === 'passage' || mark.kind === 'paraphrase';
}

/** The number of the passage (or paraphrase) a run belongs to, if any. */
export function passageOf(run: Run): number | undefined {
  return run.marks.find(isPassageMark)?.k;
}

/** The edit a run sits in (`delete`, `insert`, `replace-a`, `replace-b`), if any. */
export function editOf(run: Run): CompareMark | undefined {
  return run.marks.find((m) => !isPassageMark(m) && m.kind !== 'kept' && m.kind !== 'match');
}

/**
 * What an edit run says when pointed at: a substitution names the words it stands against on the
 * other side, so "nearly" on A reads "roughly in B" without hunting for it across the gutter.
 */
export function editTitle(run: Run, otherText: string): string | undefined {
  for (const m of run.marks as CompareMark[]) {
    if (m.kind === 'delete') return 'Only in A';
    if (m.kind === 'insert') return 'Only in B';
    const quoted = m.other ? `“${otherText.slice(m.other.start, m.other.end).trim()}”` : 'other words';
    if (m.kind === 'replace-a') return `B has ${quoted} here`;
    if (m.kind === 'replace-b') return `A has ${quoted} here`;
  }
  return undefined;
}

/** The label at the start of a passage: its number, ≈ before a paraphrase's, ↕ after a moved one's. */
export function passageLabel(p: Pick<Passage, 'k' | 'kind' | 'moved'>): string {
  return `${p.kind === 'paraphrase' ? '≈' : ''}${p.k + 1}${p.moved ? ' ↕' : ''}`;
}
