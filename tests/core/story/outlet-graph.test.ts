import { describe, expect, it } from 'vitest';
import type { OutletLink, ReuseLink } from '../../../src/shared/reuse';
import { GRAPH_HEIGHT, GRAPH_WIDTH, outletGraph } from '../../../src/core/story/outlet-graph';
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
});
