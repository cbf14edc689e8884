/**
 * Stories as clusters over the folder's reuse links (a wire text and its N printings is one story).
 *
 * Connected components are the wrong tool: one background paragraph shared by two court reports,
 * or a set phrase of eight words, chains unrelated stories into one (on METER, components put 152
 * texts of many stories together). So: a link that joins stories must share at least two
 * passages' worth of words on both sides (`2 * minWords`); on those links, Louvain's modularity
 * communities split groups that hang together by one thin bridge; an article whose links are all
 * weaker joins the story of the article it shares most of its words with. Links that only state the
 * same facts in other words join nothing: every report of an event would otherwise be one story.
 * An article that shares no passage at all joins a story only through its alike link
 * (story/alike.ts): a clear likeness of its words to one article of that story.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ArticleId } from '../../shared/article';
import type { AlikeLink, ReuseLink } from '../../shared/reuse';
import { DEFAULT_ALIGN_OPTIONS } from '../align/index';

/** Words both sides of a link must share for the link to join two stories. */
export const STORY_LINK_WORDS = 2 * DEFAULT_ALIGN_OPTIONS.minWords;

const byId = (x: ArticleId, y: ArticleId) => (x < y ? -1 : x > y ? 1 : 0);
const linkWeight = (l: ReuseLink) => Math.min(l.sharedWordsA, l.sharedWordsB);

/** Modularity communities of the strong links, as lists of ids. */
function communities(strong: readonly ReuseLink[]): ArticleId[][] {
  const graph = new Graph({ type: 'undirected' });
  // nodes and edges in a fixed order, and no random walk: the same links give the same stories
  const sorted = [...strong].sort((p, q) => byId(p.a, q.a) || byId(p.b, q.b));
  for (const l of sorted) {
    graph.mergeNode(l.a);
    graph.mergeNode(l.b);
    graph.mergeEdge(l.a, l.b, { weight: linkWeight(l) });
  }
  if (graph.order === 0) return [];
  const community = louvain(graph, { getEdgeWeight: 'weight', randomWalk: false });
  const groups = new Map<number, ArticleId[]>();
  for (const [id, c] of Object.entries(community)) {
    let group = groups.get(c);
    if (!group) groups.set(c, (group = []));
    group.push(id);
  }
  return [...groups.values()];
}

/**
 * The article ids of each story of two or more articles, each list sorted; the largest story first.
 * An article that shares no passage joins the story of the article its `alike` link names.
 */
export function clusterLinks(links: readonly ReuseLink[], alike: readonly AlikeLink[] = []): ArticleId[][] {
  const copies = links.filter((l) => l.passages > 0);
  const groups = communities(copies.filter((l) => linkWeight(l) >= STORY_LINK_WORDS));
  const storyOf = new Map<ArticleId, number>();
  groups.forEach((g, i) => g.forEach((id) => storyOf.set(id, i)));
  // each article left out follows the link that holds the largest share of its words
  const best = new Map<ArticleId, { other: ArticleId; share: number }>();
  for (const l of copies) {
    for (const [x, y, share] of [[l.a, l.b, l.sharedA], [l.b, l.a, l.sharedB]] as const) {
      if (storyOf.has(x)) continue;
      const known = best.get(x);
      if (!known || share > known.share || (share === known.share && y < known.other)) best.set(x, { other: y, share });
    }
  }
  // an article without a passage follows the article it is most like (that one shares text)
  for (const l of alike) if (!storyOf.has(l.a) && !best.has(l.a)) best.set(l.a, { other: l.b, share: 0 });
  // attached articles draw in those that follow them, until nothing moves; the rest make stories
  // of their own, joined through each other
  let pending = [...best].sort(([p], [q]) => byId(p, q));
  for (let moved = true; moved; ) {
    moved = false;
    pending = pending.filter(([x, { other }]) => {
      const home = storyOf.get(other);
      if (home === undefined) return true;
      groups[home]!.push(x);
      storyOf.set(x, home);
      moved = true;
      return false;
    });
  }
  const parent = new Map<ArticleId, ArticleId>();
  const root = (x: ArticleId): ArticleId => {
    while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [x, { other }] of pending) {
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(other)) parent.set(other, other);
    const [rx, ro] = [root(x), root(other)];
    if (rx !== ro) parent.set(rx < ro ? ro : rx, rx < ro ? rx : ro);
  }
  const loose = new Map<ArticleId, ArticleId[]>();
  for (const x of parent.keys()) {
    const r = root(x);
    loose.set(r, [...(loose.get(r) ?? []), x]);
  }
  return [...groups, ...loose.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort(byId))
    .sort((x, y) => y.length - x.length || byId(x[0]!, y[0]!));
}

/** The links inside one story (both ends members), copies only. */
export function linksWithin(links: readonly ReuseLink[], members: ReadonlySet<ArticleId>): ReuseLink[] {
  return links.filter((l) => l.passages > 0 && members.has(l.a) && members.has(l.b));
}
