/**
 * What the whole window shares: the open corpus, indexing and opening progress, the host's facts,
 * the user's preferences and the last error. Views read it; only the methods here change it.
 */
import type { HostInfo, OpenProgress, Preferences } from '../../../shared/api';
import type { CorpusInfo } from '../../../shared/article';
import { listingRows, type ArticleListing, type ArticleRow } from '../../../shared/listing';
import type { Result } from '../../../shared/result';
import type { IndexStatus } from '../../../shared/search';
import type { Versioned } from '../../../shared/version';
import { api } from './api';
import { LatestReply } from './latest-reply';
import { Newest } from './newest';

class AppState {
  /** Replaced whole, never changed in place: raw, so 20,000 articles are not 20,000 proxies. */
  corpus = $state.raw<Versioned<CorpusInfo> | null>(null);
  opening = $state<OpenProgress | null>(null);
  index = $state<IndexStatus | null>(null);
  host = $state<HostInfo | null>(null);
  preferences = $state<Preferences>({ theme: 'system', recentSearches: [], syncScroll: true });
  recentFolders = $state<string[]>([]);
  /** A message for the user about something that went wrong; cleared when dismissed. */
  error = $state<string | null>(null);
  /** Set when the host no longer knows this page (restarted since): nothing else can work. */
  staleSession = $state<string | null>(null);
  /** Something the host says about how it started (settings mended); cleared when dismissed. */
  notice = $state<string | null>(null);
  folderDialogOpen = $state(false);

  /** The whole listing of the folder, once fetched; the corpus's head stands in until then. */
  private listing = $state.raw<Versioned<ArticleListing> | null>(null);
  /**
   * Every article as lists show it: the corpus's first rows at first, all of them once the whole
   * listing of this corpus (or a later one) is in. Rows are made once per listing, plain and
   * frozen: views sort and filter them, never change them.
   */
  articles = $derived.by<ArticleRow[]>(() => {
    const corpus = this.corpus;
    if (!corpus) return [];
    const whole = this.listing;
    return listingRows(whole && whole.version >= corpus.version && corpus.head.ids.length < corpus.articleCount ? whole : corpus.head);
  });
  /** How many articles the folder holds, before the whole listing is in too. */
  articleCount = $derived(this.corpus?.articleCount ?? 0);
  private readonly listed = new Newest<Versioned<ArticleListing>>((l) => (this.listing = l));
  /** The index status: pushed, or answered to a question, a cancel or a resume; the newest wins. */
  readonly indexStatus = new Newest<Versioned<IndexStatus>>((s) => (this.index = s));
  // preferences are the user's own edits, not the backend's state: the newest save wins
  private readonly preferenceSaves = new LatestReply();
  /** The folder shown: opened (an event, or an open's reply) or asked for at start-up; the newest wins. */
  private readonly shown = new Newest<Versioned<CorpusInfo>>((c) => {
    this.corpus = c;
    // the head is the whole folder, or the rest follows (the newest listing wins, as ever)
    if (c.head.ids.length < c.articleCount) void this.listed.ask(api.getListing);
  });
  byId = $derived(new Map(this.articles.map((a) => [a.id, a])));

  async init(): Promise<void> {
    api.onCorpusChanged((corpus) => {
      this.shown.offer(corpus);
      this.opening = null;
      void this.refreshRecent();
    });
    api.onOpenProgress((p) => (this.opening = p.done < p.total ? p : null));
    api.onIndexStatus((s) => this.indexStatus.offer(s));
    // a preference changed while the saved ones load wins over them
    const isNewest = this.preferenceSaves.next();
    // the folder is shown the moment it arrives: the library's first rows wait for nothing else
    // (the index status comes from a worker that may be busy loading the index)
    const shown = api.getCorpus().then((corpus) => {
      if (corpus.ok) this.shown.offer(corpus.value);
      else if (this.corpus) {
        // a folder opened while the question was on its way is shown already
      } else if (corpus.error.code === 'no-corpus') this.opening = { done: 0, total: 0 };
      else if (corpus.error.code === 'stale-session') this.staleSession = corpus.error.message;
      else this.error = corpus.error.message;
    });
    const [host, prefs] = await Promise.all([api.getHostInfo(), api.getPreferences(), shown, this.refreshIndex()]);
    if (host.ok) {
      this.host = host.value;
      this.notice = host.value.notice ?? null;
    }
    if (prefs.ok && isNewest()) this.preferences = prefs.value;
    await this.refreshRecent();
  }

  private async refreshIndex(): Promise<void> {
    await this.indexStatus.ask(api.getIndexStatus);
  }

  async refreshRecent(): Promise<void> {
    const recent = await api.getRecentFolders();
    if (recent.ok) this.recentFolders = recent.value;
  }

  /** Opens a folder by path (null: the sample articles); true when it opened. */
  async openFolder(path: string | null): Promise<boolean> {
    this.opening = { done: 0, total: 0 };
    return this.applyOpened(await api.openCorpus(path));
  }

  /** Opens a folder picked in the native dialog; in a browser, asks for a path instead. */
  async chooseFolder(): Promise<boolean> {
    if (!this.host?.nativeDialogs) {
      this.folderDialogOpen = true;
      return false;
    }
    const result = await api.chooseCorpus();
    if (result.ok && result.value === null) return false;
    return this.applyOpened(result as Result<Versioned<CorpusInfo>>);
  }

  private async applyOpened(result: Result<Versioned<CorpusInfo>>): Promise<boolean> {
    if (!result.ok) {
      // another folder was opened meanwhile: that one's progress and answer are what counts
      if (result.error.code === 'cancelled') return false;
      this.opening = null;
      this.error = result.error.message;
      return false;
    }
    this.opening = null;
    this.shown.offer(result.value);
    this.error = null;
    await Promise.all([this.refreshIndex(), this.refreshRecent()]);
    return true;
  }

  /** Shows the folder as the backend now reads it (after a correction). */
  showCorpus(corpus: Versioned<CorpusInfo>): void {
    this.shown.offer(corpus);
  }

  async setPreferences(changes: Partial<Preferences>): Promise<void> {
    this.preferences = { ...this.preferences, ...changes };
    // the backend's copy replaces ours only from the newest save, which includes every change before it
    await this.preferenceSaves.send(
      () => api.setPreferences(changes),
      (saved) => {
        if (saved.ok) this.preferences = saved.value;
      },
    );
  }

  /** Remembers a search the user ran, most recent first. */
  rememberSearch(query: string): void {
    const q = query.trim();
    if (!q) return;
    void this.setPreferences({ recentSearches: [q, ...this.preferences.recentSearches.filter((s) => s !== q)] });
  }
}

export const app = new AppState();
