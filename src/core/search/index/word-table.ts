/**
 * The analyzer's memo, keyed by a word where it stands in the text: an open-addressing hash
 * table that hashes and compares the characters in place, so looking up a word already seen
 * allocates nothing. A `Map` keyed by strings needs each word cut out of the text first, and that
 * slice and its hashing were a third of the time of indexing a corpus.
 */

const EMPTY = -1;

export class WordTable {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private values = new Int32Array(0);
  private count = 0;
  private mask = 0;

  constructor(private readonly initial = 1 << 15) {
    this.allocate(initial);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `text[start, end)`, or -1. */
  get(text: string, start: number, end: number): number {
    const h = hashOf(text, start, end);
    const length = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const key = this.keys[i];
      if (key === undefined) return EMPTY;
      if (this.hashes[i] === h && key.length === length && sameChars(key, text, start)) return this.values[i]!;
    }
  }

  /** Stores `value` (>= -1... any int32 but -1 reads as absent) for `word`, which is `text[start, end)`. */
  set(word: string, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.insert(word, hashOf(word, 0, word.length), value);
  }

  clear(): void {
    this.allocate(this.initial);
  }

  private insert(word: string, h: number, value: number): void {
    let i = h & this.mask;
    while (this.keys[i] !== undefined) {
      if (this.hashes[i] === h && this.keys[i] === word) {
        this.values[i] = value;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.keys[i] = word;
    this.hashes[i] = h;
    this.values[i] = value;
    this.count++;
  }

  private allocate(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.allocate(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.insert(keys[i]!, hashes[i]!, values[i]!);
  }
}

/** FNV-1a over UTF-16 code units. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
