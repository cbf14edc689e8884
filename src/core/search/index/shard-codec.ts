/**
 * A shard's saved form: one binary file that opens without parsing. lunr's own JSON form costs
 * 80 MB and a 5-second parse for 5,000 articles because every posting becomes an object; here
 * the typed arrays are written as they are and read back as views over the file's bytes, and
 * the one thing that needs decoding is the term list. The postings are saved, built on the index
 * worker: deriving them from the vectors on opening was most of the time of opening a saved
 * index (7 s of the main thread's time at 100,000 articles).
 *
 * The vectors are not saved: they are the postings transposed, and only relevance feedback and
 * lunr read them (the shard derives them then, shard.ts).
 *
 * Layout (little-endian): magic `PXS4`, u32 header length, header JSON (ids, titles, counts), the
 * terms joined by `\n` in UTF-8, zero padding to 4 bytes, then `lengths`, `starts`,
 * `rangeStarts`, `ranges`, `df`, `postStarts` (u32), `postDocs` (u16 or u32, as the header says)
 * and `postTf` (u16).
 */
import { FIELD_COUNT, postingsOf, Shard, type SavedShardData, type ShardData, type ShardPostings } from './shard';
import { TermList } from './term-list';

const MAGIC = 0x34535850; // "PXS4"

interface Header {
  ids: string[];
  titles: string[];
  ranges: number;
  termCount: number;
  termBytes: number;
  pairs: number;
  /** Bytes per posting's document: 2 or 4. */
  docWidth: 2 | 4;
}

/** A shard as saved: its data and its postings. */
export type SavedShard = SavedShardData & { postings: ShardPostings };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const pad4 = (n: number) => (n + 3) & ~3;

/** The shard as bytes, ready to write; its postings are derived when not given. */
export function encodeShard(shard: ShardData, postings: ShardPostings = postingsOf(shard)): Uint8Array {
  const termBytes = encoder.encode(shard.terms.join('\n'));
  const header: Header = {
    ids: shard.ids,
    titles: shard.titles,
    ranges: shard.ranges.length,
    termCount: shard.terms.length,
    termBytes: termBytes.length,
    pairs: postings.postDocs.length,
    docWidth: postings.postDocs instanceof Uint16Array ? 2 : 4,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const headerEnd = pad4(8 + headerBytes.length);
  const termsEnd = pad4(headerEnd + termBytes.length);
  // u32 arrays first, so every array starts aligned to its element
  const arrays = [shard.lengths, shard.starts, shard.rangeStarts, shard.ranges, postings.df, postings.postStarts, postings.postDocs, postings.postTf];
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
 * file that is not a shard, is cut short, or whose arrays do not close where their counts say.
 */
export function decodeShard(bytes: Uint8Array): SavedShard {
  if (bytes.byteLength < 8) throw new Error('index shard is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not an index shard');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as Header;
  if (header.docWidth !== 2 && header.docWidth !== 4) throw new Error('not an index shard');
  const headerEnd = pad4(8 + headerLength);
  const termsEnd = pad4(headerEnd + header.termBytes);
  const slots = header.ids.length * FIELD_COUNT;
  const docs = header.ids.length;
  const terms32 = header.termCount + header.termCount * FIELD_COUNT + 1;
  const expected = termsEnd + (slots + slots + 1 + docs + 1 + header.ranges + terms32) * 4 + header.pairs * (header.docWidth + 2);
  if (bytes.byteLength !== expected) throw new Error('index shard is truncated');
  // typed-array views need their offset aligned to the element size; Buffers from a pool may not be
  const aligned = (bytes.byteOffset & 3) === 0 ? bytes : bytes.slice();
  const terms = TermList.fromBytes(aligned.subarray(headerEnd, headerEnd + header.termBytes), header.termCount);
  let at = aligned.byteOffset + termsEnd;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, n: number) => T, n: number, width: number): T => {
    const array = make(aligned.buffer, at, n);
    at += n * width;
    return array;
  };
  const u16 = (n: number) => take((b, o, k) => new Uint16Array(b, o, k), n, 2);
  const u32 = (n: number) => take((b, o, k) => new Uint32Array(b, o, k), n, 4);
  const lengths = u32(slots);
  const starts = u32(slots + 1);
  const rangeStarts = u32(docs + 1);
  const ranges = u32(header.ranges);
  const df = u32(header.termCount);
  const postStarts = u32(header.termCount * FIELD_COUNT + 1);
  const postDocs = header.docWidth === 2 ? u16(header.pairs) : u32(header.pairs);
  const postTf = u16(header.pairs);
  // the ends the counts promise: a file damaged inside (not only cut short) is refused too
  if (starts[slots] !== header.pairs || postStarts[header.termCount * FIELD_COUNT] !== header.pairs || rangeStarts[docs] !== header.ranges) {
    throw new Error('index shard is damaged');
  }
  return { ids: header.ids, titles: header.titles, rangeStarts, ranges, terms, lengths, starts, postings: { df, postStarts, postDocs, postTf } };
}

/** Opens a saved shard: its arrays are views over `bytes` (see `decodeShard`). */
export function openShard(bytes: Uint8Array): Shard {
  const saved = decodeShard(bytes);
  return new Shard(saved, saved.postings);
}
