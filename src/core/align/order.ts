/**
 * Which passages are moved: the ones outside the reading order that most of the shared text
 * follows on both sides. That order is the heaviest chain of passages increasing in both A and
 * B (weighted by length, so one long passage outweighs two stray sentences); whatever is not on
 * it sits out of order in one of the texts.
 */

export interface Ordered {
  aStart: number;
  bStart: number;
  weight: number;
}

/** Flags per item (items sorted by aStart): true when the item is out of the dominant order. */
export function movedFlags(items: Ordered[]): boolean[] {
  const n = items.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    const x = items[i]!;
    best[i] = x.weight;
    // Quadratic, but n is the number of passages of one comparison (tens, rarely hundreds).
    for (let j = 0; j < i; j++) {
      const y = items[j]!;
      if (y.aStart < x.aStart && y.bStart < x.bStart && best[j]! + x.weight > best[i]!) {
        best[i] = best[j]! + x.weight;
        prev[i] = j;
      }
    }
    if (top < 0 || best[i]! > best[top]!) top = i;
  }
  const moved = new Array<boolean>(n).fill(true);
  for (let i = top; i >= 0; i = prev[i]!) moved[i] = false;
  return moved;
}
