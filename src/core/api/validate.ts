/**
 * Checking what crosses into the backend. Every ParallaxApi call arrives from another process
 * (IPC, HTTP) as untyped data; each method's arguments are checked here, once for every host,
 * before anything runs. A bad call gets an `invalid-argument` error naming what was wrong.
 */
import { METHODS, type MethodName } from '../../shared/api';

type Check = (value: unknown) => string | null;

const MAX_TEXT = 10_000;
const MAX_PATH = 4096;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first key of `v` not among `allowed`, if any: unknown fields are refused, not carried along. */
const unknownKey = (v: Record<string, unknown>, allowed: readonly string[]) => Object.keys(v).find((k) => !allowed.includes(k));

const articleId: Check = (v) =>
  typeof v !== 'string' || v.length === 0 || v.length > MAX_PATH ? 'an article id (a non-empty string)' : null;

const folder: Check = (v) =>
  v === null || (typeof v === 'string' && v.length > 0 && v.length <= MAX_PATH && !v.includes('\0'))
    ? null
    : 'a folder path (a string) or null';

const text: Check = (v) => (typeof v === 'string' && v.length <= MAX_TEXT ? null : `a string of at most ${MAX_TEXT} characters`);

const isoDate = (v: unknown) => v === undefined || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));

const searchQuery: Check = (v) => {
  if (!isObject(v) || typeof v.text !== 'string' || v.text.length > MAX_TEXT) return 'a search query { text, ... }';
  const extra = unknownKey(v, ['text', 'outlets', 'dateFrom', 'dateTo', 'sort', 'limit', 'offset']);
  if (extra) return `a search query without "${extra}"`;
  if (v.outlets !== undefined && !(Array.isArray(v.outlets) && v.outlets.every((o) => typeof o === 'string')))
    return 'outlets as a list of names';
  if (!isoDate(v.dateFrom) || !isoDate(v.dateTo)) return 'dates as YYYY-MM-DD';
  if (v.sort !== undefined && v.sort !== 'relevance' && v.sort !== 'date') return 'sort by "relevance" or "date"';
  if (v.limit !== undefined && !(Number.isInteger(v.limit) && (v.limit as number) > 0 && (v.limit as number) <= 10_000))
    return 'a limit between 1 and 10000';
  if (v.offset !== undefined && !(Number.isInteger(v.offset) && (v.offset as number) >= 0 && (v.offset as number) <= 10_000_000))
    return 'an offset of 0 or more hits';
  return null;
};

const alignOptions: Check = (v) => {
  if (v === undefined) return null;
  if (!isObject(v)) return 'alignment options as an object';
  const extra = unknownKey(v, ['minWords', 'fuzziness', 'paraphrase', 'lifted', 'granularity']);
  if (extra) return `alignment options without "${extra}"`;
  const { minWords, fuzziness, paraphrase, lifted, granularity } = v;
  if (minWords !== undefined && !(Number.isInteger(minWords) && (minWords as number) >= 1 && (minWords as number) <= 500))
    return 'minWords between 1 and 500';
  if (fuzziness !== undefined && !(typeof fuzziness === 'number' && fuzziness >= 0 && fuzziness <= 1))
    return 'fuzziness between 0 and 1';
  if (paraphrase !== undefined && typeof paraphrase !== 'boolean') return 'paraphrase as true or false';
  if (lifted !== undefined && typeof lifted !== 'boolean') return 'lifted as true or false';
  if (granularity !== undefined && granularity !== 'word' && granularity !== 'char') return 'granularity "word" or "char"';
  return null;
};

const tableKind: Check = (v) => (v === 'pairs' || v === 'outlets' || v === 'story' ? null : 'a table, "pairs", "outlets" or "story"');
const tableFormat: Check = (v) => (v === 'csv' || v === 'json' ? null : 'a table format, "csv" or "json"');

const exportFormat: Check = (v) => (v === 'html' || v === 'json' ? null : 'an export format, "html" or "json"');

const preferences: Check = (v) => {
  if (!isObject(v)) return 'preferences as an object';
  const extra = unknownKey(v, ['theme', 'recentSearches', 'syncScroll']);
  if (extra) return `preferences without "${extra}"`;
  const { theme, recentSearches, syncScroll } = v;
  if (theme !== undefined && theme !== 'system' && theme !== 'light' && theme !== 'dark') return 'theme "system", "light" or "dark"';
  if (
    recentSearches !== undefined &&
    !(Array.isArray(recentSearches) && recentSearches.length <= 50 && recentSearches.every((q) => typeof q === 'string' && q.length <= 500))
  )
    return 'recentSearches as at most 50 strings';
  if (syncScroll !== undefined && typeof syncScroll !== 'boolean') return 'syncScroll as true or false';
  return null;
};

/** Most articles one correction names: a whole large folder at once. */
const MAX_IDS = 200_000;
/** Longest corrections CSV taken at once. */
const MAX_CSV = 900_000;

const articleIds: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.length <= MAX_IDS && v.every((id) => articleId(id) === null)
    ? null
    : `a list of 1 to ${MAX_IDS} article ids`;

const correction: Check = (v) => {
  if (!isObject(v)) return 'a correction { title, outlet, date }';
  const extra = unknownKey(v, ['title', 'outlet', 'date']);
  if (extra) return `a correction without "${extra}"`;
  if (Object.keys(v).length === 0) return 'a correction of at least one field';
  for (const key of ['title', 'outlet'] as const) {
    const f = v[key];
    if (f !== undefined && f !== null && !(typeof f === 'string' && f.length <= 500)) return `${key} as text of at most 500 characters, or null`;
  }
  if (v.date !== undefined && v.date !== null && !(typeof v.date === 'string' && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(v.date)))
    return 'date as YYYY-MM-DD, or null';
  return null;
};

const csv: Check = (v) => (typeof v === 'string' && v.length <= MAX_CSV ? null : `CSV text of at most ${MAX_CSV} characters`);

const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));
/** An optional argument that JSON may carry as null (an `undefined` inside a list is sent as null). */
const nullable = (check: Check): Check => (v) => (v === undefined || v === null ? null : check(v));

/** The expected arguments of every request method, in order. */
const SIGNATURES: Record<MethodName, Check[]> = {
  getHostInfo: [],
  getCorpus: [],
  getListing: [],
  openCorpus: [folder],
  chooseCorpus: [],
  getRecentFolders: [],
  getPreferences: [],
  setPreferences: [preferences],
  getArticle: [articleId],
  correctArticles: [articleIds, correction],
  exportCorrections: [],
  importCorrections: [csv],
  compare: [articleId, articleId, optional(alignOptions)],
  getAlignDefaults: [],
  exportComparison: [articleId, articleId, exportFormat, optional(alignOptions)],
  search: [searchQuery],
  findInArticle: [articleId, text],
  getIndexStatus: [],
  cancelIndexing: [],
  resumeIndexing: [],
  startReuse: [],
  cancelReuse: [],
  getReuse: [],
  getStories: [],
  getStory: [articleId, nullable(articleId)],
  trackQuote: [text],
  getOutletGraph: [],
  exportTable: [tableKind, tableFormat, nullable(articleId), nullable(articleId)],
};

/** Whether `name` is a method of the API (and not, say, `__proto__`). */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(METHODS, name);
}

/** Returns null when `args` fit `method`, else a sentence saying what was expected. */
export function validateArgs(method: MethodName, args: unknown): string | null {
  const checks = SIGNATURES[method];
  if (!Array.isArray(args)) return `${method} expects a list of arguments`;
  if (args.length > checks.length) return `${method} takes ${checks.length} argument(s), got ${args.length}`;
  for (let i = 0; i < checks.length; i++) {
    const problem = checks[i]!(args[i]);
    if (problem) return `${method}: argument ${i + 1} should be ${problem}`;
  }
  return null;
}
