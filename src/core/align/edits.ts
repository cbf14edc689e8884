/**
 * The word-level edits inside one passage, with jsdiff. A whole-document diff is the wrong tool
 * (slow, and blind to moved text); inside a passage the two sides are short and alike, which is
 * what Myers' diff is good at. Words are compared in their normalized form, so "U.S."/"US",
 * curly/straight quotes and line breaks are not edits; character granularity diffs the raw
 * text instead, for the reader who wants to see every changed letter.
 */
import { diffArrays, diffChars } from 'diff';
import type { Span } from '../../shared/article';
import type { DiffGranularity, EditOp } from '../../shared/comparison';
import type { Budget } from './budget';
import type { AlignDocument } from './document';
import { rawSpan } from './spans';

export interface PassageEdits {
  edits: EditOp[];
  /** Share of the two sides' words (or characters) the diff keeps equal, 0..1. */
  similarity: number;
}

interface Run {
  kind: 'equal' | 'delete' | 'insert';
  /** Units (tokens or characters) on each side. */
  na: number;
  nb: number;
}

/** Folds runs into ops: a deletion next to an insertion is a replacement. */
function toOps(runs: Run[], spanA: (i: number, n: number) => Span, spanB: (j: number, n: number) => Span): EditOp[] {
  const ops: EditOp[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const next = runs[k + 1];
    if (r.kind === 'equal') {
      ops.push({ op: 'equal', a: spanA(i, r.na), b: spanB(j, r.nb) });
    } else if (next && next.kind !== 'equal' && next.kind !== r.kind) {
      const del = r.kind === 'delete' ? r : next;
      const ins = r.kind === 'insert' ? r : next;
      ops.push({ op: 'replace', a: spanA(i, del.na), b: spanB(j, ins.nb) });
      i += del.na;
      j += ins.nb;
      k++;
      continue;
    } else if (r.kind === 'delete') ops.push({ op: 'delete', a: spanA(i, r.na) });
    else ops.push({ op: 'insert', b: spanB(j, r.nb) });
    i += r.na;
    j += r.nb;
  }
  return ops;
}

function similarityOf(runs: Run[], total: number): number {
  let equal = 0;
  for (const r of runs) if (r.kind === 'equal') equal += r.na + r.nb;
  return total > 0 ? equal / total : 1;
}

/**
 * Edits between tokens [a0, a1) of `a` and [b0, b1) of `b`, or null when the budget ran out
 * (before or during the diff).
 */
export function passageEdits(
  a: AlignDocument,
  a0: number,
  a1: number,
  b: AlignDocument,
  b0: number,
  b1: number,
  granularity: DiffGranularity,
  budget: Budget,
): PassageEdits | null {
  if (!budget.left()) return null;
  const timeout = Math.max(1, Math.ceil(budget.remaining()));
  if (granularity === 'char') {
    const sa = rawSpan(a.tokens, a0, a1);
    const sb = rawSpan(b.tokens, b0, b1);
    const changes = diffChars(a.tokens.text.slice(sa.start, sa.end), b.tokens.text.slice(sb.start, sb.end), { timeout });
    if (!changes) return null;
    const runs: Run[] = changes.map((c) => ({
      kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
      na: c.added ? 0 : c.value.length,
      nb: c.removed ? 0 : c.value.length,
    }));
    return {
      edits: toOps(runs, (i, n) => ({ start: sa.start + i, end: sa.start + i + n }), (j, n) => ({ start: sb.start + j, end: sb.start + j + n })),
      similarity: similarityOf(runs, sa.end - sa.start + (sb.end - sb.start)),
    };
  }
  const changes = diffArrays(Array.from(a.words.subarray(a0, a1)), Array.from(b.words.subarray(b0, b1)), { timeout });
  if (!changes) return null;
  const runs: Run[] = changes.map((c) => ({
    kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    na: c.added ? 0 : c.count,
    nb: c.removed ? 0 : c.count,
  }));
  return {
    edits: toOps(runs, (i, n) => rawSpan(a.tokens, a0 + i, a0 + i + n), (j, n) => rawSpan(b.tokens, b0 + j, b0 + j + n)),
    similarity: similarityOf(runs, a1 - a0 + (b1 - b0)),
  };
}

/** Whether tokens [a0, a1) of `a` and [b0, b1) of `b` are the same words (normalized). */
export function sameWords(a: AlignDocument, a0: number, a1: number, b: AlignDocument, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (a.words[a0 + i] !== b.words[b0 + i]) return false;
  return true;
}
