/**
 * The filters beside the ranking: outlets (picked in the UI, or typed as `outlet:`), excluded
 * outlets (`-outlet:`), and a date range. They read the index's display fields, so they work the
 * same whether or not the articles are in memory.
 */
import type { SearchQuery } from '../../../shared/search';
import { outletKey } from './query-parser';
import type { DocMeta, SearchIndex } from '../index/search-index';

export interface Filters {
  /** Outlets picked from the list: exact names. */
  outlets: string[];
  /** Outlets typed as `outlet:`: words an outlet's name must contain. */
  typedOutlets: string[];
  excludedOutlets: string[];
  /** Inclusive `YYYY-MM-DD` bounds. */
  dateFrom: string | null;
  dateTo: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A bound as `YYYY-MM-DD`, or null when absent or not a date (a bad bound filters nothing rather than everything). */
function bound(value: string | undefined): string | null {
  if (typeof value !== 'string') return null;
  const day = DAY.exec(value.trim())?.[0];
  return day ?? null;
}

export function filtersOf(query: SearchQuery, typed: string[], excluded: string[]): Filters {
  return {
    outlets: Array.isArray(query.outlets) ? query.outlets.filter((o) => typeof o === 'string').map(outletKey) : [],
    typedOutlets: typed,
    excludedOutlets: excluded,
    dateFrom: bound(query.dateFrom),
    dateTo: bound(query.dateTo),
  };
}

export function isFiltering(f: Filters): boolean {
  return f.outlets.length + f.typedOutlets.length + f.excludedOutlets.length > 0 || f.dateFrom !== null || f.dateTo !== null;
}

// a typed outlet matches whole words of the name, the last one possibly still being typed
function mentions(name: string, typed: string): boolean {
  return ` ${name}`.includes(` ${typed}`);
}

/** Whether one article passes the filters. */
export function passes(meta: DocMeta, f: Filters): boolean {
  const outlet = meta.outlet === null ? '' : outletKey(meta.outlet);
  if (f.outlets.length > 0 && !f.outlets.includes(outlet)) return false;
  if (f.typedOutlets.length > 0 && !f.typedOutlets.some((t) => mentions(outlet, t))) return false;
  if (f.excludedOutlets.some((t) => mentions(outlet, t))) return false;
  if (f.dateFrom !== null || f.dateTo !== null) {
    const day = meta.date?.slice(0, 10);
    if (!day) return false;
    if (f.dateFrom !== null && day < f.dateFrom) return false;
    if (f.dateTo !== null && day > f.dateTo) return false;
  }
  return true;
}

/** The articles the filters let through, flagged by article number; null when nothing filters. */
export function allowedArticles(index: SearchIndex, f: Filters, exists?: (id: string) => boolean): Uint8Array | null {
  if (!isFiltering(f) && !exists) return null;
  const allowed = new Uint8Array(index.count);
  for (let n = 0; n < index.count; n++) {
    const meta = index.meta[n]!;
    if ((!exists || exists(meta.id)) && passes(meta, f)) allowed[n] = 1;
  }
  return allowed;
}

/** Outlets of the indexed articles with their article counts, most articles first: the filter's list. */
export function outletCounts(metas: Iterable<DocMeta>): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of metas) if (m.outlet) counts.set(m.outlet, (counts.get(m.outlet) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
