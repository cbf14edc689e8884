/**
 * INTERIM: a plain in-process lunr search so the hosts and the UI can be built and tested while
 * the real engine (core/search) is written. Replaced by createSearchService; do not build on it.
 */
import lunr from 'lunr';
import type { Article, Span } from '../../shared/article';
import type { IndexStatus, SearchQuery, SearchResult } from '../../shared/search';
import type { Corpus } from '../corpus/corpus';
import { CONTENT_KINDS } from '../corpus/debris';
import { tokenize } from '../text/tokenize';
import type { SearchPort } from './ports';

export function createInterimSearch(): SearchPort {
  let index: lunr.Index | null = null;
  let corpus: Corpus | null = null;
  let status: IndexStatus = { state: 'idle', done: 0, total: 0, indexed: 0 };
  const listeners = new Set<(s: IndexStatus) => void>();
  const body = (a: Article) => a.blocks.filter((b) => CONTENT_KINDS.has(b.kind)).map((b) => a.text.slice(b.start, b.end)).join('\n');
  const terms = (text: string) => tokenize(text).norms.map((w) => lunr.stemmer(new lunr.Token(w, {})).toString());
  const build = async (c: Corpus) => {
    corpus = c;
    index = lunr(function () {
      this.ref('id');
      this.field('title', { boost: 3 });
      this.field('body');
      for (const a of c.articles.values()) this.add({ id: a.id, title: a.title, body: body(a) });
    });
    status = { state: 'ready', done: c.articles.size, total: c.articles.size, indexed: c.articles.size };
    listeners.forEach((l) => l(status));
    return status;
  };
  const find = (article: Article, text: string): Span[] => {
    const wanted = new Set(terms(text));
    const t = tokenize(article.text);
    const spans: Span[] = [];
    for (let i = 0; i < t.count; i++) {
      if (wanted.has(lunr.stemmer(new lunr.Token(t.norms[i]!, {})).toString())) spans.push({ start: t.starts[i]!, end: t.ends[i]! });
    }
    return spans;
  };
  return {
    sync: build,
    update: (c) => build(c),
    cancel: () => {},
    status: () => status,
    onStatus: (l) => (listeners.add(l), () => listeners.delete(l)),
    search: (query: SearchQuery): SearchResult => {
      const started = performance.now();
      const words = terms(query.text);
      const found = index && words.length ? index.query((q) => words.forEach((w) => q.term(w, {}))) : [];
      const hits = found.slice(0, query.limit ?? 50).map((r) => {
        const a = corpus!.articles.get(r.ref)!;
        const spans = find(a, query.text);
        const from = Math.max(0, (spans[0]?.start ?? 0) - 80);
        const text = a.text.slice(from, from + 240);
        const highlights = spans.filter((s) => s.end <= from + 240 && s.start >= from).map((s) => ({ start: s.start - from, end: s.end - from }));
        return { id: a.id, title: a.title, outlet: a.outlet, date: a.date, score: r.score, snippet: { text, highlights } };
      });
      return { query: query.text, hits, total: found.length, millis: performance.now() - started };
    },
    findInArticle: find,
    close: async () => {},
  };
}
