/**
 * The search engine as the app's workspace uses it: one service per window, holding the current
 * index of the open corpus and bringing it up to date in the background (worker threads, or the
 * calling thread for a handful of articles), with progress events and cancellation. While an
 * index builds, search answers from the previous one; hits for articles that have since gone are
 * left out, and snippets read the articles as they are now.
 *
 * Index work is serialized: a sync or update waits for the one before it. `cancel()` stops the
 * running work and drops what is queued; syncing another folder cancels work on the old one.
 */
import type { Article, ArticleId, Span } from '../../shared/article';
import type { IndexStatus, SearchQuery, SearchResult } from '../../shared/search';
import type { Corpus } from '../corpus/corpus';
import type { BuildJob, BuildResult } from './index/build-job';
import { indexedAsIs, indexOf, planCorpusBuild, refusedOf } from './index/corpus-build';
import { outletCounts } from './query/filters';
import { articleRanges, matcherOf, matchSpans } from './query/highlight';
import { allShards, executePlan, loadShards, readSavedIndex, type SavedIndex } from './index/index-build';
import { IndexStore, type ManifestHead } from './index/index-store';
import { planQuery } from './query/plan';
import { quoteCandidates } from './query/quote-candidates';
import { parseQuery } from './query/query-parser';
import type { SearchIndex } from './index/search-index';
import { runSearch } from './query/searcher';
import type { Shard } from './index/shard';
import { IndexedDocs } from './indexed-docs';
import type { SearchService, SearchServiceOptions } from './service-api';
import { fitsInThread, indexPool, runHere, type IndexPool } from './index/worker-pool';

export type { SearchService, SearchServiceOptions };

interface Current {
  root: string;
  shards: Map<number, Shard>;
  index: SearchIndex;
  /** The index holds exactly the corpus's articles (no update pending): hits need no checking. */
  fresh: boolean;
}

/** What a cancelled build leaves: the previous index when there is one, else no search at all. */
function cancelledMessage(hasIndex: boolean): string {
  return hasIndex ? 'Indexing cancelled; search answers from the previous index.' : 'Indexing cancelled; resume it to search this folder.';
}

/** Status events at most this often while building; the first and last always go out. */
const STATUS_MILLIS = 100;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

class Service implements SearchService {
  private current: Current | null = null;
  private corpus: Corpus | null = null;
  private state: IndexStatus = { state: 'idle', done: 0, total: 0, indexed: 0 };
  private readonly listeners = new Set<(s: IndexStatus) => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private controller: AbortController | null = null;
  private pool: IndexPool | null = null;
  private lastEmit = 0;
  private readonly docs = new IndexedDocs();
  /** The saved index of a folder being opened, read ahead of its sync (`prepare`). */
  private prepared: { root: string; saved: Promise<SavedIndex> } | null = null;

  constructor(private readonly options: SearchServiceOptions) {}

  prepare(root: string): Promise<void> {
    // never an earlier read: the index on disk may have been written since (another window, the CLI)
    this.prepared = null;
    if (this.currentOf(root)) return Promise.resolve();
    this.prepared = { root, saved: readSavedIndex(new IndexStore(this.options.dataDir, root)) };
    return this.prepared.saved.then(() => undefined);
  }

  sync(corpus: Corpus): Promise<IndexStatus> {
    if (this.corpus && this.corpus.root !== corpus.root) {
      this.cancel();
      this.docs.clear();
      // another folder's index answers nothing here, and holds that folder's articles (its labels)
      this.current = null;
    }
    this.corpus = corpus;
    if (this.current) this.current.fresh = false;
    return this.enqueue(corpus, new Set());
  }

  update(corpus: Corpus, changed: ArticleId[], removed: ArticleId[]): Promise<IndexStatus> {
    void removed; // a removed article is found missing from the corpus; its shard is rebuilt without it
    this.corpus = corpus;
    if (this.current) this.current.fresh = false;
    return this.enqueue(corpus, new Set(changed));
  }

  cancel(): void {
    this.generation++;
    this.controller?.abort();
  }

  status(): IndexStatus {
    return { ...this.state };
  }

  onStatus(listener: (s: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  search(query: SearchQuery): SearchResult {
    const open = this.searchable();
    if (!open) {
      const text = typeof query?.text === 'string' ? query.text : '';
      const notice = this.state.cancelled ? 'Indexing was cancelled: resume it to search this folder.' : 'The search index is still being built.';
      return { query: text, hits: [], total: 0, millis: 0, notice };
    }
    const { corpus, current } = open;
    const doc = (id: ArticleId) => this.docs.of(corpus, id);
    // while an update is pending, hits for articles that have gone are left out
    const exists = current.fresh ? undefined : (id: ArticleId) => corpus.articles.has(id);
    return runSearch({ index: current.index, doc }, query, exists);
  }

  findInArticle(article: Article, text: string, options: { scope?: 'content' | 'all' } = {}): Span[] {
    const parsed = parseQuery(typeof text === 'string' ? text : '');
    const plan = this.current ? planQuery(parsed, this.current.index) : null;
    return matchSpans(article.text, articleRanges(article, options.scope ?? 'content'), matcherOf(parsed, plan));
  }

  quoteCandidates(text: string, limit: number, floor: number): ArticleId[] | null {
    const open = this.searchable();
    if (!open) return null;
    const { corpus, current } = open;
    const ids = quoteCandidates(current.index, text, limit, floor);
    return current.fresh ? ids : ids.filter((id) => corpus.articles.has(id));
  }

  relabel(corpus: Corpus): void {
    this.currentOf(corpus.root)?.index.relabel((id) => corpus.articles.get(id));
  }

  outlets(): { name: string; count: number }[] {
    return this.corpus ? outletCounts(this.corpus.articles.values()) : [];
  }

  async close(): Promise<void> {
    this.prepared = null;
    this.cancel();
    await this.queue.catch(() => undefined);
    await this.pool?.terminate();
    this.listeners.clear();
    this.docs.clear();
    // a closed service held on to by its caller must not keep a whole folder and its index alive
    this.current = null;
    this.corpus = null;
  }

  /** With `warmPhraseFilters`, warms what phrase search reads of each article once the index is ready. */
  private warm(corpus: Corpus): void {
    if (!this.options.warmPhraseFilters) return;
    const generation = this.generation;
    this.docs.warm(corpus, () => generation === this.generation && corpus === this.corpus);
  }

  private enqueue(corpus: Corpus, changed: Set<ArticleId>): Promise<IndexStatus> {
    const generation = this.generation;
    const run = this.queue.then(() => (generation === this.generation ? this.bringUpToDate(corpus, changed) : this.skipped()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  // work queued before a cancel: not started, reported as cancelled
  private skipped(): IndexStatus {
    this.setStatus({ ...this.state, cancelled: true, message: cancelledMessage(this.corpus !== null && this.currentOf(this.corpus.root) !== null) });
    return this.status();
  }

  private setStatus(status: IndexStatus, force = true): void {
    this.state = status;
    const now = performance.now();
    if (!force && now - this.lastEmit < STATUS_MILLIS) return;
    this.lastEmit = now;
    for (const listener of this.listeners) listener({ ...status });
  }

  /** The open corpus and the index in hand, when that index is of it. */
  private searchable(): { corpus: Corpus; current: Current } | null {
    const corpus = this.corpus;
    const current = corpus && this.currentOf(corpus.root);
    return corpus && current ? { corpus, current } : null;
  }

  /** The index in hand when it is of the folder at `root`. */
  private currentOf(root: string): Current | null {
    return this.current?.root === root ? this.current : null;
  }

  private async bringUpToDate(corpus: Corpus, changed: Set<ArticleId>): Promise<IndexStatus> {
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const indexed = () => this.currentOf(corpus.root)?.index.count ?? 0;
    try {
      const store = new IndexStore(this.options.dataDir, corpus.root);
      // what was read ahead serves this folder once; read ahead for another, it is let go
      const prepared = this.prepared?.root === corpus.root ? this.prepared.saved : null;
      this.prepared = null;
      // read ahead when prepared, and only of use when no index of the folder is in hand
      const saved = prepared && !this.currentOf(corpus.root) ? await prepared : null;
      const head = saved ? saved.head : await store.readHead();
      const { loaded, broken } = await this.startingShards(store, head, corpus, saved);
      signal.throwIfAborted();
      const inHand = this.currentOf(corpus.root);
      // the folder as it was indexed: up to date, known without reading the articles' list
      if (inHand && head && broken.size === 0 && changed.size === 0 && indexedAsIs(head, corpus)) return this.upToDate(inHand, corpus);
      const previous = head && (await store.withDocs(head));
      const { plan, jobs, total } = await planCorpusBuild(corpus, previous, changed, broken);
      const refused = refusedOf(previous?.rejected ?? [], corpus);
      if (jobs.length === 0 && inHand) {
        // files touched but not changed: their new stamps are saved, so that the next opening knows the folder at once
        // (a save that fails costs only this planning next time: the index in hand is up to date)
        if (head && !indexedAsIs(head, corpus)) await executePlan(store, previous, plan, [], async () => [], refused).catch(() => undefined);
        return this.upToDate(inHand, corpus);
      }
      this.setStatus({ state: 'building', done: 0, total, indexed: indexed() });
      const onProgress = (done: number) => this.setStatus({ state: 'building', done, total, indexed: indexed() }, false);
      const outcome = await executePlan(store, previous, plan, jobs, (list) => this.run(list, { signal, onProgress }), refused);
      signal.throwIfAborted();
      const shards = new Map<number, Shard>();
      allShards(outcome.manifest, outcome.fresh, loaded).forEach((shard, s) => shards.set(s, shard));
      this.current = { root: corpus.root, shards, index: indexOf([...shards.values()], corpus), fresh: corpus === this.corpus };
      return this.ready(corpus, total);
    } catch (error) {
      if (isAbort(error) || signal.aborted) {
        const state = this.currentOf(corpus.root) ? 'ready' : 'idle';
        this.setStatus({ state, done: 0, total: 0, indexed: indexed(), cancelled: true, message: cancelledMessage(state === 'ready') });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        this.setStatus({ state: 'error', done: 0, total: 0, indexed: indexed(), message: `Indexing failed: ${message}` });
      }
      return this.status();
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  /**
   * The shards an update builds on, and those missing or unreadable. Those in hand when they are
   * of this folder; otherwise the saved index's, which then answers at once, stale or not, while
   * what changed is indexed (unless some of it is unreadable: then nothing answers until built).
   */
  private async startingShards(
    store: IndexStore,
    head: ManifestHead | null,
    corpus: Corpus,
    saved: SavedIndex | null,
  ): Promise<{ loaded: Map<number, Shard>; broken: Set<number> }> {
    const inHand = this.currentOf(corpus.root);
    const broken = new Set<number>();
    if (inHand) {
      if (head) for (let s = 0; s < head.shardCount; s++) if (!inHand.shards.has(s)) broken.add(s);
      return { loaded: inHand.shards, broken };
    }
    // an index of another folder (one a cancelled run left) is let go with that folder's articles
    this.current = null;
    if (!head) return { loaded: new Map(), broken };
    const opened = saved?.shards ?? (await loadShards(store, head));
    this.current = opened.broken.size === 0 ? { root: corpus.root, shards: opened.shards, index: indexOf([...opened.shards.values()], corpus), fresh: false } : null;
    return { loaded: opened.shards, broken: opened.broken };
  }

  /** The index in hand is of `corpus` as it is. */
  private upToDate(inHand: Current, corpus: Corpus): IndexStatus {
    inHand.fresh = corpus === this.corpus;
    return this.ready(corpus, 0);
  }

  /** The index of `corpus` is ready: labels brought up to date (a saved index may carry titles and outlets from before a correction), said, and warmed. */
  private ready(corpus: Corpus, total: number): IndexStatus {
    this.relabel(corpus);
    this.setStatus({ state: 'ready', done: total, total, indexed: this.currentOf(corpus.root)?.index.count ?? 0 });
    this.warm(corpus);
    return this.status();
  }

  private run(jobs: BuildJob[], options: { signal: AbortSignal; onProgress: (done: number) => void }): Promise<BuildResult[]> {
    if (this.options.workers === 0 || fitsInThread(jobs)) return runHere(jobs, options);
    this.pool ??= indexPool(this.options.workers);
    return this.pool.run(jobs, options);
  }
}

/** The search engine for one window. */
export function createSearchService(options: SearchServiceOptions): SearchService {
  return new Service(options);
}
