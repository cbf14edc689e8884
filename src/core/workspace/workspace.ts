/**
 * The backend of one window: the open corpus, its search index, comparisons and the corpus-wide
 * reuse map. It implements the data half of ParallaxApi (the host adds dialogs, settings and
 * window glue) and runs inside a worker thread, so nothing it does can freeze the window.
 */
import { resolve } from 'node:path';
import type { ExportedFile, ExportFormat, OpenProgress } from '../../shared/api';
import type { Article, ArticleId, CorpusInfo, Correction, CorrectionImport, Span } from '../../shared/article';
import type { AlignOptions, Comparison } from '../../shared/comparison';
import type { ReuseProgress, ReuseReport } from '../../shared/reuse';
import type { OutletGraph } from '../../shared/graph';
import type { QuoteResult } from '../../shared/quote';
import type { Story, StorySummary } from '../../shared/story';
import type { ArticleListing } from '../../shared/listing';
import type { IndexStatus, SearchQuery, SearchResult } from '../../shared/search';
import { DEFAULT_ALIGN_OPTIONS } from '../align/index';
import { corpusInfo, corpusListing, openCorpus, type Corpus } from '../corpus/corpus';
import { exportComparison } from '../export/index';
import type { TableFormat, TableKind } from '../export/tables';
import { Comparer } from './comparer';
import { correctArticles, exportCorrections, importCorrections } from './corrections';
import { Emitter } from './events';
import { ApiFailure, noArticle } from './failure';
import type { SearchPort } from './ports';
import { ReuseRunner } from './reuse-runner';
import { passimOutputBeside, passimReport, readPassim } from './passim-import';
import { quoteInFolder } from './quote-tracker';
import { StoryViews, type Finished } from './story-views';
import { FolderWatcher, type ChangeSet } from './watcher';
import { readChanges } from './disk-changes';

/** Least interval between two progress events while a folder opens. */
const PROGRESS_MS = 100;

export interface WorkspaceOptions {
  /** The sample corpus, opened when no folder is given. */
  sampleDir: string;
  /** Makes the search engine for a workspace. */
  createSearch: () => SearchPort;
  /** Follow changes on disk (off for one-shot command-line use). */
  watch?: boolean;
  /** The app's data directory: extracted text and corrections (none: nothing kept). */
  dataDir?: string | null;
}

export interface WorkspaceEvents {
  indexStatus: IndexStatus;
  reuseProgress: ReuseProgress;
  corpusChanged: CorpusInfo;
  /** Progress of opening a folder: files loaded so far. */
  openProgress: OpenProgress;
}

export class Workspace {
  readonly events = new Emitter<WorkspaceEvents>();
  private corpus: Corpus | null = null;
  private readonly comparer = new Comparer();
  private readonly index: SearchPort;
  private readonly reuse: ReuseRunner;
  private watcher: FolderWatcher | null = null;
  private opening: AbortController | null = null;
  private changes: Promise<void> = Promise.resolve();
  /** Stories, outlet graph and tables of the current reuse report. */
  private readonly views = new StoryViews(this.comparer);

  constructor(private readonly options: WorkspaceOptions) {
    this.index = options.createSearch();
    this.index.onStatus((status) => this.events.emit('indexStatus', status));
    this.reuse = new ReuseRunner(this.comparer, (p) => this.events.emit('reuseProgress', p));
  }

  /** Opens a folder (the sample corpus when `path` is null), replacing the one open now. */
  async openCorpus(path: string | null): Promise<CorpusInfo> {
    const root = path === null ? this.options.sampleDir : resolve(path);
    this.opening?.abort();
    const opening = (this.opening = new AbortController());
    // the watcher starts before the folder is read, so a file changed while it is read is not
    // missed: what it reports meanwhile is applied once the corpus is in place
    const early: ChangeSet[] = [];
    let deliver = (changes: ChangeSet): void => {
      early.push(changes);
    };
    const watcher = this.options.watch ? new FolderWatcher(root, (changes) => deliver(changes)) : null;
    // the saved index is read while the folder is: the sync below then starts from it
    void this.index.prepare?.(root);
    let lastProgress = 0;
    try {
      const [corpus] = await Promise.all([
        openCorpus(root, {
          dataDir: this.options.dataDir ?? null,
          isSample: resolve(root) === resolve(this.options.sampleDir),
          signal: opening.signal,
          onProgress: (done, total) => {
            // a message per file would flood the window on a folder of thousands
            const now = performance.now();
            if (done < total && now - lastProgress < PROGRESS_MS) return;
            lastProgress = now;
            this.events.emit('openProgress', { done, total });
          },
        }),
        watcher?.ready(),
      ]);
      if (opening.signal.aborted) throw new ApiFailure('cancelled', 'Another folder was opened meanwhile.');
      await this.closeCorpus();
      this.corpus = corpus;
      this.watcher = watcher;
      deliver = (changes) => this.queueChanges(corpus, changes);
      for (const changes of early) deliver(changes);
      // indexing runs on the search engine's own threads; the library is usable at once
      void this.index.sync(corpus).catch((error) => console.error('parallax: indexing failed:', error));
      return corpusInfo(corpus);
    } catch (error) {
      await watcher?.close();
      throw error;
    }
  }

  /** Applies batches of changes one after the other, in the order the disk reported them. */
  private queueChanges(corpus: Corpus, changes: ChangeSet): void {
    this.changes = this.changes
      .then(() => this.applyChanges(corpus, changes))
      .catch((error) => console.error('parallax: following a change on disk failed:', error));
  }

  private async closeCorpus(): Promise<void> {
    this.reuse.cancel();
    this.reuse.reset();
    this.index.cancel();
    this.comparer.clear();
    await this.watcher?.close();
    this.watcher = null;
    this.corpus = null;
  }

  getCorpus(): CorpusInfo {
    return corpusInfo(this.requireCorpus());
  }

  getListing(): ArticleListing {
    return corpusListing(this.requireCorpus());
  }

  getArticle(id: ArticleId): Article {
    const article = this.requireCorpus().articles.get(id);
    if (!article) throw noArticle(id);
    return article;
  }

  /** Corrects title, outlet or date of some articles; every view follows. */
  async correctArticles(ids: ArticleId[], changes: Correction): Promise<CorpusInfo> {
    const corpus = this.requireCorpus();
    await correctArticles(corpus, ids, changes);
    return this.metadataChanged(corpus);
  }

  exportCorrections(): ExportedFile {
    return exportCorrections(this.requireCorpus());
  }

  async importCorrections(csv: string): Promise<CorrectionImport> {
    const corpus = this.requireCorpus();
    const result = await importCorrections(corpus, csv);
    if (result.applied > 0) this.metadataChanged(corpus);
    return result;
  }

  // titles, outlets and dates changed, not texts: the index relabels, the reuse map regroups
  private metadataChanged(corpus: Corpus): CorpusInfo {
    this.index.relabel?.(corpus);
    this.reuse.relabel(corpus);
    const info = corpusInfo(corpus);
    this.events.emit('corpusChanged', info);
    return info;
  }

  compare(a: ArticleId, b: ArticleId, options: Partial<AlignOptions> = {}): Comparison {
    return this.comparer.compare(this.getArticle(a), this.getArticle(b), options);
  }

  getAlignDefaults(): AlignOptions {
    return { ...DEFAULT_ALIGN_OPTIONS };
  }

  /** The comparison of two articles as a file to save (a self-contained HTML page, or JSON). */
  exportComparison(a: ArticleId, b: ArticleId, format: ExportFormat, options: Partial<AlignOptions> = {}): ExportedFile {
    const articleA = this.getArticle(a);
    const articleB = this.getArticle(b);
    return exportComparison(this.comparer.compare(articleA, articleB, options), articleA, articleB, format);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.requireCorpus();
    return this.index.search(query);
  }

  findInArticle(id: ArticleId, text: string): Span[] {
    return this.index.findInArticle(this.getArticle(id), text);
  }

  getIndexStatus(): IndexStatus {
    return this.index.status();
  }

  cancelIndexing(): IndexStatus {
    this.index.cancel();
    return this.index.status();
  }

  resumeIndexing(): IndexStatus {
    const corpus = this.requireCorpus();
    void this.index.sync(corpus).catch((error) => console.error('parallax: indexing failed:', error));
    return this.index.status();
  }

  /**
   * Starts the folder-wide analysis, or takes passim's when its output lies beside the folder
   * (`<folder>.passim/out.json`, see passim-import.ts): its clusters fill the same report.
   */
  async startReuse(): Promise<ReuseProgress> {
    const corpus = this.requireCorpus();
    const state = this.reuse.state();
    if (state.state !== 'running' && state.state !== 'done') {
      const passim = await passimOutputBeside(corpus.root);
      if (passim && this.corpus === corpus) {
        const started = performance.now();
        const { passages } = await readPassim(passim);
        if (this.corpus === corpus) return this.reuse.adopt(passimReport(corpus, this.comparer, passages, started).report);
      }
    }
    return this.reuse.start(corpus);
  }

  cancelReuse(): ReuseProgress {
    return this.reuse.cancel();
  }

  getReuse(): ReuseReport | null {
    return this.reuse.report();
  }

  /** Every story of the folder (groups of articles sharing text), the largest first. */
  getStories(): StorySummary[] {
    return this.views.storiesOf(this.finished()).list();
  }

  /** The story of one article, drawn against `text` (a member; by default its likely origin). */
  getStory(id: ArticleId, text?: ArticleId | null): Story | null {
    return this.views.story(this.finished(), id, text);
  }

  /** A shared-text table (article pairs, outlet pairs, or the story of `id` drawn against `text`) as CSV or JSON. */
  exportTable(kind: TableKind, format: TableFormat, id?: ArticleId | null, text?: ArticleId | null): ExportedFile {
    return this.views.table(this.finished(), kind, format, id, text);
  }

  /** Which outlets share text with which, laid out for drawing. */
  getOutletGraph(): OutletGraph {
    return this.views.graphOf(this.finished());
  }

  /** Every article that carries `text`, verbatim or edited, earliest first. */
  trackQuote(text: string): QuoteResult {
    const corpus = this.requireCorpus();
    return quoteInFolder(text, (quote, limit, floor) => this.index.quoteCandidates(quote, limit, floor), this.comparer, (id) => corpus.articles.get(id));
  }

  /** The finished reuse report stories are read from, and its folder. */
  private finished(): Finished {
    const corpus = this.requireCorpus();
    const report = this.reuse.report();
    if (!report) throw new ApiFailure('not-ready', 'Find the shared text in the folder first: stories are read from it.');
    return { report, corpus };
  }

  /** Stops watching and indexing; the workspace cannot be used afterwards. */
  async dispose(): Promise<void> {
    this.opening?.abort();
    await this.closeCorpus();
    await this.index.close();
  }

  /** Brings the corpus in line with what changed on disk. */
  async applyChanges(corpus: Corpus, changes: ChangeSet): Promise<void> {
    if (this.corpus !== corpus) return;
    const { changed, removed } = await readChanges(corpus, changes, () => this.corpus === corpus);
    if (this.corpus !== corpus) return;
    this.comparer.forget([...changed, ...removed]);
    this.reuse.reset();
    this.events.emit('corpusChanged', corpusInfo(corpus));
    await this.index.update(corpus, changed, removed);
  }

  private requireCorpus(): Corpus {
    if (!this.corpus) throw new ApiFailure('no-corpus', 'No folder is open.');
    return this.corpus;
  }
}
