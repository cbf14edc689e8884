/**
 * Three-way classification from one score: an article's shared share against the labels
 * wholly / partially / non-derived. Two thresholds cut the score into the three classes; they are
 * chosen by stratified k-fold cross-validation (fitted on k-1 folds, applied to the held-out one),
 * so the macro-F1 reported is that of thresholds the scored articles did not choose.
 */

/** Classes in the order of the score: the lowest scores are class 0. */
export interface Scored {
  id: string;
  /** 0, 1 or 2 (non, partially, wholly derived). */
  label: number;
  score: number;
}

/** Macro-averaged F1 over three classes. */
export function macroF1(labels: number[], predicted: number[]): number {
  let sum = 0;
  for (let c = 0; c < 3; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < labels.length; i++) {
      if (predicted[i] === c && labels[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (labels[i] === c) fn++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / 3;
}

const classify = (score: number, low: number, high: number) => (score >= high ? 2 : score >= low ? 1 : 0);

/** The thresholds (low, high) that maximize macro-F1 on `items`, ties to the lowest pair. */
export function fitThresholds(items: Scored[]): [number, number] {
  // Cut points halfway between consecutive distinct scores (and below all of them).
  const values = [...new Set(items.map((x) => x.score))].sort((x, y) => x - y);
  const cuts = [values[0]! - 1, ...values.slice(1).map((v, i) => (v + values[i]!) / 2), values[values.length - 1]! + 1];
  const labels = items.map((x) => x.label);
  let best: [number, number] = [cuts[0]!, cuts[0]!];
  let bestF1 = -1;
  for (let i = 0; i < cuts.length; i++) {
    for (let j = i; j < cuts.length; j++) {
      const f1 = macroF1(labels, items.map((x) => classify(x.score, cuts[i]!, cuts[j]!)));
      if (f1 > bestF1) {
        bestF1 = f1;
        best = [cuts[i]!, cuts[j]!];
      }
    }
  }
  return best;
}

/**
 * Macro-F1 of stratified `k`-fold cross-validation: within each class, items sorted by id are
 * dealt to folds in turn (deterministic), thresholds are fitted on the other folds.
 */
export function crossValidatedF1(items: Scored[], k = 5): { f1: number; predicted: Map<string, number> } {
  const fold = new Map<string, number>();
  for (let c = 0; c < 3; c++) {
    items
      .filter((x) => x.label === c)
      .sort((x, y) => (x.id < y.id ? -1 : 1))
      .forEach((x, i) => fold.set(x.id, i % k));
  }
  const predicted = new Map<string, number>();
  for (let f = 0; f < k; f++) {
    const train = items.filter((x) => fold.get(x.id) !== f);
    if (train.length === 0) continue;
    const [low, high] = fitThresholds(train);
    for (const x of items) if (fold.get(x.id) === f) predicted.set(x.id, classify(x.score, low, high));
  }
  return { f1: macroF1(items.map((x) => x.label), items.map((x) => predicted.get(x.id) ?? 0)), predicted };
}
