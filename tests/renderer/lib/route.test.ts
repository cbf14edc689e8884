import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../src/renderer/src/lib/route';

describe('routes', () => {
  it.each<[string, Route]>([
    ['#/library', { view: 'library' }],
    ['', { view: 'library' }],
    ['#/read/001.txt', { view: 'read', id: '001.txt', query: '' }],
    ['#/read/2024%2Fap%20story.txt?q=troops%20withdrawal', { view: 'read', id: '2024/ap story.txt', query: 'troops withdrawal' }],
    ['#/compare/a.txt/b%2Fc.md', { view: 'compare', a: 'a.txt', b: 'b/c.md' }],
    ['#/compare/a.txt', { view: 'compare', a: 'a.txt', b: '' }],
    ['#/search?q=%22exact%20phrase%22%20-x', { view: 'search', query: '"exact phrase" -x' }],
    ['#/reuse', { view: 'reuse' }],
    ['#/nonsense/route', { view: 'library' }],
    ['#/read/%E0%A4%A', { view: 'read', id: '%E0%A4%A', query: '' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { view: 'read', id: 'folder/with space/ü.txt', query: 'a & b?' },
    { view: 'compare', a: 'x/y.txt', b: 'z.md' },
    { view: 'search', query: 'outlet:"Radio Habana" -cuba' },
    { view: 'library' },
    { view: 'reuse' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
