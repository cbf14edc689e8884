/**
 * The best `k` of many, in order, without sorting them all: a search shows twenty hits of
 * thousands of matches, and feedback reads the ten best, so a full sort per query (with a
 * comparator that breaks ties on ids) would be most of the ranking's time.
 */

/** The first `k` items of `items` under `before` (negative: a comes first), in that order. */
export function topK<T>(items: readonly T[], k: number, before: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  // past a quarter of the items, one sort costs less than keeping a sorted window
  if (k * 4 >= items.length) return [...items].sort(before).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && before(item, top[k - 1]!) >= 0) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && before(item, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}
