/**
 * A PAN text-alignment corpus on disk: `pairs.txt` ("susp src" per line), `susp/`, `src/`, and
 * optionally `truth.json` (used only to score). Documents are read as UTF-8 and never normalized,
 * so offsets are UTF-16 indices into the files exactly as PAN's are.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PanRange } from './plagdet';
import { readDataText } from './read-data';

export interface PanPair {
  susp: string;
  src: string;
}

export interface PanTruthRecord extends PanPair {
  subset: string;
  cases: { susp_offset: number; susp_length: number; src_offset: number; src_length: number }[];
}

/** One line of the detections file. */
export interface PanDetectionLine extends PanPair {
  detections: { susp_offset: number; susp_length: number; src_offset: number; src_length: number }[];
}

/** The pairs listed in `<dir>/pairs.txt`, in order. */
export function readPairs(dir: string): PanPair[] {
  const text = readDataText(join(dir, 'pairs.txt'));
  const pairs: PanPair[] = [];
  for (const line of text.split('\n')) {
    const [susp, src] = line.trim().split(/\s+/);
    if (susp && src) pairs.push({ susp, src });
  }
  return pairs;
}

/** The ground truth of `<dir>/truth.json`, or null when the corpus has none. */
export function readTruth(dir: string): PanTruthRecord[] | null {
  const path = join(dir, 'truth.json');
  if (!existsSync(path)) return null;
  return JSON.parse(readDataText(path)) as PanTruthRecord[];
}

/** Path of a suspicious or source document. */
export function documentPath(dir: string, side: 'susp' | 'src', name: string): string {
  return join(dir, side, name);
}

/** The truth's cases as ranges for the measures. */
export function truthRanges(records: PanTruthRecord[]): PanRange[] {
  return records.flatMap((r) =>
    r.cases.map((c) => ({
      susp: r.susp,
      src: r.src,
      suspOffset: c.susp_offset,
      suspLength: c.susp_length,
      srcOffset: c.src_offset,
      srcLength: c.src_length,
    })),
  );
}

/** A detections line's detections as ranges for the measures. */
export function detectionRanges(line: PanDetectionLine): PanRange[] {
  return line.detections.map((d) => ({
    susp: line.susp,
    src: line.src,
    suspOffset: d.susp_offset,
    suspLength: d.susp_length,
    srcOffset: d.src_offset,
    srcLength: d.src_length,
  }));
}

/**
 * Splits the pairs into `parts` groups with no document in two groups (so each document is read
 * and prepared once overall), balanced by bytes to prepare. Pairs sharing a document are joined
 * into components, and the components are dealt largest first to the lightest group.
 */
export function partitionPairs(pairs: PanPair[], parts: number, sizeOf: (pair: PanPair) => number): PanPair[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    const a = `s:${p.susp}`;
    const b = `r:${p.src}`;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const components = new Map<string, { pairs: PanPair[]; weight: number }>();
  for (const p of pairs) {
    const r = find(`s:${p.susp}`);
    let c = components.get(r);
    if (!c) components.set(r, (c = { pairs: [], weight: 0 }));
    c.pairs.push(p);
    c.weight += sizeOf(p);
  }
  const groups = Array.from({ length: Math.max(1, parts) }, () => ({ pairs: [] as PanPair[], weight: 0 }));
  for (const c of [...components.values()].sort((x, y) => y.weight - x.weight)) {
    const g = groups.reduce((min, x) => (x.weight < min.weight ? x : min));
    g.pairs.push(...c.pairs);
    g.weight += c.weight;
  }
  return groups.map((g) => g.pairs).filter((g) => g.length > 0);
}
