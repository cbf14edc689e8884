/**
 * Cutting a block of article text into runs that share the same highlights. Highlights (shared
 * passages, edits inside them, search matches) are spans of the article text; a run is the text
 * between two consecutive highlight edges, with the highlights that cover it. Markup (`# `, `**`)
 * is dropped from the runs, and the text stays text: a view renders each run as a text node, an
 * export escapes it. The app's views and the core's exports cut the same way with this one function.
 */
import type { Span } from './article';

export interface Mark extends Span {
  /** What the highlight is: `passage`, `paraphrase`, `kept`, `insert`, `delete`, `replace-a`, `match`, ... */
  kind: string;
  /** For passages: the passage number shared by both sides. */
  k?: number;
  /** For search matches: the match's number in the article. */
  n?: number;
}

export interface Run extends Span {
  text: string;
  /** The marks covering the run, in the order they were given. */
  marks: Mark[];
}

/**
 * The runs of `text.slice(block.start, block.end)`, markup removed, each with its covering marks.
 * One sweep over the cuts: a 10,000-row table has tens of thousands of cuts and markup spans, and
 * checking every span at every cut (as a first version did) froze the reader for minutes.
 */
export function runsOf(text: string, block: Span & { markup?: Span[] }, marks: readonly Mark[]): Run[] {
  const inside = marks.filter((m) => m.end > block.start && m.start < block.end && m.end > m.start);
  const hidden = (block.markup ?? []).filter((m) => m.end > block.start && m.start < block.end).sort((x, y) => x.start - y.start);
  const edges = new Set<number>([block.start, block.end]);
  for (const m of inside) {
    edges.add(Math.max(block.start, m.start));
    edges.add(Math.min(block.end, m.end));
  }
  for (const m of hidden) {
    edges.add(Math.max(block.start, m.start));
    edges.add(Math.min(block.end, m.end));
  }
  const cuts = [...edges].sort((x, y) => x - y);
  // marks by start; `order` keeps a run's marks in the order they were given
  const order = new Map(inside.map((m, i) => [m, i]));
  const byStart = [...inside].sort((x, y) => x.start - y.start || order.get(x)! - order.get(y)!);
  let nextMark = 0;
  let active: Mark[] = [];
  let nextHidden = 0;
  let hiddenUntil = -Infinity;
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    while (nextHidden < hidden.length && hidden[nextHidden]!.start <= start) hiddenUntil = Math.max(hiddenUntil, hidden[nextHidden++]!.end);
    if (end <= hiddenUntil) continue;
    let added = false;
    while (nextMark < byStart.length && byStart[nextMark]!.start <= start) {
      active.push(byStart[nextMark++]!);
      added = true;
    }
    if (added) active.sort((x, y) => order.get(x)! - order.get(y)!);
    active = active.filter((m) => m.end > start);
    const covering = active.filter((m) => end <= m.end);
    const last = runs[runs.length - 1];
    // touching runs with the same marks read as one; runs either side of hidden markup stay
    // apart so that every run still slices out of the text
    if (last && last.end === start && sameMarks(last.marks, covering)) {
      last.text += text.slice(start, end);
      last.end = end;
    } else {
      runs.push({ start, end, text: text.slice(start, end), marks: covering });
    }
  }
  return runs;
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/**
 * The marks that touch each block, in block order. `runsOf` filters the marks it is given, so
 * handing every block every mark costs blocks x marks; on two 20,000-word articles with
 * thousands of edit marks that is millions of checks per render. Sorting once and sweeping
 * makes it (blocks + marks) log marks. Blocks must be sorted and not overlap.
 */
export function marksByBlock<M extends Mark>(blocks: readonly Span[], marks: readonly M[]): M[][] {
  const sorted = marks.filter((m) => m.end > m.start).sort((x, y) => x.start - y.start);
  const out: M[][] = blocks.map(() => []);
  // a mark can span several blocks (a passage across paragraphs): walk forward from the first
  // block it reaches until the blocks start after it ends
  let first = 0;
  for (const m of sorted) {
    while (first < blocks.length && blocks[first]!.end <= m.start) first++;
    for (let i = first; i < blocks.length && blocks[i]!.start < m.end; i++) out[i]!.push(m);
  }
  return out;
}
