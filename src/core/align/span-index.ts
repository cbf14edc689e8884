/**
 * Which fragments overlap a token range of one side, without comparing every fragment with every
 * other: fragments are filed in fixed-size buckets of positions on that side. Ordinary comparisons have a few
 * passages and do not need it; a text that repeats itself hundreds of times has thousands, and
 * the pairwise checks of overlap resolution would turn quadratic.
 */
import type { Fragment } from './fragments';

const BUCKET = 64;

export class SpanIndex {
  private readonly buckets = new Map<number, Fragment[]>();

  constructor(private readonly side: 'a' | 'b') {}

  private range(f: Fragment): [number, number] {
    return this.side === 'a' ? [f.a0, f.a1] : [f.b0, f.b1];
  }

  add(f: Fragment): void {
    const [x0, x1] = this.range(f);
    for (let k = Math.floor(x0 / BUCKET); k <= Math.floor((x1 - 1) / BUCKET); k++) {
      const list = this.buckets.get(k);
      if (list) list.push(f);
      else this.buckets.set(k, [f]);
    }
  }

  remove(f: Fragment): void {
    const [x0, x1] = this.range(f);
    for (let k = Math.floor(x0 / BUCKET); k <= Math.floor((x1 - 1) / BUCKET); k++) {
      const list = this.buckets.get(k);
      const i = list?.indexOf(f) ?? -1;
      if (i >= 0) list!.splice(i, 1);
    }
  }

  /** Fragments whose range on this side meets [x0, x1), each once. */
  near(x0: number, x1: number): Fragment[] {
    const out = new Set<Fragment>();
    for (let k = Math.floor(x0 / BUCKET); k <= Math.floor((x1 - 1) / BUCKET); k++) {
      for (const f of this.buckets.get(k) ?? []) {
        const [y0, y1] = this.range(f);
        if (y0 < x1 && x0 < y1) out.add(f);
      }
    }
    return [...out];
  }
}
