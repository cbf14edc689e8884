/**
 * What a person types into the search box, read as a query: words (ranked, all-words matches
 * first), `"exact phrases"`, `-excluded` words and phrases, `+required` words, `prefix*` words,
 * `title:` and `outlet:` filters. The last word, while it is still being typed, may be the start
 * of a longer word. Nothing here throws: junk reads as fewer words, and what was set aside is
 * said in `notices`.
 *
 * lunr's own query syntax (`foo~2`, `title:foo^10`) is not used for typed text: a stray `~`, `^`
 * or `:` in a pasted sentence makes lunr's parser throw.
 */
import { termOfWord } from '../index/analyzer';
import type { ParsedQuery, PrefixMode, QueryClause, QueryWord } from './query-types';
import { scanWords } from '../../text/scan-words';
import { searchWord } from '../../text/search-words';

/** Longest text read; the rest of a pasted page is not a query. */
export const MAX_QUERY_LENGTH = 1000;
/** Most clauses kept: past this a query is a document, and each clause costs a posting walk. */
export const MAX_CLAUSES = 32;

const FIELD = /^(title|outlet):/i;

interface Item {
  sign: '' | '-' | '+';
  field: 'title' | 'outlet' | null;
  quoted: boolean;
  body: string;
  /** The item is the last thing in the text and the text does not end after it. */
  atEnd: boolean;
}

// splits the text into items: whitespace separates, quotes group, a sign and a field may lead
function items(text: string): Item[] {
  const out: Item[] = [];
  let i = 0;
  const n = text.length;
  const isSpace = (c: string) => c <= ' ' || c === '\u00a0' || c === '\u3000';
  while (i < n) {
    while (i < n && isSpace(text[i]!)) i++;
    if (i >= n) break;
    let sign: Item['sign'] = '';
    if ((text[i] === '-' || text[i] === '+') && i + 1 < n && !isSpace(text[i + 1]!)) sign = text[i++] as '-' | '+';
    let field: Item['field'] = null;
    const f = FIELD.exec(text.slice(i, i + 7));
    if (f && i + f[0].length < n && !isSpace(text[i + f[0].length]!)) {
      field = f[1]!.toLowerCase() as 'title' | 'outlet';
      i += f[0].length;
    }
    if (text[i] === '"' || text[i] === '\u201c' || text[i] === '\u201d') {
      const close = text.slice(i + 1).search(/["\u201c\u201d]/);
      const end = close < 0 ? n : i + 1 + close;
      out.push({ sign, field, quoted: true, body: text.slice(i + 1, end), atEnd: false });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(text[i]!)) i++;
    out.push({ sign, field, quoted: false, body: text.slice(start, i), atEnd: i >= n });
  }
  return out;
}

function wordsOf(body: string, prefix: (last: boolean) => PrefixMode): QueryWord[] {
  const spans: [number, number][] = [];
  scanWords(body, 0, body.length, (s, e) => spans.push([s, e]));
  return spans.map(([s, e], k) => {
    const text = body.slice(s, e);
    const norm = searchWord(text);
    return { text, norm, term: norm === '' ? '' : termOfWord(text), prefix: prefix(k === spans.length - 1) };
  });
}

function typedPrefix(body: string, atEnd: boolean, last: boolean): PrefixMode {
  if (!last) return 'none';
  if (body.endsWith('*')) return 'explicit';
  // the word under the cursor: only when nothing (not even a period) follows it
  return atEnd && /[\p{L}\p{N}]$/u.test(body) ? 'typing' : 'none';
}

/** Outlet names compare as lower-case words: `outlet:radio-habana` matches "Radio Habana Cuba". */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Reads typed text as a query. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const notices: string[] = [];
  let text = typeof input === 'string' ? input : '';
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    notices.push(`Only the first ${MAX_QUERY_LENGTH} characters were searched.`);
  }
  // control characters are not text anyone typed
  text = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  // capitals mark an acronym ("US", "WHO") only in text that has lower case too: a query typed
  // with caps lock on is read as if typed in lower case
  if (!/\p{Ll}/u.test(text) && (text.match(/\p{L}{2,}/gu) ?? []).length >= 2) text = text.toLowerCase();
  const clauses: QueryClause[] = [];
  const outlets: string[] = [];
  const excludedOutlets: string[] = [];
  for (const item of items(text)) {
    if (item.field === 'outlet') {
      const key = outletKey(item.body.replace(/\*$/, ''));
      if (key) (item.sign === '-' ? excludedOutlets : outlets).push(key);
      continue;
    }
    const field = item.field === 'title' ? 'title' : 'any';
    const mode = item.sign === '-' ? 'not' : item.sign === '+' || field === 'title' ? 'must' : 'should';
    if (item.quoted) {
      const words = wordsOf(item.body, () => 'none');
      if (words.length === 1) clauses.push({ kind: 'word', words, field, mode: mode === 'should' ? 'must' : mode });
      else if (words.length > 1) clauses.push({ kind: 'phrase', words, field, mode: mode === 'should' ? 'must' : mode });
      continue;
    }
    // a hyphenated or dotted run ("boundary-layer", "U.S.-led") is its words, each a clause: made
    // a phrase it would drop every article that writes them apart
    const words = wordsOf(item.body, (last) => typedPrefix(item.body, item.atEnd, last));
    for (const word of words) clauses.push({ kind: 'word', words: [word], field, mode });
  }
  // a stop word being typed is far likelier the whole word than the start of another: only an
  // explicit `the*` expands
  const kept = clauses.filter((c) => c.kind === 'phrase' || c.words[0]!.term !== '' || c.words[0]!.prefix === 'explicit');
  const dropped = clauses.filter((c) => !kept.includes(c)).map((c) => c.words[0]!.text);
  if (dropped.length > 0 && kept.every((c) => c.mode === 'not') && outlets.length === 0) {
    notices.push(`${quoteList(dropped)} ${dropped.length === 1 ? 'is' : 'are'} too common to search for.`);
  }
  if (kept.length > MAX_CLAUSES) {
    notices.push(`Only the first ${MAX_CLAUSES} words were searched.`);
    kept.length = MAX_CLAUSES;
  }
  return { clauses: kept, outlets, excludedOutlets, notices };
}

function quoteList(words: string[]): string {
  return words.slice(0, 5).map((w) => `"${w}"`).join(', ');
}
