/**
 * From a region of two texts and its sentence pairs to a passage: the pairs in order of A, what
 * counts as shared (what the pairs kept, and any run of words the two sides share word for word
 * inside the region), the passage's kind and its word counts. What a passage shares is never its
 * whole span: a region of different words counts for little, a region with copied runs never
 * counts for nothing.
 */
import type { Passage, PassageKind } from '../../shared/comparison';
import type { Anchor } from './anchors';
import { sameWords, type KeptPair } from './kept';
import { matchReason } from './reasons';
import type { Pair } from './pair';
import { tokenSpan } from './spans';

/** A tokens [a0, a1), B tokens [b0, b1). */
export interface Range {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** A passage before it is numbered and its order known, with its token range. */
export interface Draft extends Range {
  passage: Omit<Passage, 'k' | 'moved'>;
}

/** Merges token ranges that touch or overlap into runs, sorted. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

const count = (ranges: [number, number][]) => ranges.reduce((n, [from, to]) => n + to - from, 0);

/** The anchors lying inside a range on both sides. */
function anchorsIn(r: Range, anchors: readonly Anchor[]): Anchor[] {
  return anchors.filter((x) => x.i >= r.a0 && x.i + x.length <= r.a1 && x.j >= r.b0 && x.j + x.length <= r.b1);
}

/** Whether pairs that copy or edit their sentence hold at least half of the paired words of A. */
function mostlyEdited(kept: readonly KeptPair[]): boolean {
  let edited = 0;
  let all = 0;
  for (const k of kept) {
    all += k.a1 - k.a0;
    if (k.kind !== 'paraphrase') edited += k.a1 - k.a0;
  }
  return all > 0 && edited * 2 >= all;
}

/**
 * The passage of region `r` with its sentence pairs `kept`. The kind is verbatim for the same
 * words, edited when pairs that copy or edit their sentence hold most of it, paraphrase when the
 * pairs mostly say the same in other words (then the passage says why it was linked).
 */
export function assemble(pair: Pair, r: Range, kept: KeptPair[], score: number, anchors: readonly Anchor[]): Draft {
  const { a, b } = pair;
  kept.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const runs = anchorsIn(r, anchors);
  const keptA = mergeRanges([...kept.flatMap((k) => k.keptA), ...runs.map((x): [number, number] => [x.i, x.i + x.length])]);
  const keptB = mergeRanges([...kept.flatMap((k) => k.keptB), ...runs.map((x): [number, number] => [x.j, x.j + x.length])]);
  const verbatim = sameWords(a, r.a0, r.a1, b, r.b0, r.b1);
  const equal = kept.reduce((n, k) => n + k.equal, 0);
  const size = r.a1 - r.a0 + (r.b1 - r.b0);
  const kind: PassageKind = verbatim ? 'verbatim' : mostlyEdited(kept) ? 'edited' : 'paraphrase';
  // In a passage that copies or edits, a pair that keeps nothing is two outlets' own sentences
  // facing each other: not shown as a pair. Only copies and edits mark the text with their edits
  // (a paraphrase pair's diff is every word; its pair view says so).
  const shown = kind === 'paraphrase' ? kept : kept.filter((k) => k.keptA.length + k.keptB.length > 0);
  const passage: Draft['passage'] = {
    a: tokenSpan(a.tokens, r.a0, r.a1),
    b: tokenSpan(b.tokens, r.b0, r.b1),
    kind,
    similarity: verbatim ? 1 : size > 0 ? Math.min(1, (2 * equal) / size) : 0,
    score,
    edits: shown.filter((k) => k.kind !== 'paraphrase').flatMap((k) => k.edits),
    pairs: shown.map((k) => ({
      a: tokenSpan(a.tokens, k.a0, k.a1),
      b: tokenSpan(b.tokens, k.b0, k.b1),
      kind: k.kind,
      similarity: k.similarity,
      edits: k.edits,
    })),
    kept: {
      a: keptA.map(([from, to]) => tokenSpan(a.tokens, from, to)),
      b: keptB.map(([from, to]) => tokenSpan(b.tokens, from, to)),
    },
    words: { a: r.a1 - r.a0, b: r.b1 - r.b0, keptA: count(keptA), keptB: count(keptB) },
  };
  if (kind === 'paraphrase') passage.reason = matchReason(pair, r.a0, r.a1, r.b0, r.b1);
  return { ...r, passage };
}

/**
 * A paraphrase: one sentence pair stating the same fact, keeping nothing, with the pair's
 * diff for the reader (none when the caller needs only the accounting).
 */
export function paraphraseDraft(pair: Pair, r: Range, diff: KeptPair | null, cos: number, reason: Passage['reason']): Draft {
  const { a, b } = pair;
  const span = { a: tokenSpan(a.tokens, r.a0, r.a1), b: tokenSpan(b.tokens, r.b0, r.b1) };
  const passage: Draft['passage'] = {
    ...span,
    kind: 'paraphrase',
    similarity: cos,
    score: cos,
    // the text is marked as a link, not word by word: its pair view shows the diff
    edits: [],
    pairs: [{ ...span, kind: 'paraphrase', similarity: diff?.similarity ?? cos, edits: diff?.edits ?? [] }],
    kept: { a: [], b: [] },
    words: { a: r.a1 - r.a0, b: r.b1 - r.b0, keptA: 0, keptB: 0 },
  };
  if (reason) passage.reason = reason;
  return { ...r, passage };
}
