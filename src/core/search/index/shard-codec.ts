/**
 * A shard's saved form: one binary file that opens without parsing. lunr's own JSON form costs
 * 80 MB and a 5-second parse for 5,000 articles because every posting becomes an object; here
 * the typed arrays are written as they are and read back as views over the file's bytes, and
 * the one thing that needs decoding is the term list.
 *
 * Layout (little-endian): magic `PXS2`, u32 header length, header JSON (ids, titles, counts), the
 * terms joined by `\n` in UTF-8, zero padding to 4 bytes, then `lengths`, `starts`,
 * `rangeStarts`, `ranges` (u32) and `vectors` (u16 or u32, as the header says).
 */
import { FIELD_COUNT, type ShardData } from './shard';

const MAGIC = 0x32535850; // "PXS2"

interface Header {
  ids: string[];
  titles: string[];
  ranges: number;
  termCount: number;
  termBytes: number;
  pairs: number;
  /** Bytes per vector element: 2 or 4. */
  width: 2 | 4;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const pad4 = (n: number) => (n + 3) & ~3;

/** The shard as bytes, ready to write. */
export function encodeShard(shard: ShardData): Uint8Array {
  const termBytes = encoder.encode(shard.terms.join('\n'));
  const width: 2 | 4 = shard.vectors instanceof Uint16Array ? 2 : 4;
  const header: Header = {
    ids: shard.ids,
    titles: shard.titles,
    ranges: shard.ranges.length,
    termCount: shard.terms.length,
    termBytes: termBytes.length,
    pairs: shard.vectors.length / 2,
    width,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const headerEnd = pad4(8 + headerBytes.length);
  const termsEnd = pad4(headerEnd + termBytes.length);
  const arrays = [shard.lengths, shard.starts, shard.rangeStarts, shard.ranges, shard.vectors];
  const total = termsEnd + arrays.reduce((sum, a) => sum + a.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  out.set(termBytes, headerEnd);
  let at = termsEnd;
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  return out;
}

/**
 * Reads a shard from bytes written by `encodeShard`. The arrays are views over `bytes` when it is
 * aligned (copies otherwise), so keep `bytes` unmodified while the shard is in use. Throws on a
 * file that is not a shard or is cut short.
 */
export function decodeShard(bytes: Uint8Array): ShardData {
  if (bytes.byteLength < 8) throw new Error('index shard is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not an index shard');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as Header;
  const headerEnd = pad4(8 + headerLength);
  const termsEnd = pad4(headerEnd + header.termBytes);
  const slots = header.ids.length * FIELD_COUNT;
  const docs = header.ids.length;
  const expected = termsEnd + (slots + slots + 1 + docs + 1 + header.ranges) * 4 + header.pairs * 2 * header.width;
  if (bytes.byteLength !== expected) throw new Error('index shard is truncated');
  const text = decoder.decode(bytes.subarray(headerEnd, headerEnd + header.termBytes));
  const terms = header.termCount === 0 ? [] : text.split('\n');
  if (terms.length !== header.termCount) throw new Error('index shard term list is damaged');
  // typed-array views need their offset aligned to the element size; Buffers from a pool may not be
  const aligned = (bytes.byteOffset & 3) === 0 ? bytes : bytes.slice();
  const base = aligned.byteOffset;
  let at = base + termsEnd;
  const u32 = (n: number) => {
    const view = new Uint32Array(aligned.buffer, at, n);
    at += n * 4;
    return view;
  };
  const lengths = u32(slots);
  const starts = u32(slots + 1);
  const rangeStarts = u32(docs + 1);
  const ranges = u32(header.ranges);
  const vectors =
    header.width === 2 ? new Uint16Array(aligned.buffer, at, header.pairs * 2) : new Uint32Array(aligned.buffer, at, header.pairs * 2);
  return { ids: header.ids, titles: header.titles, rangeStarts, ranges, terms, lengths, starts, vectors };
}
