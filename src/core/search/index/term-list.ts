/**
 * A shard's sorted terms. A saved shard keeps them as one text, a term a line: opening a folder's
 * index used to split every shard's text into its terms, 3.7 million strings at 100,000 articles
 * that the collector then walked again and again for as long as the index was open. Here the
 * terms stay where they are, with their places beside them: as the shard file's own bytes when
 * they are all ASCII (most folders: then a byte is a UTF-16 code unit, and nothing is decoded or
 * copied at all), else as one decoded string. A term is cut out when asked for, and a search
 * finds a term by halving over the places. The whole list as an array is made only for the rare
 * reader that wants every term (lunr's token set for fuzzy matching).
 */
import { isAscii } from 'node:buffer';

const decoder = new TextDecoder();

/** Where each line of `text` starts, then one past its end; throws unless there are `count` lines. */
function lineStarts(count: number, length: number, indexOf: (from: number) => number): Uint32Array {
  const starts = new Uint32Array(count + 1);
  let at = 0;
  let n = 0;
  if (count > 0) {
    for (;;) {
      starts[n++] = at;
      const next = indexOf(at);
      if (next < 0 || n > count) break;
      at = next + 1;
    }
  }
  if (n !== count) throw new Error('index shard term list is damaged');
  starts[count] = length + 1;
  return starts;
}

export class TermList {
  private all: string[] | null;

  private constructor(
    /** The terms a line, as a string; or '' when they are `bytes`. */
    private readonly text: string,
    /** The terms a line, as ASCII bytes (a view over the shard's file); or null. */
    private readonly bytes: Buffer | null,
    /** Where each term starts; one more entry, one past the end, closes the last. */
    private readonly starts: Uint32Array | null,
    all: string[] | null,
    readonly length: number,
  ) {
    this.all = all;
  }

  /** The terms of a list held as an array (a shard just built). */
  static of(terms: string[]): TermList {
    return new TermList('', null, null, terms, terms.length);
  }

  /** The terms of `text`, one a line (`\n` between them); throws when there are not `count`. */
  static fromText(text: string, count: number): TermList {
    return new TermList(text, null, lineStarts(count, text.length, (from) => text.indexOf('\n', from)), null, count);
  }

  /** The terms of `utf8`, one a line, kept as those bytes when they are ASCII; throws when there are not `count`. */
  static fromBytes(utf8: Uint8Array, count: number): TermList {
    if (!isAscii(utf8)) return TermList.fromText(decoder.decode(utf8), count);
    const bytes = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
    return new TermList('', bytes, lineStarts(count, bytes.length, (from) => bytes.indexOf(10, from)), null, count);
  }

  /** Term `i`. */
  at(i: number): string {
    if (this.all) return this.all[i]!;
    const start = this.starts![i]!;
    const end = this.starts![i + 1]! - 1;
    return this.bytes ? this.bytes.toString('latin1', start, end) : this.text.slice(start, end);
  }

  /** Term `i` against `key` in code-unit order: negative, zero or positive. */
  private compare(i: number, key: string): number {
    if (!this.bytes) {
      const term = this.at(i);
      return term < key ? -1 : term > key ? 1 : 0;
    }
    const start = this.starts![i]!;
    const length = this.starts![i + 1]! - 1 - start;
    const common = Math.min(length, key.length);
    for (let k = 0; k < common; k++) {
      const d = this.bytes[start + k]! - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - key.length;
  }

  /** First index `i` with `at(i) >= key` (code-unit order, the order the terms are sorted in). */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether term `i` is `key`. */
  is(i: number, key: string): boolean {
    return i < this.length && this.compare(i, key) === 0;
  }

  /** Every term, in order (made once, on first call). */
  array(): string[] {
    if (!this.all) this.all = this.length === 0 ? [] : (this.bytes ? this.bytes.toString('latin1') : this.text).split('\n');
    return this.all;
  }
}
