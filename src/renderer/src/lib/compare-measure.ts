/**
 * Where each passage sits in a column, read from the DOM once per layout. A passage runs from
 * its first highlighted run to its last (it can span paragraphs); its extent is the top of the
 * first run's first line and the bottom of the last run's last line, in content pixels of the
 * scrolling column (0 = the top of its content, whatever the scroll position).
 */
import type { Extent } from './compare-scroll';

/** A read-only empty map, for columns not measured yet. */
export const NO_EXTENTS: ReadonlyMap<number, Extent> = new Map();

export function measurePassages(pane: HTMLElement): Map<number, Extent> {
  const base = pane.getBoundingClientRect().top + pane.clientTop - pane.scrollTop;
  // one pass over the highlighted runs; only the first and last of each passage are measured
  const first = new Map<number, Element>();
  const last = new Map<number, Element>();
  for (const el of pane.querySelectorAll('[data-passage]')) {
    const k = Number(el.getAttribute('data-passage'));
    if (!first.has(k)) first.set(k, el);
    last.set(k, el);
  }
  const extents = new Map<number, Extent>();
  for (const [k, el] of first) {
    extents.set(k, { top: el.getBoundingClientRect().top - base, bottom: last.get(k)!.getBoundingClientRect().bottom - base });
  }
  return extents;
}
