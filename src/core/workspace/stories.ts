/**
 * The folder's stories, read from a reuse report: the clusters (core/story/clusters.ts), each with
 * its likely origin, and one story seen from one of its texts, every member aligned with that text
 * for its coverage strip. Clusters and origins are computed once per report; a story view's
 * alignments are the comparer's, which keeps every article prepared.
 */
import type { Article, ArticleId } from '../../shared/article';
import type { AlikeLink, ReuseLink, ReuseReport } from '../../shared/reuse';
import type { Story, StoryMember, StoryOrigin, StorySummary } from '../../shared/story';
import { clusterLinks, linksWithin } from '../story/clusters';
import { dateKey, dateMillis, textOrigin } from '../story/origin';
import { ApiFailure, noArticle } from './failure';
import { mergeSpans, sharedSpans, wordsInSpans, type Comparer } from './comparer';

/** Members aligned for a story view; a larger story lists the rest without strips. */
export const STORY_MEMBERS = 200;

const MS_PER_DAY = 86_400_000;

interface Cluster {
  members: ArticleId[];
  links: ReuseLink[];
  /** Members that share no passage, each with its alike link. */
  alike: Map<ArticleId, AlikeLink>;
  summary: StorySummary;
}

/** The member's alike link as the story view shows it, when it joined by likeness. */
function alikeOf(cluster: Cluster, id: ArticleId): Pick<StoryMember, 'alike'> {
  const link = cluster.alike.get(id);
  return link ? { alike: { with: link.b, likeness: link.likeness, terms: link.terms } } : {};
}

export class Stories {
  private readonly clusters: Cluster[];
  private readonly clusterOf = new Map<ArticleId, Cluster>();

  constructor(
    readonly report: ReuseReport,
    private readonly article: (id: ArticleId) => Article | undefined,
  ) {
    const byArticle = new Map((report.alike ?? []).map((l) => [l.a, l]));
    this.clusters = clusterLinks(report.links, report.alike).map((members) => {
      const links = linksWithin(report.links, new Set(members));
      const alike = new Map(members.filter((m) => byArticle.has(m)).map((m) => [m, byArticle.get(m)!]));
      return { members, links, alike, summary: this.summarize(members, links, alike) };
    });
    for (const c of this.clusters) for (const id of c.members) this.clusterOf.set(id, c);
  }

  /** Every story, the largest first. */
  list(): StorySummary[] {
    return this.clusters.map((c) => c.summary);
  }

  /** The key of the story `id` belongs to, or null when it shares no passage with any article. */
  keyOf(id: ArticleId): ArticleId | null {
    return this.clusterOf.get(id)?.summary.key ?? null;
  }

  /**
   * The story of article `id`, drawn against `text` (a member; by default the likely origin, or
   * `id` when no origin is named); null when `id` shares no passage with any article.
   */
  story(comparer: Comparer, id: ArticleId, text?: ArticleId): Story | null {
    const cluster = this.clusterOf.get(id);
    if (!cluster) return null;
    if (text !== undefined && !cluster.members.includes(text)) {
      throw new ApiFailure('invalid-argument', `"${text}" is not in the story of "${id}".`);
    }
    const center = text ?? cluster.summary.origin.id ?? id;
    const base = this.need(center);
    const doc = comparer.document(base);
    const extent = doc.tokens.count === 0 ? { start: 0, end: 0 } : { start: doc.tokens.starts[0]!, end: doc.tokens.ends[doc.tokens.count - 1]! };
    const direct = new Set(cluster.links.filter((l) => l.a === center || l.b === center).map((l) => (l.a === center ? l.b : l.a)));
    const ordered = this.order(cluster.members, center);
    const shown = ordered.slice(0, STORY_MEMBERS);
    const firstDate = this.firstDate(cluster.members);
    const members = shown.map((m): StoryMember => {
      const other = this.need(m);
      const own = comparer.document(other);
      const lagDays = firstDate !== null && other.date ? (dateMillis(other.date) - firstDate) / MS_PER_DAY : null;
      if (m === center) {
        return { id: m, carries: 1, adds: 0, words: own.tokens.count, sharedWords: own.tokens.count, coverage: [extent], shared: [extent], passages: 0, direct: true, lagDays };
      }
      const comparison = comparer.compare(base, other, {}, false);
      const coverage = mergeSpans(sharedSpans(comparison.passages, 'a'));
      const shared = mergeSpans(sharedSpans(comparison.passages, 'b'));
      const sharedWords = wordsInSpans(own, shared);
      return {
        id: m,
        carries: doc.tokens.count === 0 ? 0 : wordsInSpans(doc, coverage) / doc.tokens.count,
        adds: own.tokens.count === 0 ? 0 : 1 - sharedWords / own.tokens.count,
        words: own.tokens.count,
        sharedWords,
        coverage,
        shared,
        passages: comparison.stats.passages,
        direct: direct.has(m),
        lagDays,
        ...alikeOf(cluster, m),
      };
    });
    return { key: cluster.summary.key, text: center, extent, origin: cluster.summary.origin, members, truncated: ordered.length - shown.length };
  }

  private need(id: ArticleId): Article {
    const article = this.article(id);
    if (!article) throw noArticle(id);
    return article;
  }

  /** Earliest dated first (by day unless every date gives a time), then the undated; `center` first among equals. */
  private order(members: readonly ArticleId[], center: ArticleId): ArticleId[] {
    const dates = members.map((id) => this.article(id)?.date ?? null);
    const withTime = dates.every((d) => d === null || d.length > 10);
    const key = new Map(members.map((id, i) => [id, dates[i] ? dateKey(dates[i]!, withTime) : '\uffff']));
    return [...members].sort((x, y) => {
      const kx = key.get(x)!;
      const ky = key.get(y)!;
      if (kx !== ky) return kx < ky ? -1 : 1;
      if (x === center || y === center) return x === center ? -1 : 1;
      return x < y ? -1 : 1;
    });
  }

  private firstDate(members: readonly ArticleId[]): number | null {
    let first: number | null = null;
    for (const id of members) {
      const date = this.article(id)?.date;
      const t = date ? dateMillis(date) : NaN;
      if (Number.isFinite(t) && (first === null || t < first)) first = t;
    }
    return first;
  }

  /** The likely origin, from the members that share text, its reason saying which were left out. */
  private origin(members: ArticleId[], links: ReuseLink[], alike: ReadonlyMap<ArticleId, AlikeLink>): StoryOrigin {
    const origin = textOrigin(members, links, alike, (id) => this.article(id));
    if (alike.size === 0) return origin;
    const left = alike.size === 1 ? 'The article joined by its words alone is left out: it shares no text' : `The ${alike.size} articles joined by their words alone are left out: they share no text`;
    return { ...origin, reason: `${origin.reason} ${left}.` };
  }

  private summarize(members: ArticleId[], links: ReuseLink[], alike: ReadonlyMap<ArticleId, AlikeLink>): StorySummary {
    const metas = members.map((id) => this.article(id));
    const dates = metas.map((m) => m?.date ?? null).filter((d): d is string => d !== null).sort();
    const outlets = new Set(metas.map((m) => m?.outlet ?? null).filter((o) => o !== null));
    const shared = new Map<ArticleId, number>();
    for (const l of links) {
      shared.set(l.a, Math.max(shared.get(l.a) ?? 0, l.sharedWordsA));
      shared.set(l.b, Math.max(shared.get(l.b) ?? 0, l.sharedWordsB));
    }
    return {
      key: members[0]!,
      size: members.length,
      outlets: outlets.size,
      origin: this.origin(members, links, alike),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      sharedWords: [...shared.values()].reduce((n, w) => n + w, 0),
    };
  }
}
