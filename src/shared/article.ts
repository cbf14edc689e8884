/**
 * Articles as the whole app sees them. Every position is a UTF-16 index into `Article.text`: the
 * file's content exactly as decoded for .txt and .md, the text Parallax extracted for other formats
 * (HTML, PDF, DOCX, a row of CSV or JSONL), so `text.slice(start, end)` gives back what a span names.
 */
import type { ArticleListing } from './listing';


/**
 * An article's path relative to the corpus root, with `/` separators (e.g. `2024/ap-story.txt`);
 * a row of a CSV or JSONL file is `<path>#<row>` (`exports/mediacloud.csv#12`).
 */
export type ArticleId = string;

/** A half-open range `[start, end)` of UTF-16 indices into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a block of the page is. Only `title`, `heading` and `paragraph` are the article proper; the
 * rest is page debris that the reading view sets aside and the alignment ignores.
 */
export type BlockKind =
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'link'
  | 'tagline'
  | 'outlet'
  | 'debris';

export interface Block extends Span {
  kind: BlockKind;
  /** Why a block was classified as debris, for the reader ("photo caption", "related-article link"). */
  reason?: string;
  /** Markup inside the block (`# `, `**`, `<`, `>`) that the reading view does not display. */
  markup?: Span[];
}

export type TitleSource = 'heading' | 'first-line' | 'first-sentence' | 'file-name' | 'metadata' | 'user';

/**
 * Where an outlet, date or byline was read, strongest evidence first: the file's own metadata (a
 * page's JSON-LD or meta tags, a PDF's or DOCX's document properties, a row's columns), a byline
 * ("By X, PA News", "Source: Reuters"), a date line, other words of the text (a closing outlet
 * name), a web address's host, another take of the same wire story (its first take's byline), the
 * name of the subfolder, or the user, who corrected it.
 */
export type FieldSource = 'metadata' | 'byline' | 'dateline' | 'text' | 'url' | 'story' | 'folder' | 'user';

/** How an article was read from its file. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'csv' | 'tsv' | 'jsonl';

export interface ArticleMeta {
  id: ArticleId;
  title: string;
  titleSource: TitleSource;
  /** The outlet's name as written (a closing name, or a URL's host); null when none is written. */
  outlet: string | null;
  /** ISO 8601 (`2021-07-24` or `2021-07-24T13:04`); null when the article states no full date. */
  date: string | null;
  /** The date exactly as the article writes it, for display next to the normalized one. */
  dateText: string | null;
  /** Where the outlet was read (absent when unknown). */
  outletSource?: FieldSource;
  /** Where the date was read (absent when unknown). */
  dateSource?: FieldSource;
  /**
   * The date as written reads two ways (`01/03/00`: 1 March or 3 January) and nothing in the
   * folder says which: `date` is null and `dateText` holds it.
   */
  dateAmbiguous?: boolean;
  /** The author as credited ("Shenai Raif", "By Shenai Raif, PA News"), when stated. */
  byline?: string;
  /** The article's web address, when the file gives one. */
  url?: string;
  /** How the file was read; absent for plain text. */
  format?: SourceFormat;
  /** Fields the user set (title, outlet, date): shown as "set by you". */
  corrected?: CorrectableField[];
  /** Words in the article proper (debris excluded). */
  words: number;
  /** File size in bytes. */
  bytes: number;
  /** Last modification time of the file, ms since the epoch. */
  modified: number;
}

export interface Article extends ArticleMeta {
  text: string;
  /** The page cut into blocks, in order, covering every non-blank part of `text`. */
  blocks: Block[];
  /** The encoding the file was decoded from (`utf-8`, `windows-1252`, ...). */
  encoding: string;
  /**
   * How the file was read when not fully as its format says, and why (a Markdown file whose
   * nesting is too deep to parse, read as plain text), for the reader to show.
   */
  notice?: string;
  /** What the folder needs to read a numeric date one way for all its files (folder-dates.ts). */
  dateClues?: DateClues;
}

/**
 * A numeric date's evidence about its folder's date order: both readings of an ambiguous date,
 * the order a date like `14/12/99` proves for its layout, and the order the page's language or
 * country implies (`en-GB`, `.co.uk`: day first; `en-US`: month first).
 */
export interface DateClues {
  /** `/yy`, `.yyyy`: the separator and the year's digits. */
  layout: string;
  /** Both readings, when the article's date is ambiguous. */
  readings?: { dayFirst: string; monthFirst: string };
  /** The order this article's own date proves for its layout. */
  proves?: 'day-first' | 'month-first';
  /** The order the article's language or country suggests. */
  locale?: 'day-first' | 'month-first';
}

/** The fields of an article the user can correct. */
export type CorrectableField = 'title' | 'outlet' | 'date';

/**
 * A correction the user made: each field set replaces what was read; null removes the
 * correction, bringing back what the file says.
 */
export type Correction = Partial<Record<CorrectableField, string | null>>;

/** What importing a corrections CSV did: rows applied, rows whose article is not in this folder, problems. */
export interface CorrectionImport {
  applied: number;
  unmatched: string[];
  problems: string[];
}

/** A file of the folder that could not be opened as an article, and why. */
export interface RejectedFile {
  path: string;
  reason: string;
}

export interface CorpusInfo {
  /** Absolute path of the opened folder, for display. */
  root: string;
  /** The folder's name. */
  name: string;
  /** True when this is the sample corpus that ships with the app. */
  isSample: boolean;
  /** How many articles the folder holds. */
  articleCount: number;
  /**
   * The first articles of the listing (all of them in a small folder): enough for the library's
   * first screen while the whole listing (getListing) is on its way.
   */
  head: ArticleListing;
  rejected: RejectedFile[];
}
