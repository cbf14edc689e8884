/**
 * One folder, one date order. A numeric date such as `01/03/00` reads as 1 March or 3 January;
 * the folder decides, once for every file that writes dates the same way (the same separator and
 * year digits): a date such as `14/12/99` in that layout proves day first (and `12/14/99` month
 * first). Where the folder proves nothing, or contradicts itself, the article's language or
 * country decides (`en-GB`, `.co.uk`: day first; `en-US`: month first); otherwise the date stays
 * ambiguous and says so, rather than being guessed.
 */
import type { Article } from '../../shared/article';

type Order = 'day-first' | 'month-first';

/** The order each layout's own dates prove, over the whole folder; absent when none or both. */
export function provenOrders(articles: Iterable<Article>): Map<string, Order> {
  const seen = new Map<string, Set<Order>>();
  for (const a of articles) {
    const clues = a.dateClues;
    if (!clues?.proves) continue;
    let set = seen.get(clues.layout);
    if (!set) seen.set(clues.layout, (set = new Set()));
    set.add(clues.proves);
  }
  const proven = new Map<string, Order>();
  for (const [layout, orders] of seen) if (orders.size === 1) proven.set(layout, [...orders][0]!);
  return proven;
}

/**
 * Reads every ambiguous date of the folder one way. Safe to run again after the folder changes:
 * each article is read from its clues, not from an earlier decision. A date the user set is
 * left alone.
 */
export function settleDates(articles: Iterable<Article>): void {
  const list = [...articles];
  const proven = provenOrders(list);
  for (const a of list) {
    const readings = a.dateClues?.readings;
    if (!readings || a.corrected?.includes('date')) continue;
    const order = proven.get(a.dateClues!.layout) ?? a.dateClues!.locale;
    if (order) {
      a.date = order === 'day-first' ? readings.dayFirst : readings.monthFirst;
      delete a.dateAmbiguous;
    } else {
      a.date = null;
      a.dateAmbiguous = true;
    }
  }
}
