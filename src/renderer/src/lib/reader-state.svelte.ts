/**
 * What the reader knows: the article shown, a problem reading it, and find in the article (the
 * text looked for, where it occurs, the match the reader is on). An article changed on disk is read
 * again and stays on screen until the new text is in; find's offsets are kept with the text they
 * were found in, since they mean nothing in another. Late replies to an older request are dropped.
 */
import type { Article, Span } from '../../../shared/article';
import { api } from './api';
import { app } from './app-state.svelte';
import { LatestReply } from './latest-reply';

export class ReaderSession {
  /** Raw: an article is plain data, and a 10 MB one behind deep proxies froze the page. */
  article = $state.raw<Article | null>(null);
  problem = $state<string | null>(null);
  findText = $state('');
  findOpen = $state(false);
  /** The match the reader is on, by number. */
  current = $state(0);
  /** Find's answer, with the text it was found in. */
  private found = $state.raw<{ in: Article | null; spans: Span[] }>({ in: null, spans: [] });

  /** Where the find text occurs; a text read again after a change shows none until find has answered for it. */
  matches = $derived(this.found.in !== null && this.found.in === this.article ? this.found.spans : []);

  private readonly reads = new LatestReply();
  private readonly finds = new LatestReply();

  /**
   * The article as the library knows it now: the view reads the article again whenever this
   * changes (another article, another folder, the file changed on disk, a field corrected: the
   * library's row is all of that, and the article read again brings where each field now comes from).
   */
  static stamp(id: string): string {
    return `${app.corpus?.root ?? ''}\u0000${id}\u0000${JSON.stringify(app.byId.get(id) ?? null)}`;
  }

  /** Reads article `id`: another article clears the page, the same one changed on disk stays until the new text is in. */
  async open(id: string): Promise<void> {
    if (this.article?.id !== id) this.article = null;
    this.problem = null;
    await this.reads.send(
      () => api.getArticle(id),
      (result) => {
        if (result.ok) this.article = result.value;
        else this.problem = result.error.message;
      },
    );
  }

  /** Arriving with a query (from a search result): find its words in the article. */
  findQuery(query: string): void {
    this.findText = query;
    this.findOpen = query.length > 0;
  }

  /** Finds the find text in the article shown; true when an answer for them was applied. */
  async find(): Promise<boolean> {
    const text = this.findText.trim();
    const shown = this.article;
    if (!shown || !text) {
      this.finds.next();
      this.found = { in: null, spans: [] };
      return false;
    }
    let applied = false;
    await this.finds.send(
      () => api.findInArticle(shown.id, text),
      (result) => {
        // offsets only mean something in the text they were found in
        if (shown !== this.article || text !== this.findText.trim()) return;
        this.found = { in: shown, spans: result.ok ? result.value : [] };
        this.current = 0;
        applied = true;
      },
    );
    return applied;
  }

  /** Moves to the next (1) or previous (-1) match, round the ends; false when there is none. */
  step(delta: number): boolean {
    const count = this.matches.length;
    if (count === 0) return false;
    this.current = (this.current + delta + count) % count;
    return true;
  }

  closeFind(): void {
    this.findOpen = false;
    this.findText = '';
  }
}
