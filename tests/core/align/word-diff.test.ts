import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffWords, type DiffRun } from '../../../src/core/align/word-diff';

/** Replays a script on `a`, taking inserted words from `b`: must give `b`. */
function replay(runs: DiffRun[], a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const r of runs) {
    if (r.kind === 'equal') {
      for (let k = 0; k < r.n; k++) {
        expect(a[i + k]).toBe(b[j + k]);
        out.push(a[i + k]!);
      }
      i += r.n;
      j += r.n;
    } else if (r.kind === 'delete') i += r.n;
    else {
      out.push(...b.slice(j, j + r.n));
      j += r.n;
    }
  }
  expect(i).toBe(a.length);
  return out;
}

const edits = (runs: DiffRun[]) => runs.filter((r) => r.kind !== 'equal').reduce((n, r) => n + r.n, 0);

/** Deterministic pseudo-random words from a small vocabulary, so that runs repeat. */
function words(seed: number, n: number, vocabulary: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) % 2147483648) >> 8) % vocabulary);
}

describe('diffWords', () => {
  it.each([
    { name: 'equal', a: [1, 2, 3], b: [1, 2, 3], runs: [{ kind: 'equal', n: 3 }] },
    { name: 'one replaced', a: [1, 2, 3], b: [1, 9, 3], runs: [{ kind: 'equal', n: 1 }, { kind: 'delete', n: 1 }, { kind: 'insert', n: 1 }, { kind: 'equal', n: 1 }] },
    { name: 'added at the end', a: [1, 2], b: [1, 2, 3, 4], runs: [{ kind: 'equal', n: 2 }, { kind: 'insert', n: 2 }] },
    { name: 'nothing in common', a: [1, 2], b: [3], runs: [{ kind: 'delete', n: 2 }, { kind: 'insert', n: 1 }] },
    { name: 'empty side', a: [], b: [5], runs: [{ kind: 'insert', n: 1 }] },
  ])('$name', ({ a, b, runs }) => {
    expect(diffWords(Int32Array.from(a), 0, a.length, Int32Array.from(b), 0, b.length)).toEqual(runs);
  });

  it('finds a shortest script, as long as jsdiff’s, that turns A into B (300 random pairs)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const a = words(seed, 5 + (seed % 60), 3 + (seed % 7));
      const b = seed % 3 === 0 ? a.map((w, i) => (i % 5 === 0 ? w + 1 : w)) : words(seed * 7 + 1, 5 + ((seed * 3) % 60), 3 + (seed % 7));
      const runs = diffWords(Int32Array.from(a), 0, a.length, Int32Array.from(b), 0, b.length);
      expect(replay(runs, a, b)).toEqual(b);
      const theirs = diffArrays(a, b).filter((c) => c.added || c.removed).reduce((n, c) => n + c.count, 0);
      expect(edits(runs)).toBe(theirs);
    }
  });

  it('diffs a window of each array', () => {
    const a = Int32Array.from([7, 7, 1, 2, 3, 7]);
    const b = Int32Array.from([8, 1, 5, 3, 8]);
    expect(diffWords(a, 2, 5, b, 1, 4)).toEqual([
      { kind: 'equal', n: 1 },
      { kind: 'delete', n: 1 },
      { kind: 'insert', n: 1 },
      { kind: 'equal', n: 1 },
    ]);
  });
});
