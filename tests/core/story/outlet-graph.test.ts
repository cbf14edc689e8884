import { describe, expect, it } from 'vitest';
import type { OutletLink, ReuseLink } from '../../../src/shared/reuse';
import { GRAPH_HEIGHT, GRAPH_WIDTH, NAMED_NODES, outletGraph } from '../../../src/core/story/outlet-graph';
import { outletLinks } from '../../../src/core/workspace/reuse-outlets';

const metas = [
  { id: 'w1', outlet: 'Wire' },
  { id: 'w2', outlet: 'Wire' },
  { id: 'w3', outlet: 'Wire' },
  { id: 'h1', outlet: 'Herald' },
  { id: 'c1', outlet: 'Courier' },
  { id: 'u1', outlet: null },
  { id: 'x1', outlet: 'Lonely' },
];
const link = (a: string, b: string, first: ReuseLink['firstPublished']): ReuseLink => ({
  a, b, passages: 1, paraphrases: 0, sharedA: 0.5, sharedB: 0.5, sharedWordsA: 100, sharedWordsB: 80, longestWords: 40, firstPublished: first,
});
const links = [link('w1', 'h1', 'a'), link('w2', 'c1', 'a'), link('w3', 'u1', null), link('w1', 'w2', 'same')];

describe('outletGraph', () => {
  const outlets: OutletLink[] = outletLinks(links, (id) => metas.find((m) => m.id === id)!.outlet);
  const graph = outletGraph(metas, links, outlets);

  it('has a node per outlet that shares text, sized by its articles, the unknown outlet as one', () => {
    expect(graph.nodes.map((n) => [n.outlet, n.articles, n.sharing])).toEqual([
      ['Wire', 3, 3],
      ['Courier', 1, 1],
      ['Herald', 1, 1],
      [null, 1, 1],
    ]);
    expect(graph.nodes[0]!.r).toBeGreaterThan(graph.nodes[1]!.r);
  });

  it('has an edge per pair of different outlets, with who came out first', () => {
    const name = (i: number) => graph.nodes[i]!.outlet;
    const herald = graph.edges.find((e) => [name(e.source), name(e.target)].includes('Herald'))!;
    const wireFirst = name(herald.source) === 'Wire' ? herald.firstSource : herald.firstTarget;
    expect(wireFirst).toBe(1);
    expect(graph.edges).toHaveLength(3);
  });

  it('lays the nodes out inside the box, apart, the same every time', () => {
    for (const n of graph.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(GRAPH_WIDTH);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(GRAPH_HEIGHT);
    }
    const [a, b] = graph.nodes;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(a!.r + b!.r);
    expect(outletGraph(metas, links, outlets)).toEqual(graph);
  });

  it('draws hundreds of outlets smaller, so that they fit the box, and names only the largest', () => {
    // 400 outlets, each printing one wire story: 400 pairs with the wire
    const many = [{ id: 'w', outlet: 'Wire' }, ...Array.from({ length: 400 }, (_, i) => ({ id: `p${i}`, outlet: `Paper ${String(i).padStart(3, '0')}` }))];
    const printed = many.slice(1).map((m) => link('w', m.id, 'a'));
    const big = outletGraph(many, printed, outletLinks(printed, (id) => many.find((m) => m.id === id)!.outlet));
    expect(big.nodes).toHaveLength(401);
    const covered = big.nodes.reduce((sum, n) => sum + Math.PI * n.r * n.r, 0);
    expect(covered / (GRAPH_WIDTH * GRAPH_HEIGHT)).toBeLessThan(0.25);
    expect(Math.min(...big.nodes.map((n) => n.r))).toBeGreaterThanOrEqual(3);
    // 400 circles of one size are too small for names: each is named when chosen
    expect(big.nodes.filter((n) => n.named)).toHaveLength(0);
    // with a few large outlets among them, those (and only so many) carry their names
    const large = Array.from({ length: 40 }, (_, k) => Array.from({ length: 30 }, (_, j) => ({ id: `L${k}-${j}`, outlet: `Large ${k}` }))).flat();
    const printedToo = [...printed, ...Array.from({ length: 40 }, (_, k) => link('w', `L${k}-0`, 'a'))];
    const metasToo = [...many, ...large];
    const mixed = outletGraph(metasToo, printedToo, outletLinks(printedToo, (id) => metasToo.find((m) => m.id === id)!.outlet));
    const named = mixed.nodes.filter((n) => n.named);
    expect(named).toHaveLength(NAMED_NODES);
    expect(named.every((n) => n.outlet?.startsWith('Large '))).toBe(true);
    // a small folder's outlets keep their sizes, and all are named
    expect(graph.nodes.every((n) => n.named)).toBe(true);
    expect(graph.nodes[0]!.r).toBe(40);
  });
});
