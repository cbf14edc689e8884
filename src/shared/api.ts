/**
 * ParallaxApi: the one interface every front end talks to, and `METHODS` and `EVENTS`, the one
 * list of its methods and events. Electron's preload exposes it as `window.parallax`, the browser
 * host serves it as `POST /api/<method>`, and the renderer reaches it only through
 * `renderer/lib/api.ts`; all are built from these lists. Methods resolve to a Result and never
 * reject for a reason the backend knows about.
 */
import type { Article, ArticleId, CorpusInfo, Correction, CorrectionImport, Span } from './article';
import type { AlignOptions, Comparison } from './comparison';
import type { Result } from './result';
import type { ReuseProgress, ReuseReport } from './reuse';
import type { OutletGraph } from './graph';
import type { QuoteResult } from './quote';
import type { Story, StorySummary } from './story';
import type { IndexStatus, SearchQuery, SearchResult } from './search';
import type { ArticleListing } from './listing';
import type { Versioned } from './version';

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

/** The request/response half of the API: what IPC handlers and HTTP routes implement. */
export interface ParallaxMethods {
  getHostInfo(): Promise<Result<HostInfo>>;
  /** The corpus that is open now. */
  getCorpus(): Promise<Result<Versioned<CorpusInfo>>>;
  /**
   * Every article of the open folder as lists show it. The corpus's description carries only the
   * first rows: the whole listing is megabytes for a large folder, too much for every event.
   */
  getListing(): Promise<Result<Versioned<ArticleListing>>>;
  /** Opens a folder by absolute path; null opens the sample corpus. */
  openCorpus(path: string | null): Promise<Result<Versioned<CorpusInfo>>>;
  /** Asks for a folder with the native dialog; resolves to null when the user cancels. */
  chooseCorpus(): Promise<Result<Versioned<CorpusInfo> | null>>;
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
  correctArticles(ids: ArticleId[], changes: Correction): Promise<Result<Versioned<CorpusInfo>>>;
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
  getIndexStatus(): Promise<Result<Versioned<IndexStatus>>>;
  /** Stops a running index build; search goes on answering from the previous index. */
  cancelIndexing(): Promise<Result<Versioned<IndexStatus>>>;
  /** Starts indexing again after a cancel: brings the index up to date with the folder. */
  resumeIndexing(): Promise<Result<Versioned<IndexStatus>>>;

  /** Starts (or returns the finished) corpus-wide reuse analysis. */
  startReuse(): Promise<Result<Versioned<ReuseProgress>>>;
  cancelReuse(): Promise<Result<Versioned<ReuseProgress>>>;
  getReuse(): Promise<Result<Versioned<ReuseReport> | null>>;
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

}

/**
 * Events pushed from the backend, by channel; the API's `on<Channel>(listener) => unsubscribe`
 * methods are derived from this list. State the backend also answers when asked (the corpus,
 * the index status, the reuse progress) carries a version: see `Versioned`.
 */
export interface ParallaxEvents {
  indexStatus: Versioned<IndexStatus>;
  reuseProgress: Versioned<ReuseProgress>;
  corpusChanged: Versioned<CorpusInfo>;
  /** Files read so far while a folder opens. */
  openProgress: OpenProgress;
  /** Menu commands from the native menu (Electron only): `open-folder`, `find`, ... */
  command: string;
}

/** `onIndexStatus` for `indexStatus`: the name under which the API subscribes to a channel. */
export type SubscriptionName<K extends string> = `on${Capitalize<K>}`;

/** The subscription half of ParallaxApi, one method per event channel. */
export type ParallaxSubscriptions = {
  [K in keyof ParallaxEvents as SubscriptionName<K>]: (listener: (payload: ParallaxEvents[K]) => void) => Unsubscribe;
};

/** The whole API: its requests and a subscription per event. */
export type ParallaxApi = ParallaxMethods & ParallaxSubscriptions;

export type MethodName = keyof ParallaxMethods;
export type EventName = keyof ParallaxEvents;

/**
 * Where a method or an event lives: in the workspace (its worker thread, the same in every host)
 * or in the host itself (the folder dialog, settings, the native menu).
 */
export type Home = 'workspace' | 'host';

/**
 * Every request method, once: the preload, the HTTP client, the host backend, Electron's IPC
 * handlers, the browser host's routes and the worker protocol are all built from this table, so a
 * method is its signature above, its entry here, its validation entry and its handler.
 */
export const METHODS = {
  getHostInfo: 'host',
  getCorpus: 'workspace',
  getListing: 'workspace',
  openCorpus: 'workspace',
  chooseCorpus: 'host',
  getRecentFolders: 'host',
  getPreferences: 'host',
  setPreferences: 'host',
  getArticle: 'workspace',
  correctArticles: 'workspace',
  exportCorrections: 'workspace',
  importCorrections: 'workspace',
  compare: 'workspace',
  getAlignDefaults: 'workspace',
  exportComparison: 'workspace',
  search: 'workspace',
  findInArticle: 'workspace',
  getIndexStatus: 'workspace',
  cancelIndexing: 'workspace',
  resumeIndexing: 'workspace',
  startReuse: 'workspace',
  cancelReuse: 'workspace',
  getReuse: 'workspace',
  getStories: 'workspace',
  getStory: 'workspace',
  exportTable: 'workspace',
  getOutletGraph: 'workspace',
  trackQuote: 'workspace',
} as const satisfies Record<MethodName, Home>;

/** Every event channel, once, with where it is raised. */
export const EVENTS = {
  indexStatus: 'workspace',
  reuseProgress: 'workspace',
  corpusChanged: 'workspace',
  openProgress: 'workspace',
  command: 'host',
} as const satisfies Record<EventName, Home>;

type Living<T extends Record<string, Home>, H extends Home> = { [K in keyof T]: T[K] extends H ? K : never }[keyof T];

/** The methods the workspace answers; the host answers the rest. */
export type WorkspaceMethodName = Living<typeof METHODS, 'workspace'>;
/** The events the workspace raises; the host raises the rest. */
export type WorkspaceEventName = Living<typeof EVENTS, 'workspace'>;

const namesIn = <T extends Record<string, Home>>(table: T, home?: Home) =>
  (Object.keys(table) as (keyof T & string)[]).filter((name) => home === undefined || table[name] === home);

export const METHOD_NAMES: readonly MethodName[] = namesIn(METHODS);
export const WORKSPACE_METHODS = namesIn(METHODS, 'workspace') as readonly WorkspaceMethodName[];
export const EVENT_NAMES: readonly EventName[] = namesIn(EVENTS);
export const WORKSPACE_EVENTS = namesIn(EVENTS, 'workspace') as readonly WorkspaceEventName[];

/** The API method that subscribes to `channel`: `onIndexStatus` for `indexStatus`. */
export function subscriptionName<K extends EventName>(channel: K): SubscriptionName<K> {
  return `on${channel[0]!.toUpperCase()}${channel.slice(1)}` as SubscriptionName<K>;
}
