/**
 * How the runs of a compared article look: which classes a run of text carries (its passage's
 * tint, the edit inside it, whether it is the current pair) and where each passage's number
 * label goes (on its first run, so the label reads at the start of the passage on both sides).
 */
import type { Block } from '../../../shared/article';
import { passageOf, tintOf } from '../../../shared/passage-marks';
import { marksByBlock, runsOf, type Mark, type Run } from '../../../shared/runs';

export interface LaidOutText {
  /** The runs of every block, in block order. */
  runs: Run[][];
  /** For each passage number, the start offset of its first run on this side. */
  firstRun: Map<number, number>;
}

export function layOutText(text: string, blocks: readonly Block[], marks: readonly Mark[]): LaidOutText {
  const buckets = marksByBlock(blocks, marks);
  const runs = blocks.map((block, i) => runsOf(text, block, buckets[i]!));
  const firstRun = new Map<number, number>();
  for (const blockRuns of runs) {
    for (const run of blockRuns) {
      const k = passageOf(run);
      if (k !== undefined && !firstRun.has(k)) firstRun.set(k, run.start);
    }
  }
  return { runs, firstRun };
}

export interface RunLook {
  /** Passages the view flags as moved. */
  moved: ReadonlySet<number>;
  /** The passage the reader is on, or null. */
  current: number | null;
}

/** The class list of a run: `passage p3`, `paraphrase p1`, edit kinds, `moved`, `current`. */
export function runClass(run: Run, look: RunLook): string {
  const names: string[] = [];
  const k = passageOf(run);
  for (const m of run.marks) {
    if (m.kind === 'passage' || m.kind === 'paraphrase') names.push(m.kind, tintOf(m.k ?? 0));
    else names.push(m.kind);
  }
  if (k !== undefined && look.moved.has(k)) names.push('moved');
  if (k !== undefined && k === look.current) names.push('current');
  return names.join(' ');
}
