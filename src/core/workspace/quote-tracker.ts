/**
 * Where a quote went: the search index proposes the articles likeliest to carry it, and the aligner
 * confirms each, so an edited quote ("two hundred and forty families" printed as "240 families")
 * is found with its edits and a quote that merely shares words with an article is not.
 *
 * Unlike a comparison, the quote is aligned without the folder's statistics: a sentence carried by
 * many articles is boilerplate to the reuse map, and exactly what a quote search looks for.
 */
import type { Article, ArticleId } from '../../shared/article';
import type { QuoteMatch, QuoteResult } from '../../shared/quote';
import type { EditOp, Passage } from '../../shared/comparison';
import { alignDocuments, prepareDocument, type AlignDocument } from '../align/index';
import { tokenize } from '../text/tokenize';
import type { Comparer } from './comparer';
import { dateKey } from '../story/origin';

/** Articles the index proposes for the aligner to check: the top of its ranking. */
export const QUOTE_CANDIDATES = 120;
/** Candidates scoring under this share of the best one share a word or two, not the quote. */
export const QUOTE_FLOOR = 0.15;
/** Longest quote tracked, in characters: a paragraph, not an article. */
export const MAX_QUOTE = 2000;

/** Words an article must carry unchanged of a quote of `words` words: most of a short one, eight of a long one. */
export function keptNeeded(words: number): number {
  return Math.min(8, Math.max(3, Math.ceil(words * 0.7)));
}

/** Words of the quote inside the passages' equal runs. */
function equalWords(quote: AlignDocument, passages: readonly Passage[]): number {
  const equal = passages.flatMap((p) => p.edits.flatMap((e) => (e.op === 'equal' ? [e.a] : [])));
  let n = 0;
  for (let i = 0; i < quote.tokens.count; i++) {
    const at = quote.tokens.starts[i]!;
    if (equal.some((s) => s.start <= at && at < s.end)) n++;
  }
  return n;
}

/** The edits (in reading order) without the article's words before the quote's first word and after its last. */
function trimContext(edits: EditOp[]): EditOp[] {
  let from = 0;
  let to = edits.length;
  while (from < to && edits[from]!.op === 'insert') from++;
  while (to > from && edits[to - 1]!.op === 'insert') to--;
  return edits.slice(from, to);
}

/** Words of a prepared document starting inside `span`. */
function wordsIn(doc: AlignDocument, span: { start: number; end: number }): number {
  let n = 0;
  for (let i = 0; i < doc.tokens.count; i++) {
    const at = doc.tokens.starts[i]!;
    if (at >= span.start && at < span.end) n++;
  }
  return n;
}

/** The matches of `text` among `candidates`, in order: earliest dated first, then the closest. */
export function trackQuote(
  text: string,
  candidates: readonly ArticleId[],
  comparer: Comparer,
  article: (id: ArticleId) => Article | undefined,
): Omit<QuoteResult, 'millis' | 'candidates'> {
  const quote = prepareDocument(tokenize(text));
  const words = quote.tokens.count;
  const need = keptNeeded(words);
  const matches: QuoteMatch[] = [];
  if (words === 0) return { text, words, matches };
  for (const id of candidates) {
    const other = article(id);
    if (!other) continue;
    const doc = comparer.document(other);
    const passages = alignDocuments(quote, doc, { minWords: need, paraphrase: false, lifted: true }, { edits: true });
    const kept = passages.filter((p) => p.kind !== 'paraphrase' && p.words.keptA > 0);
    // the bar is on the words carried unchanged: a sentence of common words and one name, edited
    // into another, keeps enough words in the diff's accounting and shares no quote
    const equal = equalWords(quote, kept);
    if (kept.length === 0 || equal < need) continue;
    // the article's sentence goes on before and after the words quoted: that is context, not an edit
    const edits = trimContext(kept.flatMap((p) => p.edits));
    const sided = edits.filter((e) => e.op !== 'delete') as Exclude<EditOp, { op: 'delete' }>[];
    if (sided.length === 0) continue;
    const span = { start: Math.min(...sided.map((e) => e.b.start)), end: Math.max(...sided.map((e) => e.b.end)) };
    const articleWords = wordsIn(doc, span);
    const verbatim = equal === words && edits.every((e) => e.op === 'equal');
    matches.push({
      id,
      kind: verbatim ? 'verbatim' : 'edited',
      keptWords: kept.reduce((n, p) => n + p.words.keptA, 0),
      similarity: (2 * equal) / (words + articleWords),
      span,
      excerpt: other.text.slice(span.start, span.end),
      edits,
    });
  }
  const dates = matches.map((m) => article(m.id)?.date ?? null);
  const withTime = dates.every((d) => d === null || d.length > 10);
  const key = new Map(matches.map((m, i) => [m.id, dates[i] ? dateKey(dates[i]!, withTime) : '\uffff']));
  matches.sort((x, y) => {
    const kx = key.get(x.id)!;
    const ky = key.get(y.id)!;
    if (kx !== ky) return kx < ky ? -1 : 1;
    return y.keptWords - x.keptWords || y.similarity - x.similarity || (x.id < y.id ? -1 : 1);
  });
  return { text, words, matches };
}

/**
 * A quote tracked through the folder: the index's candidates (`candidates`, null while the index
 * is being built) confirmed by the aligner, with what the answer leaves out said in its notice.
 */
export function quoteInFolder(
  text: string,
  candidates: (quote: string, limit: number, floor: number) => ArticleId[] | null,
  comparer: Comparer,
  article: (id: ArticleId) => Article | undefined,
): QuoteResult {
  const started = performance.now();
  const quote = text.slice(0, MAX_QUOTE);
  const ids = candidates(quote, QUOTE_CANDIDATES, QUOTE_FLOOR);
  const found = trackQuote(quote, ids ?? [], comparer, article);
  const notice =
    ids === null
      ? 'The search index is still being built: quotes are found once it is ready.'
      : text.length > MAX_QUOTE
        ? `Only the first ${MAX_QUOTE.toLocaleString('en')} characters are tracked.`
        : undefined;
  return { ...found, candidates: ids?.length ?? 0, millis: Math.round(performance.now() - started), ...(notice ? { notice } : {}) };
}
