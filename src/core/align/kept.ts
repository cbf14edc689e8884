/**
 * What one sentence pair kept. The two sides of a paired sentence group are diffed word by word
 * (Myers' diff on normalized words, word-diff.ts: short, similar sides are what it is good at,
 * and the cost is bounded by the group's size, never by a clock). Then:
 * - the kind: verbatim (the same words), edited (one side keeps a good part of its wording word
 *   for word, mostly in a row: a condensed sentence keeps most of its own words from a longer
 *   one, a sentence that adds a clause keeps most of the other's), or paraphrase;
 * - what counts as shared on each side: the words kept equal, and the edits between them (a
 *   replaced word, a word or two added or dropped inside kept text), plus a short edit at either
 *   end. A longer stretch on one side only is that outlet's own text. A paraphrase pair keeps
 *   nothing by itself: what it shares word for word counts where it is a run of words the corpus
 *   does not use everywhere (the passage's anchors, assemble.ts), not a shared "the court".
 */
import { diffChars } from 'diff';
import type { DiffGranularity, EditOp, PassageKind } from '../../shared/comparison';
import type { AlignDocument } from './document';
import type { Pair } from './pair';
import { isNameAt } from './reasons';
import { rawSpan } from './spans';
import { diffWords } from './word-diff';

export interface KeptPair {
  /** Tokens [a0, a1) of A and [b0, b1) of B. */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  kind: PassageKind;
  /** Share of the two sides' words the diff keeps equal. */
  similarity: number;
  /** Equal words. */
  equal: number;
  /** Equal words in runs of two or more: a lone shared "the" or "to" is what any two sentences have. */
  phrased: number;
  edits: EditOp[];
  /** Kept tokens of each side, as [from, to) token ranges. */
  keptA: [number, number][];
  keptB: [number, number][];
}

/** A one-sided stretch inside kept text longer than this is the outlet's own words. */
const INNER_EDIT = 3;
/** An edit at either end of the pair counts as kept up to this many words on its side. */
const EDGE_EDIT = 3;
/** One side must keep this share of its wording for the pair to be an edit of one sentence. */
const EDITED = 0.3;
/**
 * ... and, between its first and last kept word, at least this share of its words must be kept:
 * an edited sentence is mostly the same words where the two overlap, while two sentences stating
 * one fact share names ("Iraqi resistance", "weapons of mass destruction") far apart.
 */
const DENSE = 0.5;

interface Op {
  kind: 'equal' | 'delete' | 'insert' | 'replace';
  /** Token offsets from a0 / b0 and counts on each side. */
  i: number;
  na: number;
  j: number;
  nb: number;
}

function wordOps(a: AlignDocument, a0: number, a1: number, b: AlignDocument, b0: number, b1: number): Op[] {
  const runs = diffWords(a.words, a0, a1, b.words, b0, b1);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const next = runs[k + 1];
    if (r.kind === 'equal') {
      ops.push({ kind: 'equal', i, na: r.n, j, nb: r.n });
      i += r.n;
      j += r.n;
    } else if (next && next.kind !== 'equal' && next.kind !== r.kind) {
      const na = r.kind === 'delete' ? r.n : next.n;
      const nb = r.kind === 'insert' ? r.n : next.n;
      ops.push({ kind: 'replace', i, na, j, nb });
      i += na;
      j += nb;
      k++;
    } else if (r.kind === 'delete') {
      ops.push({ kind: 'delete', i, na: r.n, j, nb: 0 });
      i += r.n;
    } else {
      ops.push({ kind: 'insert', i, na: 0, j, nb: r.n });
      j += r.n;
    }
  }
  return ops;
}

function toEdits(ops: Op[], a: AlignDocument, a0: number, b: AlignDocument, b0: number): EditOp[] {
  return ops.map((o): EditOp => {
    const sa = rawSpan(a.tokens, a0 + o.i, a0 + o.i + o.na);
    const sb = rawSpan(b.tokens, b0 + o.j, b0 + o.j + o.nb);
    if (o.kind === 'equal' || o.kind === 'replace') return { op: o.kind, a: sa, b: sb };
    return o.kind === 'delete' ? { op: 'delete', a: sa } : { op: 'insert', b: sb };
  });
}

function charEdits(a: AlignDocument, a0: number, a1: number, b: AlignDocument, b0: number, b1: number): EditOp[] {
  const sa = rawSpan(a.tokens, a0, a1);
  const sb = rawSpan(b.tokens, b0, b1);
  const edits: EditOp[] = [];
  let i = sa.start;
  let j = sb.start;
  const changes = diffChars(a.tokens.text.slice(sa.start, sa.end), b.tokens.text.slice(sb.start, sb.end));
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    const next = changes[k + 1];
    const n = c.value.length;
    if (!c.added && !c.removed) {
      edits.push({ op: 'equal', a: { start: i, end: i + n }, b: { start: j, end: j + n } });
      i += n;
      j += n;
    } else if (next && (next.added || next.removed) && next.added !== c.added) {
      const na = c.removed ? n : next.value.length;
      const nb = c.added ? n : next.value.length;
      edits.push({ op: 'replace', a: { start: i, end: i + na }, b: { start: j, end: j + nb } });
      i += na;
      j += nb;
      k++;
    } else if (c.removed) {
      edits.push({ op: 'delete', a: { start: i, end: i + n } });
      i += n;
    } else {
      edits.push({ op: 'insert', b: { start: j, end: j + n } });
      j += n;
    }
  }
  return edits;
}

/** Token ranges of one side that count as kept, given which ops count. */
function keptRanges(ops: Op[], counts: boolean[], side: 'a' | 'b', base: number): [number, number][] {
  const out: [number, number][] = [];
  ops.forEach((o, k) => {
    const from = base + (side === 'a' ? o.i : o.j);
    const n = side === 'a' ? o.na : o.nb;
    if (!counts[k] || n === 0) return;
    const last = out[out.length - 1];
    if (last && last[1] === from) last[1] = from + n;
    else out.push([from, from + n]);
  });
  return out;
}

/**
 * The equal ops that hold a pair together: runs of two words or more. A lone shared word ("a",
 * "the") far from them is what any two sentences have, and is no boundary of kept text.
 */
function anchorSpan(ops: Op[]): [number, number] {
  let first = -1;
  let last = -1;
  ops.forEach((o, k) => {
    if (o.kind !== 'equal' || o.na < 2) return;
    if (first < 0) first = k;
    last = k;
  });
  return [first, last];
}

/** Whether each op counts as kept, for one side (`size` reads that side's words of an op). */
function countingOps(ops: Op[], kind: PassageKind, size: (o: Op) => number): boolean[] {
  const [first, last] = anchorSpan(ops);
  return ops.map((o, k) => {
    const inner = k > first && k < last;
    if (o.kind === 'equal') return kind !== 'paraphrase';
    if (kind === 'paraphrase') return false;
    // An edit between two kept runs is part of the copy; elsewhere, only a short one.
    if (o.kind === 'replace') return inner || size(o) <= EDGE_EDIT;
    // Words on one side only: an edit inside kept text when short, the outlet's own otherwise.
    return inner && size(o) <= INNER_EDIT;
  });
}

/** Equal words over the words between the first and the last run of two or more, on one side. */
function density(ops: Op[], side: 'a' | 'b'): number {
  const [first, last] = anchorSpan(ops);
  if (first < 0) return 0;
  const at = (o: Op) => (side === 'a' ? o.i : o.j);
  let equal = 0;
  for (let k = first; k <= last; k++) if (ops[k]!.kind === 'equal') equal += ops[k]!.na;
  return equal / (at(ops[last]!) + ops[last]!.na - at(ops[first]!));
}

/**
 * Share of the wording of tokens [from, to) of `doc` inside its equal ops: its words other than
 * names and numbers. What a copy keeps is the wording; names and figures are shared by any two
 * reports of the same fact.
 */
function wordingKept(doc: AlignDocument, from: number, ops: Op[], side: 'a' | 'b', to: number): number {
  const wording = (i: number) => (isNameAt(doc, i) || doc.numeric[doc.terms[i]!] === 1 ? 0 : 1);
  let total = 0;
  for (let i = from; i < to; i++) total += wording(i);
  if (total === 0) return 0;
  let kept = 0;
  for (const o of ops) {
    if (o.kind !== 'equal') continue;
    const start = from + (side === 'a' ? o.i : o.j);
    for (let i = start; i < start + o.na; i++) kept += wording(i);
  }
  return kept / total;
}

/**
 * Diffs tokens [a0, a1) of A with [b0, b1) of B and says what was kept, with the edits for the
 * reader at `granularity` (none when null: the folder-wide reuse run needs only the accounting).
 */
export function keptPair(pair: Pair, a0: number, a1: number, b0: number, b1: number, granularity: DiffGranularity | null): KeptPair {
  const { a, b } = pair;
  const ops = wordOps(a, a0, a1, b, b0, b1);
  let equal = 0;
  let phrased = 0;
  for (const o of ops) {
    if (o.kind !== 'equal') continue;
    equal += o.na;
    if (o.na >= 2) phrased += o.na;
  }
  const na = a1 - a0;
  const nb = b1 - b0;
  const kept = Math.max(wordingKept(a, a0, ops, 'a', a1), wordingKept(b, b0, ops, 'b', b1));
  const dense = Math.max(density(ops, 'a'), density(ops, 'b'));
  const kind: PassageKind = equal === na && equal === nb ? 'verbatim' : kept >= EDITED && dense >= DENSE ? 'edited' : 'paraphrase';
  return {
    a0,
    a1,
    b0,
    b1,
    kind,
    similarity: na + nb > 0 ? (2 * equal) / (na + nb) : 1,
    equal,
    phrased,
    edits: granularity === null ? [] : granularity === 'char' ? charEdits(a, a0, a1, b, b0, b1) : toEdits(ops, a, a0, b, b0),
    keptA: keptRanges(ops, countingOps(ops, kind, (o) => o.na), 'a', a0),
    keptB: keptRanges(ops, countingOps(ops, kind, (o) => o.nb), 'b', b0),
  };
}

/** Whether tokens [a0, a1) of `a` and [b0, b1) of `b` are the same words (normalized). */
export function sameWords(a: AlignDocument, a0: number, a1: number, b: AlignDocument, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let i = 0; i < a1 - a0; i++) if (a.words[a0 + i] !== b.words[b0 + i]) return false;
  return true;
}
