/**
 * The PAN text-alignment measures (Potthast et al., COLING 2010; PAN's reference script
 * pan09-plagiarism-detection-performance-measures.py): character-level precision and recall
 * macro-averaged over cases and detections pooled over a whole corpus, granularity, and plagdet.
 * A detection detects a case when both name the same document pair and overlap on both sides.
 */

/** A pair of character ranges: a planted case or a detection. */
export interface PanRange {
  /** Suspicious and source document names: ranges of different pairs never meet. */
  susp: string;
  src: string;
  suspOffset: number;
  suspLength: number;
  srcOffset: number;
  srcLength: number;
}

export interface PlagdetScore {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
  /** Cases detected by at least one detection. */
  detected: number;
}

function pairKey(r: PanRange): string {
  return `${r.susp}\u0000${r.src}`;
}

function groupByPair(ranges: PanRange[]): Map<string, PanRange[]> {
  const out = new Map<string, PanRange[]>();
  for (const r of ranges) {
    const k = pairKey(r);
    const g = out.get(k);
    if (g) g.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function meets(x: PanRange, y: PanRange): boolean {
  return (
    x.suspOffset < y.suspOffset + y.suspLength &&
    y.suspOffset < x.suspOffset + x.suspLength &&
    x.srcOffset < y.srcOffset + y.srcLength &&
    y.srcOffset < x.srcOffset + x.srcLength
  );
}

/** Characters of [start, start + length) covered by the union of the given intervals. */
function coveredLength(start: number, length: number, intervals: [number, number][]): number {
  const end = start + length;
  const clipped = intervals
    .map(([s, e]): [number, number] => [Math.max(s, start), Math.min(e, end)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = start;
  for (const [s, e] of clipped) {
    if (e <= reach) continue;
    total += e - Math.max(s, reach);
    reach = e;
  }
  return total;
}

/**
 * Mean over `targets` of the share of each target's characters (both sides counted) covered by
 * the `others` that meet it: recall when targets are cases, precision when they are detections.
 */
function macroCoverage(targets: PanRange[], others: Map<string, PanRange[]>): number {
  if (targets.length === 0) return 0;
  let sum = 0;
  for (const t of targets) {
    const met = (others.get(pairKey(t)) ?? []).filter((o) => meets(t, o));
    if (met.length === 0) continue;
    const susp = coveredLength(t.suspOffset, t.suspLength, met.map((o) => [o.suspOffset, o.suspOffset + o.suspLength]));
    const src = coveredLength(t.srcOffset, t.srcLength, met.map((o) => [o.srcOffset, o.srcOffset + o.srcLength]));
    sum += (susp + src) / (t.suspLength + t.srcLength);
  }
  return sum / targets.length;
}

/** plagdet = F1(precision, recall) / log2(1 + granularity). */
export function plagdetOf(precision: number, recall: number, granularity: number): number {
  if (precision + recall === 0) return 0;
  const f1 = (2 * precision * recall) / (precision + recall);
  return f1 / Math.log2(1 + granularity);
}

/** The PAN measures of `detections` against `cases`, pooled over all the pairs they name. */
export function scorePan(cases: PanRange[], detections: PanRange[]): PlagdetScore {
  const byPairCases = groupByPair(cases);
  const byPairDetections = groupByPair(detections);
  let detected = 0;
  let detectionsOfDetected = 0;
  for (const c of cases) {
    const n = (byPairDetections.get(pairKey(c)) ?? []).filter((d) => meets(c, d)).length;
    if (n > 0) {
      detected++;
      detectionsOfDetected += n;
    }
  }
  const granularity = detected > 0 ? detectionsOfDetected / detected : 1;
  // As in PAN's script: nothing to find and nothing found is perfect; one without the other is 0.
  let precision: number;
  let recall: number;
  if (cases.length === 0 && detections.length === 0) precision = recall = 1;
  else if (cases.length === 0 || detections.length === 0) precision = recall = 0;
  else {
    recall = macroCoverage(cases, byPairDetections);
    precision = macroCoverage(detections, byPairCases);
  }
  return {
    precision,
    recall,
    granularity,
    plagdet: plagdetOf(precision, recall, granularity),
    cases: cases.length,
    detections: detections.length,
    detected,
  };
}
