/**
 * A time budget for the optional part of a comparison (inner word diffs), so a huge pair degrades
 * to passages without edits instead of freezing the app. The passages themselves are always
 * computed: their cost is near-linear in the two texts.
 */

export interface Budget {
  /** Milliseconds left, never negative. */
  remaining(): number;
  /** Whether anything is left. */
  left(): boolean;
}

/** Default budget for inner diffs: enough for every passage of any ordinary pair of articles. */
export const DEFAULT_DIFF_BUDGET_MS = 250;

/** A budget of `ms` milliseconds from now, measured with `now` (performance.now by default). */
export function startBudget(ms: number, now: () => number = () => performance.now()): Budget {
  const end = now() + Math.max(0, ms);
  return {
    remaining: () => Math.max(0, end - now()),
    left: () => now() < end,
  };
}
