import { describe, expect, it } from 'vitest';
import { chainSeeds, type ChainParams } from '../../../src/core/align/cluster';
import type { Seeds } from '../../../src/core/align/seeds';

/** Seeds from (s, t, cos) with 20-token sentences (word-pair share = cos), rectangles the whole sentences. */
function seeds(list: [number, number, number?][]): Seeds {
  const n = list.length;
  const u = (f: (x: [number, number, number?]) => number) => Uint32Array.from(list.map(f));
  return {
    count: n,
    s: u((x) => x[0]),
    t: u((x) => x[1]),
    cos: Float32Array.from(list.map((x) => x[2] ?? 0.5)),
    copy: Float32Array.from(list.map((x) => x[2] ?? 0.5)),
    a0: u((x) => x[0] * 20),
    a1: u((x) => x[0] * 20 + 20),
    b0: u((x) => x[1] * 20),
    b1: u((x) => x[1] * 20 + 20),
  };
}

const loose: ChainParams = { gap: 2, back: 1 };
const strict: ChainParams = { gap: 2, back: 1, drift: 30, strong: 0.7 };
const groups = (s: Seeds, p: ChainParams) => chainSeeds(s, p).map((g) => g.map((k) => [s.s[k], s.t[k]]));

describe('chainSeeds', () => {
  it.each([
    ['a diagonal is one chain', seeds([[0, 5], [1, 6], [2, 7]]), loose, [[[0, 5], [1, 6], [2, 7]]]],
    ['a gap within the limit is bridged', seeds([[0, 5], [3, 8]]), loose, [[[0, 5], [3, 8]]]],
    ['a gap beyond it is not', seeds([[0, 5], [4, 9]]), loose, [[[0, 5]], [[4, 9]]]],
    ['one step back is tolerated (shuffled sentences)', seeds([[0, 5], [1, 7], [2, 6]]), loose, [[[0, 5], [1, 7], [2, 6]]]],
    ['a far jump back starts a new chain', seeds([[0, 10], [1, 11], [2, 2], [3, 3]]), loose, [[[0, 10], [1, 11]], [[2, 2], [3, 3]]]],
    [
      'close copies off each other’s diagonal stay apart (moved paragraph)',
      seeds([[0, 0, 0.9], [1, 1, 0.9], [2, 4, 0.9], [3, 5, 0.9]]),
      strict,
      [[[0, 0], [1, 1]], [[2, 4], [3, 5]]],
    ],
    [
      'loose seeds off the diagonal still chain (edited text)',
      seeds([[0, 0, 0.4], [1, 1, 0.4], [2, 4, 0.4], [3, 5, 0.4]]),
      strict,
      [[[0, 0], [1, 1], [2, 4], [3, 5]]],
    ],
  ])('%s', (_name, s, params, expected) => {
    expect(groups(s, params)).toEqual(expected);
  });

  it('a subset restricts the clustering', () => {
    const s = seeds([[0, 0], [1, 1], [2, 2]]);
    expect(chainSeeds(s, loose, [0, 2])).toEqual([[0, 2]]);
  });
});
