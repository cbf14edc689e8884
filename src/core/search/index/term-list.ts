/**
 * A shard's sorted terms. A saved shard keeps them as one text, a term a line: opening a folder's
 * index used to split every shard's text into its terms, 3.7 million strings at 100,000 articles
 * that the collector then walked again and again for as long as the index was open. Here the
 * text stays one string with the terms' places beside it, a term is cut out when asked for, and
 * a search finds a term by halving over the places. The whole list as an array is made only for
 * the rare reader that wants every term (lunr's token set for fuzzy matching).
 */

export class TermList {
  /** Where each term starts in `text`; one more entry, one past the end, closes the last. */
  private readonly starts: Uint32Array | null;
  private all: string[] | null;

  private constructor(
    private readonly text: string,
    starts: Uint32Array | null,
    all: string[] | null,
    readonly length: number,
  ) {
    this.starts = starts;
    this.all = all;
  }

  /** The terms of a list held as an array (a shard just built). */
  static of(terms: string[]): TermList {
    return new TermList('', null, terms, terms.length);
  }

  /** The terms of `text`, one a line (`\n` between them); throws when there are not `count`. */
  static fromText(text: string, count: number): TermList {
    const starts = new Uint32Array(count + 1);
    let at = 0;
    let n = 0;
    if (count > 0) {
      for (;;) {
        starts[n++] = at;
        const next = text.indexOf('\n', at);
        if (next < 0 || n > count) break;
        at = next + 1;
      }
    }
    if (n !== count) throw new Error('index shard term list is damaged');
    starts[count] = text.length + 1;
    return new TermList(text, starts, null, count);
  }

  /** Term `i`. */
  at(i: number): string {
    if (this.all) return this.all[i]!;
    return this.text.slice(this.starts![i]!, this.starts![i + 1]! - 1);
  }

  /** First index `i` with `at(i) >= key` (code-unit order, the order the terms are sorted in). */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every term, in order (made once, on first call). */
  array(): string[] {
    this.all ??= this.length === 0 ? [] : this.text.split('\n');
    return this.all;
  }
}
