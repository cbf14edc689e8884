/**
 * Ranges of a text as flat `[start, end, start, end, ...]` arrays (an article's body blocks):
 * finding the range that holds an offset, and cutting a list of ranges down to a reading budget.
 * Proximity, phrases and snippets read an article's blocks in one pass of an expression over the
 * whole stretch and place each hit in its block, which costs far less than a pass per paragraph.
 */

/** Index (even) of the range that holds `at`, or -1 when `at` falls between or outside them. */
export function rangeOf(ranges: ArrayLike<number>, at: number): number {
  let a = 0;
  let b = ranges.length / 2 - 1;
  while (a <= b) {
    const mid = (a + b) >>> 1;
    if (ranges[mid * 2 + 1]! <= at) a = mid + 1;
    else if (ranges[mid * 2]! > at) b = mid - 1;
    else return mid * 2;
  }
  return -1;
}

/** The ranges up to `budget` characters in all, the last one cut short if need be. */
export function limitRanges(ranges: ArrayLike<number>, budget: number): ArrayLike<number> {
  let left = budget;
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const length = ranges[i + 1]! - ranges[i]!;
    if (length < left) {
      left -= length;
      continue;
    }
    const out = Array.from({ length: i + 2 }, (_, k) => ranges[k]!);
    out[i + 1] = ranges[i]! + left;
    return out;
  }
  return ranges;
}

const SPACE = /\s/;

/**
 * Where the scanner must start to cut the word around a pattern hit at `at` exactly as it cuts
 * words everywhere: the white space before it, no further back than the range's start `from` or
 * a word's longest length.
 */
export function wordStartBefore(text: string, at: number, from: number): number {
  let back = at;
  while (back > from && back > at - 64 && !SPACE.test(text[back - 1]!)) back--;
  return back;
}
