/**
 * Articles as the whole app sees them. Every position is a UTF-16 index into `Article.text`, the
 * file's content exactly as decoded, so `text.slice(start, end)` gives back what a span names.
 */

/** An article's path relative to the corpus root, with `/` separators (e.g. `2024/ap-story.txt`). */
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

export type TitleSource = 'heading' | 'first-line' | 'first-sentence' | 'file-name';

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
  articles: ArticleMeta[];
  rejected: RejectedFile[];
}
