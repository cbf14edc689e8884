/**
 * The outlet graph and its layout: one node per outlet (sized by its articles), one edge per pair of
 * outlets whose articles share passages (weighted by the words shared), laid out with d3-force in the
 * backend's thread. The simulation is run to rest in a fixed number of ticks from d3's
 * deterministic start (phyllotaxis positions, seeded jiggle), so the same folder draws the same.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { ArticleId, ArticleMeta } from '../../shared/article';
import type { OutletEdge, OutletGraph, OutletNode } from '../../shared/graph';
import type { OutletLink, ReuseLink } from '../../shared/reuse';

export const GRAPH_WIDTH = 960;
export const GRAPH_HEIGHT = 600;
/** Ticks of the simulation: d3's default cooling reaches rest in about 300. */
const TICKS = 300;
const MIN_R = 6;
const MAX_R = 40;
/** Most of the box the circles may cover: with hundreds of outlets, all are drawn smaller. */
const MAX_FILL = 0.22;
/** Smallest radius a circle is drawn at, however many there are: still a target for the pointer. */
const FLOOR_R = 3;
/** Outlets drawn with their names, the largest first: more names than this overlap into a blur. */
export const NAMED_NODES = 30;
/** Below this radius a circle is too small to carry a name under it when there are more than `NAMED_NODES`. */
const NAMED_R = 12;

interface SimNode extends SimulationNodeDatum {
  index: number;
  r: number;
}

const keyOf = (outlet: string | null) => (outlet === null ? '\u0000unknown' : outlet);

/** The graph of `outlets` (the reuse report's outlet links), with articles counted from `metas`. */
export function outletGraph(metas: readonly Pick<ArticleMeta, 'id' | 'outlet'>[], links: readonly ReuseLink[], outlets: readonly OutletLink[]): OutletGraph {
  const count = new Map<string, { outlet: string | null; articles: number; sharing: Set<ArticleId> }>();
  const outletOf = new Map<ArticleId, string | null>();
  for (const m of metas) {
    outletOf.set(m.id, m.outlet);
    const entry = count.get(keyOf(m.outlet)) ?? { outlet: m.outlet, articles: 0, sharing: new Set<ArticleId>() };
    entry.articles++;
    count.set(keyOf(m.outlet), entry);
  }
  for (const l of links) {
    if (l.passages === 0) continue;
    for (const id of [l.a, l.b]) count.get(keyOf(outletOf.get(id) ?? null))?.sharing.add(id);
  }
  // outlets without shared text still count as nodes only when some text is shared at all
  const entries = [...count.values()].filter((e) => e.sharing.size > 0).sort((x, y) => y.articles - x.articles || keyOf(x.outlet).localeCompare(keyOf(y.outlet)));
  const at = new Map(entries.map((e, i) => [keyOf(e.outlet), i]));
  const most = Math.max(1, ...entries.map((e) => e.articles));
  const radii = entries.map((e) => MIN_R + (MAX_R - MIN_R) * Math.sqrt(e.articles / most));
  const area = radii.reduce((sum, r) => sum + Math.PI * r * r, 0);
  const shrink = Math.min(1, Math.sqrt((MAX_FILL * GRAPH_WIDTH * GRAPH_HEIGHT) / Math.max(1, area)));
  const nodes: OutletNode[] = entries.map((e, i) => ({
    outlet: e.outlet,
    articles: e.articles,
    sharing: e.sharing.size,
    x: 0,
    y: 0,
    r: Math.round(Math.max(FLOOR_R, radii[i]! * shrink) * 10) / 10,
    named: false,
  }));
  const edges: OutletEdge[] = [];
  for (const o of outlets) {
    const source = at.get(keyOf(o.a));
    const target = at.get(keyOf(o.b));
    if (source === undefined || target === undefined || source === target || o.copies === 0) continue;
    edges.push({ source, target, copies: o.copies, wordsSource: o.wordsA, wordsTarget: o.wordsB, firstSource: o.firstA, firstTarget: o.firstB });
  }
  nameLargest(nodes, edges);
  layOut(nodes, edges);
  return { nodes, edges, width: GRAPH_WIDTH, height: GRAPH_HEIGHT };
}

/**
 * Names the `NAMED_NODES` largest outlets (most articles, then most outlets shared with, then by
 * name); when there are more outlets than that, only those drawn large enough for a name to stand apart.
 */
function nameLargest(nodes: OutletNode[], edges: readonly OutletEdge[]): void {
  const degree = new Array<number>(nodes.length).fill(0);
  for (const e of edges) {
    degree[e.source]!++;
    degree[e.target]!++;
  }
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.articles - nodes[a]!.articles || degree[b]! - degree[a]! || a - b);
  const all = nodes.length <= NAMED_NODES;
  for (const i of order.slice(0, NAMED_NODES)) nodes[i]!.named = all || nodes[i]!.r >= NAMED_R;
}

function layOut(nodes: OutletNode[], edges: OutletEdge[]): void {
  const sim: SimNode[] = nodes.map((n, index) => ({ index, r: n.r }));
  const heaviest = Math.max(1, ...edges.map((e) => e.wordsSource + e.wordsTarget));
  const links = edges.map((e) => ({ source: e.source, target: e.target, weight: (e.wordsSource + e.wordsTarget) / heaviest }));
  const simulation = forceSimulation(sim)
    .force('charge', forceManyBody().strength(-120))
    .force('link', forceLink(links).strength((l) => 0.05 + 0.5 * l.weight).distance((l) => 60 + 80 * (1 - l.weight)))
    .force('collide', forceCollide<SimNode>((n) => n.r + 4))
    // outlets that share nothing with the rest would drift off: a weak pull keeps them in the box
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.06))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(TICKS);
  // fit the layout into the box, keeping its proportions
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const pad = MAX_R + 8;
  const [x0, x1, y0, y1] = [Math.min(...xs, 0), Math.max(...xs, 0), Math.min(...ys, 0), Math.max(...ys, 0)];
  const scale = Math.min((GRAPH_WIDTH - 2 * pad) / Math.max(1, x1 - x0), (GRAPH_HEIGHT - 2 * pad) / Math.max(1, y1 - y0), 3);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  nodes.forEach((n, i) => {
    n.x = Math.round((GRAPH_WIDTH / 2 + (xs[i]! - cx) * scale) * 10) / 10;
    n.y = Math.round((GRAPH_HEIGHT / 2 + (ys[i]! - cy) * scale) * 10) / 10;
  });
}
