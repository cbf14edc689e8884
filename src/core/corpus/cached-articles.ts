/**
 * Articles served from the folder cache, each made whole only as far as it is read. Reopening a
 * folder needs every article's fields (the library lists them, the folder settles outlets and
 * dates over them) but seldom any text or block: so an article's `text` and `blocks` are own,
 * enumerable properties that read the cache on first use and keep what they read. They behave as
 * plain properties for every reader (spread, `Object.keys`, JSON, structured clone) and writer.
 *
 * Texts are read a chunk at a time from the cache file, kept open: the chunk becomes one string
 * and each of its texts a slice of it (a slice shares its characters, so the collector keeps a
 * few large strings rather than 100,000 small ones). The file is replaced only by renaming a new
 * one over it, so the open file keeps the bytes it had (where a system refuses to rename over an
 * open file, the new cache is not written, which costs only a parse next time). It is closed once
 * every chunk is read, or when its articles are gone.
 */
import { closeSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Article, Block, BlockKind } from '../../shared/article';
import { blocksOf, findBlockOf, type ArticleFields, type CacheTables, type OldBlocks } from './folder-cache-layout';
import type { OldPlace } from './folder-cache-texts';

const readInto = promisify(read);

/** Fills `length` bytes of `into` from `position` of `fd`; false when the file is shorter. */
export async function readFully(fd: number, into: Buffer, length: number, position: number): Promise<boolean> {
  for (let done = 0; done < length; ) {
    const { bytesRead } = await readInto(fd, into, done, length - done, position + done);
    if (bytesRead === 0) return false;
    done += bytesRead;
  }
  return true;
}

/** A chunk of texts: where its bytes lie in the file, and whether they are UTF-16. */
export interface ChunkPlace {
  at: number;
  bytes: number;
  wide: boolean;
}

const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

const INDEX = Symbol('cached article');
const TEXT = Symbol('text');
const BLOCKS = Symbol('blocks');

/** The store behind each getter of `blocks` and of `text`, to answer `findBlock` and `placeOf` without making either. */
const stores = new WeakMap<object, CachedArticles>();

interface Slots {
  [INDEX]: number;
  [TEXT]?: string;
  [BLOCKS]?: Block[];
}

/** The texts and blocks of a cache file's articles, read on demand. */
export class CachedArticles {
  private readonly strings: (string | undefined)[];
  private left: number;
  /** Writers copying chunks from the file: it stays open while there are any. */
  private pins = 0;
  private readonly text: PropertyDescriptor;
  private readonly blocks: PropertyDescriptor;

  /** `fd` is the open cache file, which this now owns; `narrow` and `wide` its chunks. */
  constructor(
    private fd: number | null,
    private readonly narrow: readonly ChunkPlace[],
    private readonly wide: readonly ChunkPlace[],
    private readonly tables: CacheTables,
    private readonly reasons: readonly string[],
  ) {
    this.strings = new Array<string | undefined>(narrow.length + wide.length);
    this.left = [...narrow, ...wide].filter((c) => c.bytes > 0).length;
    if (fd !== null) {
      if (this.left === 0) this.close();
      else closing.register(this, fd, this);
    }
    // one pair of functions for every article of the file: the articles keep one shape
    const store = this as CachedArticles;
    this.text = {
      enumerable: true,
      configurable: true,
      get(this: Slots) {
        return (this[TEXT] ??= store.textOf(this[INDEX]));
      },
      set(this: Slots, value: string) {
        this[TEXT] = value;
      },
    };
    this.blocks = {
      enumerable: true,
      configurable: true,
      get(this: Slots) {
        return (this[BLOCKS] ??= blocksOf(store.tables, store.reasons, this[INDEX]));
      },
      set(this: Slots, value: Block[]) {
        this[BLOCKS] = value;
      },
    };
    stores.set(this.blocks.get!, this);
    stores.set(this.text.get!, this);
  }

  /** Where article `n`'s text lies in the file, while `current` (its text as now held, if read or set) is still that text. */
  placeAt(n: number, current: string | undefined): OldPlace | null {
    const place = this.textPlace(n);
    if (current !== undefined) {
      // read (its chunk is in hand: compare) or set (then it may differ)
      const held = this.strings[this.slotOf(place)];
      if (held === undefined || held.slice(place.start, place.end) !== current) return null;
    }
    return place;
  }

  /** Where the text of article `n` lies: its kind of chunk, the chunk, from where to where. */
  private textPlace(n: number): OldPlace {
    const t = this.tables.texts;
    return { wide: t[4 * n] === 1, chunk: t[4 * n + 1]!, start: t[4 * n + 2]!, end: t[4 * n + 3]! };
  }

  /** The slot of `strings` that holds a chunk once read. */
  private slotOf(place: Pick<OldPlace, 'wide' | 'chunk'>): number {
    return place.wide ? this.narrow.length + place.chunk : place.chunk;
  }

  /** Where article `n`'s blocks lie in the tables. */
  blockRows(n: number): OldBlocks {
    return { tables: this.tables, reasons: this.reasons, n };
  }

  /** Keeps the file open until `unpin`, for copying chunks out of it. */
  pin(): void {
    this.pins++;
  }

  unpin(): void {
    if (--this.pins === 0 && this.left === 0) this.close();
  }

  /** Closes the file now, its texts no longer wanted (an opening that failed); nothing pinned. */
  release(): void {
    if (this.pins === 0) this.close();
  }

  /** The bytes of chunk `chunk` of its kind, as the file holds them (call between `pin` and `unpin`). */
  async chunkBytes(wide: boolean, chunk: number): Promise<Buffer> {
    const place = (wide ? this.wide : this.narrow)[chunk]!;
    const held = this.strings[this.slotOf({ wide, chunk })];
    if (held !== undefined) return Buffer.from(held, wide ? 'utf16le' : 'latin1');
    if (this.fd === null) throw new Error('the folder cache was closed before its texts were copied');
    const bytes = Buffer.allocUnsafe(place.bytes);
    if (!(await readFully(this.fd, bytes, place.bytes, place.at))) throw new Error('the folder cache file was cut short while in use');
    return bytes;
  }

  /** The first block of article `n` of `kind` with `reason`. */
  findBlock(n: number, kind: BlockKind, reason: string): Block | undefined {
    return findBlockOf(this.tables, this.reasons, n, kind, reason);
  }

  /** `fields` made the article numbered `n` in the file (the object itself gains its text and blocks). */
  article(fields: ArticleFields, n: number): Article {
    Object.defineProperty(fields, INDEX, { value: n });
    Object.defineProperty(fields, TEXT, { value: undefined, writable: true });
    Object.defineProperty(fields, BLOCKS, { value: undefined, writable: true });
    Object.defineProperty(fields, 'text', this.text);
    Object.defineProperty(fields, 'blocks', this.blocks);
    return fields as Article;
  }

  /** The text of article `n`. */
  private textOf(n: number): string {
    const place = this.textPlace(n);
    const chunk = (this.strings[this.slotOf(place)] ??= this.readChunk((place.wide ? this.wide : this.narrow)[place.chunk]!));
    return chunk.slice(place.start, place.end);
  }

  private readChunk(place: ChunkPlace): string {
    if (place.bytes === 0) return '';
    if (this.fd === null) throw new Error('the folder cache was closed before its texts were read');
    const bytes = Buffer.allocUnsafe(place.bytes);
    for (let done = 0; done < place.bytes; ) {
      const n = readSync(this.fd, bytes, done, place.bytes - done, place.at + done);
      if (n === 0) throw new Error('the folder cache file was cut short while in use');
      done += n;
    }
    if (--this.left === 0 && this.pins === 0) this.close();
    return bytes.toString(place.wide ? 'utf16le' : 'latin1');
  }

  private close(): void {
    if (this.fd === null) return;
    closing.unregister(this);
    closeSync(this.fd);
    this.fd = null;
  }
}

/** The store that served `article` and its number there, read through its getter of `field`; null for an article read afresh. */
function servedBy(article: Article, field: 'text' | 'blocks'): { store: CachedArticles; n: number; slots: Partial<Slots> } | null {
  const slots = article as unknown as Partial<Slots>;
  if (slots[INDEX] === undefined) return null;
  const get = Object.getOwnPropertyDescriptor(article, field)?.get;
  const store = get && stores.get(get);
  return store ? { store, n: slots[INDEX], slots } : null;
}

/**
 * Where `article`'s text lies in the file of `store`, when it is an article `store` served and its
 * text is still the one there (null for any other: read afresh, or its text replaced).
 */
export function placeOf(article: Article, store: CachedArticles): OldPlace | null {
  const served = servedBy(article, 'text');
  return served?.store === store ? store.placeAt(served.n, served.slots[TEXT]) : null;
}

/** Where `article`'s blocks lie in the tables of `store`, when it is an article `store` served whose blocks were never made or set (null for any other). */
export function blocksIn(article: Article, store: CachedArticles): OldBlocks | null {
  const served = servedBy(article, 'blocks');
  return served?.store === store && served.slots[BLOCKS] === undefined ? store.blockRows(served.n) : null;
}

/**
 * The first block of `article` of `kind` with `reason`. For an article served from the cache
 * whose blocks are not made yet, read from the cache's tables: settling a folder asks this of
 * every article (is it a wire take?), and making every article's blocks for it was most of the
 * blocks a reopening made.
 */
export function findBlock(article: Article, kind: BlockKind, reason: string): Block | undefined {
  const served = servedBy(article, 'blocks');
  if (served && served.slots[BLOCKS] === undefined) return served.store.findBlock(served.n, kind, reason);
  return article.blocks.find((b) => b.kind === kind && b.reason === reason);
}
