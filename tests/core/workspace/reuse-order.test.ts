import { describe, expect, it } from 'vitest';
import { visitOrder } from '../../../src/core/workspace/reuse-order';

type Pairs = [string, string][];

/** Articles prepared when the pairs are aligned in `order` with the last `kept` articles kept (the comparer's LRU). */
function preparations(pairs: Pairs, order: Iterable<number>, kept: number): number {
  const lru = new Map<string, true>();
  let prepared = 0;
  for (const p of order) {
    for (const id of pairs[p]!) {
      if (lru.has(id)) lru.delete(id);
      else prepared++;
      lru.set(id, true);
      if (lru.size > kept) lru.delete(lru.keys().next().value!);
    }
  }
  return prepared;
}

/** A path through `n` articles whose names are in a shuffled order, listed sorted as the report lists pairs. */
function shuffledPath(n: number): Pairs {
  const names = Array.from({ length: n }, (_, i) => `a${String((i * 7919) % n).padStart(4, '0')}`);
  const pairs: Pairs = [];
  for (let i = 0; i + 1 < n; i++) {
    const [x, y] = [names[i]!, names[i + 1]!];
    pairs.push(x < y ? [x, y] : [y, x]);
  }
  return pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : 1));
}

describe('visitOrder', () => {
  it.each<[string, Pairs]>([
    ['no pairs', []],
    ['one pair', [['a', 'b']]],
    ['a star', [['a', 'b'], ['a', 'c'], ['a', 'd']]],
    ['two components', [['a', 'b'], ['c', 'd'], ['b', 'e'], ['d', 'f']]],
    ['a triangle and a tail', [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'd']]],
    ['a shuffled path', shuffledPath(50)],
  ])('visits every pair once: %s', (_, pairs) => {
    const order = [...visitOrder(pairs)];
    expect(order.length).toBe(pairs.length);
    expect([...order].sort((x, y) => x - y)).toEqual(pairs.map((_, i) => i));
  });

  it("aligns an article's pairs together, in their order in the list", () => {
    const pairs: Pairs = [['a', 'x'], ['b', 'c'], ['a', 'y'], ['b', 'x'], ['a', 'z']];
    // a's three pairs first; z, prepared last, has no pair left; then y, none either; then x,
    // whose pair with b leads to b's last pair
    expect([...visitOrder(pairs)]).toEqual([0, 2, 4, 3, 1]);
  });

  it('is a function of the list alone', () => {
    const pairs = shuffledPath(200);
    expect([...visitOrder(pairs)]).toEqual([...visitOrder(pairs.map(([a, b]) => [a, b]))]);
  });

  it.each([3, 4, 16])('keeps one side prepared where the list order prepares nearly every pair anew (%i kept)', (kept) => {
    const pairs = shuffledPath(400);
    const listed = preparations(pairs, pairs.keys(), kept);
    const walked = preparations(pairs, visitOrder(pairs), kept);
    // a path of 400 articles: each prepared once, and the walk's one turn back at its start
    expect(walked).toBeLessThanOrEqual(401);
    expect(listed).toBeGreaterThan(600);
  });
});
