/**
 * Checking a folder cache's header and lists before they are trusted: the file is in the data
 * directory, where a crash, a full disk, another version or a hand edit can leave it parseable but
 * wrong. A cache whose header or lists do not have the promised shape is a cache of nothing, and
 * the folder is read from its files (the tables are checked apart, in folder-cache-layout.ts).
 */
import type { CacheHeader } from './folder-cache-layout';

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isCounts = (v: unknown): v is number[] => Array.isArray(v) && v.every(isCount);

/** Whether a parsed header has the shape `CacheHeader` promises (its parts and the tables are checked apart). */
export function validHeader(h: CacheHeader, version: string, root: string): boolean {
  return (
    isObject(h) &&
    h.version === version &&
    h.root === root &&
    isCount(h.files) &&
    isCount(h.articles) &&
    isCounts(h.fileParts) &&
    isCounts(h.articleParts) &&
    isCount(h.blocks) &&
    isCount(h.markup) &&
    Array.isArray(h.reasons) &&
    h.reasons.every((r) => typeof r === 'string') &&
    isCounts(h.narrow) &&
    isCounts(h.wide) &&
    Array.isArray(h.rejected) &&
    h.rejected.every((r) => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && r[0] >= 0 && r[0] < h.files && Array.isArray(r[1]))
  );
}

/** Whether the parts read hold as many files and articles as the header says, each of its shape. */
export function validLists(files: unknown[] | null, articles: unknown[] | null, h: CacheHeader): boolean {
  return (
    files !== null &&
    articles !== null &&
    files.length === h.files &&
    articles.length === h.articles &&
    files.every((id) => typeof id === 'string') &&
    articles.every((a) => isObject(a) && typeof a.id === 'string')
  );
}
