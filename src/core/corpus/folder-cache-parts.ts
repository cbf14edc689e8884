/**
 * The folder cache's long lists (each file's id, every article's fields) as JSON in parts of about
 * `PART_BYTES` each, written back to back. As one JSON text, the articles of 100,000 files were
 * 32 MB that became one string made outside the JS heap (Node makes a string of over a megabyte
 * so): a copy, paged in afresh at every reopening, before the parse even began. A part is an
 * ordinary string of the heap, parsed and let go, and the parts are read through one buffer of
 * about `WINDOW_BYTES`, used again for each window: at 100,000 articles, 0.15-0.2 s less.
 */
import { asciiJson } from './text-block';

/** Bytes of a part's JSON, at most (an element longer than this is a part of its own). */
export const PART_BYTES = 64 * 1024;
/** Bytes read at once: whole parts, up to this much (or one longer part). */
const WINDOW_BYTES = 1024 * 1024;

/** `items` as JSON arrays in ASCII alone (asciiJson), each about `PART_BYTES` at most: their bytes and their lengths. */
export function encodeParts(items: readonly unknown[]): { bytes: Buffer[]; lengths: number[] } {
  const bytes: Buffer[] = [];
  let part: string[] = [];
  let size = 2;
  const flush = () => {
    if (part.length === 0) return;
    bytes.push(Buffer.from(`[${part.join(',')}]`, 'latin1'));
    part = [];
    size = 2;
  };
  for (const item of items) {
    const json = asciiJson(item);
    if (size + json.length + 1 > PART_BYTES) flush();
    part.push(json);
    size += json.length + 1;
  }
  flush();
  return { bytes, lengths: bytes.map((b) => b.length) };
}

/**
 * The elements of the parts of `lengths` bytes each, read from `at` on by `read` (which fills
 * `length` bytes of a buffer from a position of the file, or says the file is shorter); null when
 * the file is short or a part is not a JSON array.
 */
export async function readParts(
  lengths: readonly number[],
  at: number,
  read: (into: Buffer, length: number, position: number) => Promise<boolean>,
): Promise<unknown[] | null> {
  const items: unknown[] = [];
  let window = Buffer.allocUnsafe(0);
  for (let first = 0; first < lengths.length; ) {
    // whole parts, as many as fit a window (at least one)
    let last = first;
    let bytes = lengths[first]!;
    while (last + 1 < lengths.length && bytes + lengths[last + 1]! <= WINDOW_BYTES) bytes += lengths[++last]!;
    if (window.length < bytes) window = Buffer.allocUnsafe(Math.max(bytes, Math.min(WINDOW_BYTES, bytes * 2)));
    if (!(await read(window, bytes, at))) return null;
    for (let p = first, from = 0; p <= last; from += lengths[p++]!) {
      const part: unknown = JSON.parse(window.toString('latin1', from, from + lengths[p]!));
      if (!Array.isArray(part)) return null;
      for (const item of part) items.push(item);
    }
    at += bytes;
    first = last + 1;
  }
  return items;
}
