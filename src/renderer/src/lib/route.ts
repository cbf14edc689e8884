/**
 * Where the app is, as a URL hash, so any view can be linked, bookmarked and restored:
 * `#/library`, `#/read/<id>[?q=<text>]`, `#/compare/<idA>/<idB>`, `#/search?q=<text>`, `#/reuse`,
 * `#/story/<id>[?text=<id>]` (the story of an article, drawn against one of its texts),
 * `#/quote?q=<text>` (where a sentence went).
 * An id is the article's path relative to the corpus root, URI-encoded into one segment.
 */

import type { ViewName } from '../../../shared/views';

/** A view's address; every view of the view table (shared/views.ts) has one, and only those. */
export type Route =
  | { view: 'library' }
  | { view: 'read'; id: string; query: string }
  | { view: 'compare'; a: string; b: string }
  | { view: 'search'; query: string }
  | { view: 'reuse' }
  | { view: 'story'; id: string; text: string }
  | { view: 'quote'; text: string; from: string };

function decode(segment: string | undefined): string {
  if (!segment) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads a hash (with or without the leading `#`) into a route; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2) as [string?, string?];
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean);
  switch (parts[0]) {
    case 'read':
      return parts[1] ? { view: 'read', id: decode(parts[1]), query: params.get('q') ?? '' } : { view: 'library' };
    case 'compare':
      return { view: 'compare', a: decode(parts[1]), b: decode(parts[2]) };
    case 'search':
      return { view: 'search', query: params.get('q') ?? '' };
    case 'reuse':
      return { view: 'reuse' };
    case 'story':
      return parts[1] ? { view: 'story', id: decode(parts[1]), text: params.get('text') ?? '' } : { view: 'reuse' };
    case 'quote':
      return { view: 'quote', text: params.get('q') ?? '', from: params.get('from') ?? '' };
    default:
      return { view: 'library' };
  }
}

/** Writes a route as a hash, starting with `#`. */
export function formatRoute(route: Route): string {
  const q = (query: string) => (query ? `?q=${encodeURIComponent(query)}` : '');
  switch (route.view) {
    case 'read':
      return `#/read/${encodeURIComponent(route.id)}${q(route.query)}`;
    case 'compare':
      return `#/compare${route.a ? '/' + encodeURIComponent(route.a) : ''}${route.b ? '/' + encodeURIComponent(route.b) : ''}`;
    case 'search':
      return `#/search${q(route.query)}`;
    case 'reuse':
      return '#/reuse';
    case 'story':
      return `#/story/${encodeURIComponent(route.id)}${route.text ? `?text=${encodeURIComponent(route.text)}` : ''}`;
    case 'quote': {
      const params = new URLSearchParams();
      if (route.text) params.set('q', route.text);
      if (route.from) params.set('from', route.from);
      const search = params.toString();
      return `#/quote${search ? '?' + search : ''}`;
    }
    case 'library':
      return '#/library';
  }
}

// every view of the table has a route and every route a view: the compiler checks both ways
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const routesCoverViews: Same<Route['view'], ViewName> = true;
void routesCoverViews;
