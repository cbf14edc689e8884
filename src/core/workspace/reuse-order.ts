/**
 * The order in which the folder-wide run visits its candidate pairs. Aligning a pair needs both
 * articles prepared, and the comparer keeps only the last few thousand prepared (a folder of
 * 100,000 does not fit). Visited in the report's order (by the first article's name), the first
 * article of a run of pairs stays prepared but the second is nearly always one long let go, so
 * most pairs prepared an article again: on the synthetic folder of 100,000, preparing took more
 * of the run than aligning.
 *
 * So the pairs are walked as a graph, depth first: an article's pairs are aligned together, and the
 * next article visited is the partner prepared last, still kept, whose own pairs come next. The
 * order only decides when a pair is aligned; each pair is still aligned with its two articles in
 * the report's orientation, and the report lists the pairs in its own order.
 */
import type { ArticleId } from '../../shared/article';

/**
 * Indexes into `pairs`, each once: the order to align them in. Deterministic, a function of the
 * list alone; an article's pairs come together, in their order in `pairs`.
 */
export function visitOrder(pairs: readonly (readonly [ArticleId, ArticleId])[]): Uint32Array {
  const node = new Map<ArticleId, number>();
  const ends = new Uint32Array(pairs.length * 2);
  pairs.forEach(([a, b], p) => {
    for (const [side, id] of [[0, a], [1, b]] as const) {
      let x = node.get(id);
      if (x === undefined) node.set(id, (x = node.size));
      ends[2 * p + side] = x;
    }
  });
  // each article's pairs, in their order in the list (compressed rows)
  const n = node.size;
  const start = new Uint32Array(n + 1);
  for (let k = 0; k < ends.length; k++) start[ends[k]! + 1]!++;
  for (let x = 0; x < n; x++) start[x + 1]! += start[x]!;
  const fill = start.slice(0, n);
  const incident = new Uint32Array(ends.length);
  for (let k = 0; k < ends.length; k++) incident[fill[ends[k]!]!++] = k >> 1;

  const order = new Uint32Array(pairs.length);
  const aligned = new Uint8Array(pairs.length);
  const visited = new Uint8Array(n);
  const stack: number[] = [];
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (visited[root]) continue;
    stack.push(root);
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (visited[x]) continue;
      visited[x] = 1;
      for (let k = start[x]!; k < start[x + 1]!; k++) {
        const p = incident[k]!;
        if (aligned[p]) continue;
        aligned[p] = 1;
        order[next++] = p;
        const y = ends[2 * p]! === x ? ends[2 * p + 1]! : ends[2 * p]!;
        // the partner prepared last is on top: visited next, while it is still kept
        if (!visited[y]) stack.push(y);
      }
    }
  }
  return order;
}
