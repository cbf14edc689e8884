/**
 * ParallaxApi: the one interface every front end talks to. Electron's preload exposes it as
 * `window.parallax`, the browser host serves it as `POST /api/<method>`, and the renderer reaches
 * it only through `renderer/lib/api.ts`. Methods resolve to a Result and never reject for a
 * reason the backend knows about.
 */
import type { Article, ArticleId, CorpusInfo, Correction, CorrectionImport, Span } from './article';
import type { AlignOptions, Comparison } from './comparison';
import type { Result } from './result';
import type { ReuseProgress, ReuseReport } from './reuse';
import type { OutletGraph } from './graph';
import type { QuoteResult } from './quote';
import type { Story, StorySummary } from './story';
import type { IndexStatus, SearchQuery, SearchResult } from './search';

export type Unsubscribe = () => void;

/** Where the renderer runs: inside Electron, or in a browser served by the local host. */
export type HostKind = 'electron' | 'browser';

export interface HostInfo {
  kind: HostKind;
  version: string;
  /** Whether a native folder picker exists (Electron) or the user types a path (browser). */
  nativeDialogs: boolean;
  /** Something the user should know about how the host started (a damaged settings file was mended). */
  notice?: string;
}

export type Theme = 'system' | 'light' | 'dark';

/** What the app remembers about how the user likes it, across launches. */
export interface Preferences {
  theme: Theme;
  /** Most recent first. */
  recentSearches: string[];
  /** Compare view: scroll the two columns together. */
  syncScroll: boolean;
}

/** What an exported comparison is written as. */
export type ExportFormat = 'html' | 'json';

/** The shared-text tables that export as files, and their formats. */
export type TableKind = 'pairs' | 'outlets' | 'story';
export type TableFormat = 'csv' | 'json';

/** A file the backend made for the user to save (an exported comparison). */
export interface ExportedFile {
  /** A suggested file name, no directory. */
  name: string;
  mediaType: string;
  content: string;
}

export interface OpenProgress {
  done: number;
  total: number;
}

export interface ParallaxApi {
  getHostInfo(): Promise<Result<HostInfo>>;
  /** The corpus that is open now. */
  getCorpus(): Promise<Result<CorpusInfo>>;
  /** Opens a folder by absolute path; null opens the sample corpus. */
  openCorpus(path: string | null): Promise<Result<CorpusInfo>>;
  /** Asks for a folder with the native dialog; resolves to null when the user cancels. */
  chooseCorpus(): Promise<Result<CorpusInfo | null>>;
  /** Recently opened folders, most recent first. */
  getRecentFolders(): Promise<Result<string[]>>;
  getPreferences(): Promise<Result<Preferences>>;
  /** Saves the given preferences and returns them all. */
  setPreferences(changes: Partial<Preferences>): Promise<Result<Preferences>>;

  getArticle(id: ArticleId): Promise<Result<Article>>;
  /**
   * Corrects the title, outlet or date of the given articles (null removes a correction). Saved
   * in the app's data directory, keyed by each article's content; resolves to the folder as it
   * now reads.
   */
  correctArticles(ids: ArticleId[], changes: Correction): Promise<Result<CorpusInfo>>;
  /** The open folder's corrections as a CSV sidecar, ready to save. */
  exportCorrections(): Promise<Result<ExportedFile>>;
  /** Applies a CSV sidecar of corrections (as `exportCorrections` writes it) to the open folder. */
  importCorrections(csv: string): Promise<Result<CorrectionImport>>;
  compare(a: ArticleId, b: ArticleId, options?: Partial<AlignOptions>): Promise<Result<Comparison>>;
  /** The alignment parameters used when a comparison does not set them. */
  getAlignDefaults(): Promise<Result<AlignOptions>>;
  /** The comparison of `a` and `b` as one self-contained HTML page or as JSON, ready to save. */
  exportComparison(a: ArticleId, b: ArticleId, format: ExportFormat, options?: Partial<AlignOptions>): Promise<Result<ExportedFile>>;

  search(query: SearchQuery): Promise<Result<SearchResult>>;
  /** Where the words of a query occur in one article, for highlighting and match navigation. */
  findInArticle(id: ArticleId, text: string): Promise<Result<Span[]>>;
  getIndexStatus(): Promise<Result<IndexStatus>>;
  /** Stops a running index build; search goes on answering from the previous index. */
  cancelIndexing(): Promise<Result<IndexStatus>>;
  /** Starts indexing again after a cancel: brings the index up to date with the folder. */
  resumeIndexing(): Promise<Result<IndexStatus>>;

  /** Starts (or returns the finished) corpus-wide reuse analysis. */
  startReuse(): Promise<Result<ReuseProgress>>;
  cancelReuse(): Promise<Result<ReuseProgress>>;
  getReuse(): Promise<Result<ReuseReport | null>>;
  /** The folder's stories (articles that share text, grouped), the largest first; `not-ready` before the reuse analysis. */
  getStories(): Promise<Result<StorySummary[]>>;
  /**
   * The story of article `id`, each member drawn against `text` (a member of the story; by default
   * the likely origin); null when the article shares no passage with another. `not-ready` before
   * the reuse analysis.
   */
  getStory(id: ArticleId, text?: ArticleId): Promise<Result<Story | null>>;
  /**
   * A shared-text table as a file to save: the article pairs, the outlet pairs, or the story of
   * `id` (drawn against `text`), as CSV or JSON; `not-ready` before the reuse analysis.
   */
  exportTable(kind: TableKind, format: TableFormat, id?: ArticleId, text?: ArticleId): Promise<Result<ExportedFile>>;
  /** Which outlets share text with which, laid out for drawing; `not-ready` before the reuse analysis. */
  getOutletGraph(): Promise<Result<OutletGraph>>;
  /** Every article that carries `text` (a selected span or a typed sentence), verbatim or edited, earliest first. */
  trackQuote(text: string): Promise<Result<QuoteResult>>;

  onIndexStatus(listener: (status: IndexStatus) => void): Unsubscribe;
  onReuseProgress(listener: (progress: ReuseProgress) => void): Unsubscribe;
  onCorpusChanged(listener: (corpus: CorpusInfo) => void): Unsubscribe;
  /** Files read so far while a folder opens. */
  onOpenProgress(listener: (progress: OpenProgress) => void): Unsubscribe;
  /** Menu commands from the native menu (Electron only): `open-folder`, `find`, ... */
  onCommand(listener: (command: string) => void): Unsubscribe;
}

/** The request/response part of the API: what IPC handlers and HTTP routes implement. */
export type ParallaxMethods = {
  [K in keyof ParallaxApi as K extends `on${string}` ? never : K]: ParallaxApi[K];
};

export type MethodName = keyof ParallaxMethods;

/** Events pushed from the backend, by channel. */
export interface ParallaxEvents {
  indexStatus: IndexStatus;
  reuseProgress: ReuseProgress;
  corpusChanged: CorpusInfo;
  openProgress: OpenProgress;
  command: string;
}
