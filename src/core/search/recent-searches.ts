/**
 * The list of recent searches the search box offers: most recent first, each query once (the
 * latest spelling kept), blank and junk entries left out, at most `RECENT_LIMIT`. Pure, so the
 * app keeps the list wherever it keeps settings.
 */

export const RECENT_LIMIT = 12;
/** Longer text is a pasted page, not a search anyone wants offered again. */
const LONGEST = 200;

/** The list after `text` was searched. */
export function rememberSearch(recent: readonly string[], text: string, limit = RECENT_LIMIT): string[] {
  const query = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : '';
  const kept = recent.filter((r) => typeof r === 'string' && r.trim() !== '');
  if (query === '' || query.length > LONGEST || !/[\p{L}\p{N}]/u.test(query)) return kept.slice(0, limit);
  const key = query.toLowerCase();
  return [query, ...kept.filter((r) => r.trim().replace(/\s+/g, ' ').toLowerCase() !== key)].slice(0, limit);
}
