/**
 * Ranking quality measures: average precision and precision at k as trec_eval computes them
 * (binary: every judged document is relevant, whatever its grade), and nDCG at k with
 * exponential gains, `2^grade - 1`, and a `log2(rank + 1)` discount (Burges et al. 2005), the
 * ideal ranking built from every judged document of the query. Exponential gains are what the
 * reference figures for Cranfield were computed with (plain BM25: MAP 0.395, nDCG@10 0.517; with
 * trec_eval's linear gains the same run scores 0.502), so figures here compare with them.
 */

/** Judgements of one query: document -> gain (> 0 means relevant). */
export type Judgements = ReadonlyMap<string, number>;

/** Average precision of a ranking: mean of precision at each relevant document's rank, over all relevant documents. */
export function averagePrecision(ranked: readonly string[], judged: Judgements): number {
  let relevant = 0;
  for (const gain of judged.values()) if (gain > 0) relevant++;
  if (relevant === 0) return 0;
  let found = 0;
  let sum = 0;
  const seen = new Set<string>();
  ranked.forEach((doc, i) => {
    if (seen.has(doc)) return;
    seen.add(doc);
    if ((judged.get(doc) ?? 0) > 0) {
      found++;
      sum += found / (i + 1);
    }
  });
  return sum / relevant;
}

/** Share of the first `k` ranks that hold a relevant document (missing ranks count as misses). */
export function precisionAt(ranked: readonly string[], judged: Judgements, k: number): number {
  let hits = 0;
  for (const doc of ranked.slice(0, k)) if ((judged.get(doc) ?? 0) > 0) hits++;
  return hits / k;
}

function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i]! - 1) / Math.log2(i + 2);
  return sum;
}

/** Normalized discounted cumulative gain at `k`. */
export function ndcgAt(ranked: readonly string[], judged: Judgements, k: number): number {
  const ideal = [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a);
  const best = dcg(ideal, k);
  if (best === 0) return 0;
  return dcg(ranked.slice(0, k).map((doc) => judged.get(doc) ?? 0), k) / best;
}

/** The `p`-th percentile (0-100) of `values`, nearest rank; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface RunScores {
  queries: number;
  map: number;
  ndcg10: number;
  p10: number;
}

/**
 * Mean scores of a run over the judged queries (`qrels`: query -> document -> gain). A judged
 * query the run does not answer counts as zero, as in trec_eval with `-c`.
 */
export function scoreRun(run: ReadonlyMap<string, readonly string[]>, qrels: ReadonlyMap<string, Judgements>, only?: (query: string) => boolean): RunScores {
  let n = 0;
  let map = 0;
  let ndcg = 0;
  let p10 = 0;
  for (const [query, judged] of qrels) {
    if (only && !only(query)) continue;
    const ranked = run.get(query) ?? [];
    n++;
    map += averagePrecision(ranked, judged);
    ndcg += ndcgAt(ranked, judged, 10);
    p10 += precisionAt(ranked, judged, 10);
  }
  return n === 0 ? { queries: 0, map: 0, ndcg10: 0, p10: 0 } : { queries: n, map: map / n, ndcg10: ndcg / n, p10: p10 / n };
}
