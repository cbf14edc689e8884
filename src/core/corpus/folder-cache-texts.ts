/**
 * Where the folder cache's next file puts each article's text. Writing a folder of 100,000 articles
 * again because one file changed used to read every text back from the old file (220 MB made into
 * strings) and encode it again: 4 s of the first reopening after any change. Now a chunk of the
 * old file whose texts are still wanted is copied as it is, bytes to bytes, and only the texts of
 * files read afresh (and of chunks mostly dead, or small) are encoded. A chunk is kept while at
 * least half of it is still wanted, so a cache file is never more than about twice its texts.
 */
import type { Article } from '../../shared/article';

/** Characters per chunk of new texts (a longer text is a chunk of its own). */
export const CHUNK_CHARS = 1 << 21;

/** A kept chunk must still be wanted for this share of its characters. */
const KEEP_SHARE = 0.5;
/**
 * Nor is a chunk shorter than this kept: the few texts each rewrite adds make a small chunk, and
 * small chunks written again join the next one, rather than a folder changed often ending in
 * hundreds of them, a read each.
 */
export const KEEP_MIN_CHARS = CHUNK_CHARS / 8;

/** Where a text lies in the old file: in which kind of chunk, which one, from where to where. */
export interface OldPlace {
  wide: boolean;
  chunk: number;
  start: number;
  end: number;
}

/** A chunk of the new file: an old one copied (by its number among those of its kind), or new texts. */
export type ChunkSource = { old: number; chars: number } | { texts: string[]; chars: number };

export interface TextLayout {
  /** Per article: `[wide, chunk, start, end]`, as the tables keep it. */
  places: Uint32Array;
  narrow: ChunkSource[];
  wide: ChunkSource[];
}

type Kind = 'narrow' | 'wide';

/**
 * Lays out the texts of `articles` (in order): a text whose old place (`oldPlace`, null for one
 * read afresh or changed) is in a chunk still worth keeping stays there, the chunk copied;
 * every other text is read and goes to new chunks of its kind (Latin-1 when every character fits
 * in a byte, else UTF-16). `oldChars` are the old file's chunk lengths.
 */
export function layTexts(
  articles: readonly Article[],
  oldPlace: (article: Article) => OldPlace | null,
  oldChars: Record<Kind, readonly number[]>,
  keepMin = KEEP_MIN_CHARS,
): TextLayout {
  const old = articles.map(oldPlace);
  const live = { narrow: new Array<number>(oldChars.narrow.length).fill(0), wide: new Array<number>(oldChars.wide.length).fill(0) };
  for (const p of old) if (p) live[p.wide ? 'wide' : 'narrow'][p.chunk]! += p.end - p.start;
  const layout: TextLayout = { places: new Uint32Array(4 * articles.length), narrow: [], wide: [] };
  // each kept old chunk's number in the new file
  const kept = { narrow: new Map<number, number>(), wide: new Map<number, number>() };
  for (const kind of ['narrow', 'wide'] as const) {
    oldChars[kind].forEach((chars, c) => {
      if (chars >= Math.max(1, keepMin) && live[kind][c]! >= KEEP_SHARE * chars) {
        kept[kind].set(c, layout[kind].length);
        layout[kind].push({ old: c, chars });
      }
    });
  }
  const fresh: Record<Kind, { texts: string[]; chars: number } | null> = { narrow: null, wide: null };
  articles.forEach((a, i) => {
    const p = old[i];
    const at = p ? kept[p.wide ? 'wide' : 'narrow'].get(p.chunk) : undefined;
    if (p && at !== undefined) {
      layout.places.set([p.wide ? 1 : 0, at, p.start, p.end], 4 * i);
      return;
    }
    const text = a.text;
    const kind: Kind = /[^\u0000-\u00ff]/.test(text) ? 'wide' : 'narrow';
    let chunk = fresh[kind];
    if (!chunk || chunk.chars >= CHUNK_CHARS) {
      chunk = fresh[kind] = { texts: [], chars: 0 };
      layout[kind].push(chunk);
    }
    layout.places.set([kind === 'wide' ? 1 : 0, layout[kind].length - 1, chunk.chars, chunk.chars + text.length], 4 * i);
    chunk.texts.push(text);
    chunk.chars += text.length;
  });
  return layout;
}
