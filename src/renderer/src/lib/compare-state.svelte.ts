/**
 * What the compare view knows: the two articles, their comparison, the alignment parameters the
 * reader has set, and the passage the reader is on. The texts show as soon as both articles
 * arrive; the comparison (run in the workspace worker, never on this thread) fills in the
 * passages when it lands. A parameter change re-runs the comparison while the old one stays on
 * screen, and a late answer to an older request is dropped.
 */
import type { Article } from '../../../shared/article';
import type { AlignOptions, Comparison } from '../../../shared/comparison';
import { sameFile } from '../../../shared/listing';
import { api } from './api';
import { app } from './app-state.svelte';
import { movedPassages, passageRows, type PassageRow } from './compare-passages';

/** How long a parameter must stay put before the comparison re-runs (a slider being dragged). */
const SETTLE_MS = 180;

/** The parameters last set, kept for the next pair the reader opens (until the window closes). */
let remembered: AlignOptions | null = null;

export class CompareSession {
  a = $state('');
  b = $state('');
  /** Raw state: an article is a large, read-only value; proxying it deeply would only cost. */
  articles = $state.raw<{ a: Article | null; b: Article | null }>({ a: null, b: null });
  comparison = $state.raw<Comparison | null>(null);
  options = $state.raw<AlignOptions | null>(remembered);
  /** A comparison is being computed (the first, or after a parameter change). */
  comparing = $state(false);
  problem = $state<string | null>(null);
  /** The passage the reader is on, by number; null before they pick one. */
  current = $state<number | null>(null);

  rows = $derived.by<PassageRow[]>(() => {
    const { a, b } = this.articles;
    return this.comparison && a && b ? passageRows(this.comparison, a, b) : [];
  });
  moved = $derived(movedPassages(this.comparison));

  // a private cache that nothing renders: a plain Map on purpose
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private cache = new Map<string, Article>();
  private request = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows the pair `a`, `b` (either may be empty while the reader picks). */
  async open(a: string, b: string): Promise<void> {
    const pairChanged = a !== this.a || b !== this.b;
    this.a = a;
    this.b = b;
    if (pairChanged) {
      this.comparison = null;
      this.current = null;
    }
    this.problem = null;
    if (!a || !b) {
      this.articles = { a: null, b: null };
      return;
    }
    performance.mark('parallax:compare:open');
    // the comparison this opening ends with uses the options as they stand: a pending one from a
    // change of options would only bump the request and leave this pair's articles unshown
    clearTimeout(this.timer);
    const seq = ++this.request;
    const [ra, rb] = await Promise.all([this.article(a), this.article(b)]);
    if (seq !== this.request) return;
    if (!ra.ok || !rb.ok) {
      this.problem = (!ra.ok ? ra.error : !rb.ok ? rb.error : null)?.message ?? 'Could not open the articles.';
      return;
    }
    this.articles = { a: ra.value, b: rb.value };
    performance.mark('parallax:compare:articles');
    await this.compare(seq);
  }

  /** Changes alignment parameters; the comparison follows once they settle. */
  setOptions(changes: Partial<AlignOptions>): void {
    if (!this.options) return;
    this.options = remembered = { ...this.options, ...changes };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.compare(++this.request), SETTLE_MS);
  }

  /** Back to the engine's defaults. */
  async resetOptions(): Promise<void> {
    const defaults = await api.getAlignDefaults();
    if (defaults.ok) this.setOptions(defaults.value);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.request++;
  }

  private async compare(seq: number): Promise<void> {
    if (!this.options) {
      const defaults = await api.getAlignDefaults();
      if (seq !== this.request) return;
      this.options = defaults.ok ? defaults.value : null;
    }
    this.comparing = true;
    const result = await api.compare(this.a, this.b, this.options ?? undefined);
    if (seq !== this.request) return;
    this.comparing = false;
    if (!result.ok) {
      this.problem = result.error.message;
      return;
    }
    this.comparison = result.value;
    performance.mark('parallax:compare:compared');
    if (this.current !== null && !result.value.passages.some((p) => p.k === this.current)) this.current = null;
  }

  private async article(id: string) {
    const cached = this.cache.get(id);
    const meta = app.byId.get(id);
    // a file changed on disk since it was fetched: fetch it again
    if (cached && (!meta || sameFile(meta, cached))) return { ok: true as const, value: cached };
    const result = await api.getArticle(id);
    if (result.ok) {
      // two sides and a swap or two: a handful is plenty
      if (this.cache.size >= 6) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(id, result.value);
    }
    return result;
  }
}
