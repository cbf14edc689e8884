/**
 * The folder cache's file (PXF6), in four parts after an 8-byte start (`PXF6`, the header's
 * length):
 *
 * - a JSON header in ASCII alone: the version, the folder, the counts of files and articles, the
 *   rows files refused, the chunk lengths of the texts, the debris reasons, and the byte lengths
 *   of the parts that follow;
 * - each file's id, then every article's fields other than text and blocks, as JSON arrays in
 *   parts of about 64 KB (folder-cache-parts.ts);
 * - tables, little-endian, from an 8-byte boundary: each file's stamp (four doubles) and first
 *   article, each article's text place (`[wide, chunk, start, end]`) and first block, each block's
 *   span, reason and markup, each markup span (all 32-bit), then each block's kind (a byte);
 * - the texts in chunks of about `CHUNK_CHARS` characters: those whose every character fits in
 *   a byte as Latin-1, then, from an even offset, the others as UTF-16 (which carries any string,
 *   lone surrogates included).
 *
 * A folder of 100,000 articles has about a million blocks: as JSON objects they were half of a
 * 90 MB header, and parsing them, then collecting what the parse left, was most of the time of
 * reopening the folder. As tables they are read with no parse, and an article's blocks are made
 * when it is first read (cached-articles.ts). Chunks let a text be read without the others. A
 * file's stamp and its articles' place are numbers in the tables too, not an object, two arrays
 * and two boxed numbers per file for the collector to move.
 */
import type { Article, Block, BlockKind, RejectedFile } from '../../shared/article';
import type { FileStamp } from './file-stamps';
import type { TextLayout } from './folder-cache-texts';

export const MAGIC = 'PXF6';

/** Block kinds by their number in the tables; the high bit of a kind's byte says the block has markup. */
export const KINDS = ['title', 'heading', 'paragraph', 'dateline', 'byline', 'caption', 'link', 'tagline', 'outlet', 'debris'] as const satisfies readonly BlockKind[];
// every kind has a number: a kind added to BlockKind and not here fails to compile
const everyKind: Exclude<BlockKind, (typeof KINDS)[number]> extends never ? true : never = true;
void everyKind;
const KIND_NUMBER = new Map<string, number>(KINDS.map((k, i) => [k, i]));
const HAS_MARKUP = 0x80;

export { CHUNK_CHARS } from './folder-cache-texts';

/** An article's fields as the header keeps them. */
export type ArticleFields = Omit<Article, 'text' | 'blocks'>;

/** One file of the folder: its stamp, its articles, the rows it refused (what a cache is written from). */
export interface CacheEntry extends FileStamp {
  id: string;
  articles: Article[];
  rejected: RejectedFile[];
}

export interface CacheHeader {
  version: string;
  root: string;
  /** How many files, and articles. */
  files: number;
  articles: number;
  /** Bytes of each part of the files' ids, then of the articles' fields, written after the header. */
  fileParts: number[];
  articleParts: number[];
  /** `[file number, its refused rows]` for each file that refused some. */
  rejected: [number, RejectedFile[]][];
  blocks: number;
  markup: number;
  /** The debris reasons, numbered from 1 in the tables (0: none). */
  reasons: string[];
  /** Characters of each Latin-1 chunk, then of each UTF-16 chunk. */
  narrow: number[];
  wide: number[];
}

/** What the header's parts hold: each file's id, in the tables' order, and every article's fields, file after file. */
export interface CacheLists {
  files: string[];
  articles: ArticleFields[];
}

/** The tables, each a view over the file's bytes. */
export interface CacheTables {
  /** Per file: `[size, mtime, ctime, ino]`. */
  stamps: Float64Array;
  /** Per file, its first article; one more entry closes the last. */
  fileAt: Uint32Array;
  /** Per article: `[wide, chunk, start, end]`, the text's place in its chunk. */
  texts: Uint32Array;
  /** Per article, its first block; one more entry closes the last. */
  blockAt: Uint32Array;
  /** Per block: `[start, end]`. */
  spans: Uint32Array;
  /** Per block: 0, or its reason's number. */
  reasons: Uint32Array;
  /** Per block, its first markup span; one more entry closes the last. */
  markupAt: Uint32Array;
  /** Per markup span: `[start, end]`. */
  markup: Uint32Array;
  /** Per block: its kind's number, with `HAS_MARKUP`. */
  kinds: Uint8Array;
}

const evenUp = (n: number) => n + (n & 1);
const eightUp = (n: number) => (n + 7) & ~7;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Where each part of a file with this header starts, and its length. */
export function layoutOf(headerLength: number, header: Pick<CacheHeader, 'files' | 'articles' | 'fileParts' | 'articleParts' | 'blocks' | 'markup' | 'narrow' | 'wide'>) {
  const partsAt = 8 + headerLength;
  const articlesAt = partsAt + sum(header.fileParts);
  const tablesAt = eightUp(articlesAt + sum(header.articleParts));
  const { files, articles } = header;
  const words = 8 * files + (files + 1) + 4 * articles + (articles + 1) + 2 * header.blocks + header.blocks + (header.blocks + 1) + 2 * header.markup;
  const narrowAt = evenUp(tablesAt + 4 * words + header.blocks);
  const wideAt = evenUp(narrowAt + sum(header.narrow));
  return { partsAt, articlesAt, tablesAt, narrowAt, wideAt, total: wideAt + 2 * sum(header.wide) };
}

/** Where an article's blocks lie in the tables of the old file, to copy them as rows rather than make and encode them. */
export interface OldBlocks {
  tables: CacheTables;
  reasons: readonly string[];
  /** The article's number there. */
  n: number;
}

/**
 * The tables of `files` (in order), their texts placed as `texts` lays them out
 * (folder-cache-texts.ts), ready to write after the header. An article whose blocks the old file
 * still holds as they are (`oldBlocks`) has its rows copied: making a million blocks to write them
 * again was most of what rewriting 100,000 articles cost once their texts were copied.
 */
export function encodeTables(files: readonly CacheEntry[], texts: TextLayout, oldBlocks: (article: Article) => OldBlocks | null = () => null) {
  const articles = files.flatMap((f) => f.articles);
  const stamps = new Float64Array(4 * files.length);
  const fileAt = new Uint32Array(files.length + 1);
  files.forEach((f, n) => {
    stamps.set([f.size, f.mtime, f.ctime, f.ino], 4 * n);
    fileAt[n + 1] = fileAt[n]! + f.articles.length;
  });
  const old = articles.map(oldBlocks);
  let blocks = 0;
  let markup = 0;
  articles.forEach((a, i) => {
    const o = old[i];
    if (o) {
      const [from, to] = [o.tables.blockAt[o.n]!, o.tables.blockAt[o.n + 1]!];
      blocks += to - from;
      markup += o.tables.markupAt[to]! - o.tables.markupAt[from]!;
      return;
    }
    for (const b of a.blocks) {
      blocks += 1;
      markup += b.markup?.length ?? 0;
    }
  });
  const t: CacheTables = {
    stamps,
    fileAt,
    texts: new Uint32Array(4 * articles.length),
    blockAt: new Uint32Array(articles.length + 1),
    spans: new Uint32Array(2 * blocks),
    reasons: new Uint32Array(blocks),
    markupAt: new Uint32Array(blocks + 1),
    markup: new Uint32Array(2 * markup),
    kinds: new Uint8Array(blocks),
  };
  t.texts.set(texts.places);
  const reasons = new Map<string, number>();
  const reasonNumber = (reason: string) => {
    if (!reasons.has(reason)) reasons.set(reason, reasons.size + 1);
    return reasons.get(reason)!;
  };
  let k = 0;
  let m = 0;
  articles.forEach((a, i) => {
    t.blockAt[i] = k;
    const o = old[i];
    if (o) {
      const from = o.tables;
      for (let j = from.blockAt[o.n]!; j < from.blockAt[o.n + 1]!; j++, k++) {
        t.spans[2 * k] = from.spans[2 * j]!;
        t.spans[2 * k + 1] = from.spans[2 * j + 1]!;
        t.kinds[k] = from.kinds[j]!;
        if (from.reasons[j]! > 0) t.reasons[k] = reasonNumber(o.reasons[from.reasons[j]! - 1]!);
        t.markupAt[k] = m;
        for (let s = from.markupAt[j]!; s < from.markupAt[j + 1]!; s++, m++) {
          t.markup[2 * m] = from.markup[2 * s]!;
          t.markup[2 * m + 1] = from.markup[2 * s + 1]!;
        }
      }
      return;
    }
    for (const b of a.blocks) {
      t.spans[2 * k] = b.start;
      t.spans[2 * k + 1] = b.end;
      t.kinds[k] = KIND_NUMBER.get(b.kind)! | (b.markup ? HAS_MARKUP : 0);
      if (b.reason !== undefined) t.reasons[k] = reasonNumber(b.reason);
      t.markupAt[k] = m;
      for (const s of b.markup ?? []) {
        t.markup[2 * m] = s.start;
        t.markup[2 * m + 1] = s.end;
        m++;
      }
      k++;
    }
  });
  t.blockAt[articles.length] = k;
  t.markupAt[blocks] = m;
  const chars = (chunks: TextLayout['narrow']) => chunks.map((c) => c.chars);
  return { tables: t, blocks, markup, reasons: [...reasons.keys()], narrow: chars(texts.narrow), wide: chars(texts.wide) };
}

/** The tables' bytes, in file order. */
export function tableBytes(t: CacheTables): Uint8Array[] {
  const bytes = (a: Float64Array | Uint32Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return [t.stamps, t.fileAt, t.texts, t.blockAt, t.spans, t.reasons, t.markupAt, t.markup, t.kinds].map(bytes);
}

/**
 * The tables over `bytes` (which start at the tables, at an 8-byte boundary of their buffer), or
 * null when any entry is out of place: files' articles out of order, a text outside its chunk,
 * blocks or markup out of order or outside their article's text, an unknown kind or reason.
 */
export function readTables(bytes: Uint8Array, header: CacheHeader): CacheTables | null {
  const { files, articles } = header;
  let at = bytes.byteOffset;
  const u32 = (n: number) => ((at += 4 * n), new Uint32Array(bytes.buffer, at - 4 * n, n));
  const stamps = new Float64Array(bytes.buffer, at, 4 * files);
  at += 32 * files;
  const b = header.blocks;
  const t: CacheTables = { stamps, fileAt: u32(files + 1), texts: u32(4 * articles), blockAt: u32(articles + 1), spans: u32(2 * b), reasons: u32(b), markupAt: u32(b + 1), markup: u32(2 * header.markup), kinds: new Uint8Array(bytes.buffer, at, b) };
  if (t.fileAt[0] !== 0 || t.fileAt[files] !== articles || t.blockAt[0] !== 0 || t.blockAt[articles] !== b || t.markupAt[0] !== 0 || t.markupAt[b] !== header.markup) return null;
  for (let n = 0; n < files; n++) if (t.fileAt[n + 1]! < t.fileAt[n]!) return null;
  for (let i = 0; i < articles; i++) {
    const wide = t.texts[4 * i]!;
    const chunk = t.texts[4 * i + 1]!;
    const start = t.texts[4 * i + 2]!;
    const end = t.texts[4 * i + 3]!;
    const chunks = wide === 0 ? header.narrow : wide === 1 ? header.wide : [];
    if (chunk >= chunks.length || start > end || end > chunks[chunk]!) return null;
    const length = end - start;
    if (t.blockAt[i + 1]! < t.blockAt[i]!) return null;
    for (let k = t.blockAt[i]!; k < t.blockAt[i + 1]!; k++) {
      if (t.spans[2 * k]! > t.spans[2 * k + 1]! || t.spans[2 * k + 1]! > length) return null;
      if ((t.kinds[k]! & ~HAS_MARKUP) >= KINDS.length || t.reasons[k]! > header.reasons.length) return null;
      const from = t.markupAt[k]!;
      const to = t.markupAt[k + 1]!;
      if (to < from || (to > from && !(t.kinds[k]! & HAS_MARKUP))) return null;
      for (let s = from; s < to; s++) if (t.markup[2 * s]! > t.markup[2 * s + 1]! || t.markup[2 * s + 1]! > length) return null;
    }
  }
  return t;
}

/** Block `k` of the tables, as it was written. */
function blockAt(t: CacheTables, reasons: readonly string[], k: number): Block {
  const block: Block = { start: t.spans[2 * k]!, end: t.spans[2 * k + 1]!, kind: KINDS[t.kinds[k]! & ~HAS_MARKUP]! };
  if (t.reasons[k]! > 0) block.reason = reasons[t.reasons[k]! - 1]!;
  if (t.kinds[k]! & HAS_MARKUP) {
    block.markup = [];
    for (let s = t.markupAt[k]!; s < t.markupAt[k + 1]!; s++) block.markup.push({ start: t.markup[2 * s]!, end: t.markup[2 * s + 1]! });
  }
  return block;
}

/** The blocks of article `i`, as they were written. */
export function blocksOf(t: CacheTables, reasons: readonly string[], i: number): Block[] {
  const blocks: Block[] = [];
  for (let k = t.blockAt[i]!; k < t.blockAt[i + 1]!; k++) blocks.push(blockAt(t, reasons, k));
  return blocks;
}

/** The first block of article `i` of `kind` with `reason`, read from the tables alone. */
export function findBlockOf(t: CacheTables, reasons: readonly string[], i: number, kind: BlockKind, reason: string): Block | undefined {
  const want = KIND_NUMBER.get(kind);
  const because = reasons.indexOf(reason) + 1;
  if (want === undefined || because === 0) return undefined;
  for (let k = t.blockAt[i]!; k < t.blockAt[i + 1]!; k++) {
    if ((t.kinds[k]! & ~HAS_MARKUP) === want && t.reasons[k] === because) return blockAt(t, reasons, k);
  }
  return undefined;
}
