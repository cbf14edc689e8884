/**
 * A folder's articles as the window's lists show them (the library's columns, the titles and
 * outlets other views print), sent column by column. At 20,000 articles the full metadata as one
 * object per article was 5.6 MB of JSON, most of it field names and fields no list shows; the
 * page spent its first second receiving and parsing it. The rest of an article's metadata (where
 * each field was read, byline, address, format) comes with the article itself (getArticle).
 */
import type { ArticleId, ArticleMeta, CorrectableField } from './article';

/** What a list shows of an article, and what tells that its file changed (`modified`, `bytes`). */
export type ArticleRow = Pick<ArticleMeta, 'id' | 'title' | 'outlet' | 'date' | 'dateText' | 'dateAmbiguous' | 'corrected' | 'words' | 'modified' | 'bytes'>;

/** Rows column by column: row `i` is `ids[i]`, `titles[i]`, ... */
export interface ArticleListing {
  ids: ArticleId[];
  titles: string[];
  /** Each row's outlet as an index into `outletNames`; -1 when none is known. */
  outlets: number[];
  outletNames: string[];
  dates: (string | null)[];
  dateTexts: (string | null)[];
  /** Rows whose date reads two ways (`dateAmbiguous`). */
  ambiguous: number[];
  /** Rows with fields set by the user, and those fields. */
  corrected: [row: number, fields: CorrectableField[]][];
  words: number[];
  /** Whole milliseconds: enough to tell that a file changed, a third of the digits. */
  modified: number[];
  bytes: number[];
}

/**
 * Whether an article fetched earlier is still what the file holds, by its row in the listing (whose
 * `modified` is rounded to whole milliseconds, the article's is not).
 */
export function sameFile(row: Pick<ArticleRow, 'modified' | 'bytes'>, article: Pick<ArticleMeta, 'modified' | 'bytes'>): boolean {
  return row.modified === Math.round(article.modified) && row.bytes === article.bytes;
}

/** Rows a corpus's description carries at most (CorpusInfo.head): a first screen and then some. */
export const HEAD_ROWS = 200;

/** The listing of some articles, in their order. */
export function toListing(articles: Iterable<ArticleMeta>): ArticleListing {
  const listing: ArticleListing = { ids: [], titles: [], outlets: [], outletNames: [], dates: [], dateTexts: [], ambiguous: [], corrected: [], words: [], modified: [], bytes: [] };
  const outletIndex = new Map<string, number>();
  let row = 0;
  for (const a of articles) {
    listing.ids.push(a.id);
    listing.titles.push(a.title);
    let outlet = -1;
    if (a.outlet !== null) {
      outlet = outletIndex.get(a.outlet) ?? -1;
      if (outlet < 0) {
        outlet = listing.outletNames.push(a.outlet) - 1;
        outletIndex.set(a.outlet, outlet);
      }
    }
    listing.outlets.push(outlet);
    listing.dates.push(a.date);
    listing.dateTexts.push(a.dateText);
    if (a.dateAmbiguous) listing.ambiguous.push(row);
    if (a.corrected?.length) listing.corrected.push([row, a.corrected]);
    listing.words.push(a.words);
    listing.modified.push(Math.round(a.modified));
    listing.bytes.push(a.bytes);
    row++;
  }
  return listing;
}

/** The rows of a listing, as plain frozen objects (a list of thousands needs no proxies). */
export function listingRows(listing: ArticleListing): ArticleRow[] {
  const ambiguous = new Set(listing.ambiguous);
  const corrected = new Map(listing.corrected);
  return listing.ids.map((id, i) => {
    const row: ArticleRow = {
      id,
      title: listing.titles[i]!,
      outlet: listing.outlets[i]! < 0 ? null : listing.outletNames[listing.outlets[i]!]!,
      date: listing.dates[i]!,
      dateText: listing.dateTexts[i]!,
      words: listing.words[i]!,
      modified: listing.modified[i]!,
      bytes: listing.bytes[i]!,
    };
    if (ambiguous.has(i)) row.dateAmbiguous = true;
    const fields = corrected.get(i);
    if (fields) row.corrected = fields;
    return Object.freeze(row);
  });
}
