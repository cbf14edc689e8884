/**
 * One article's text to blocks and metadata: the page cut into blocks, markup found, debris
 * classified, then title, outlet and date read off the whole page.
 */
import type { Article, Span } from '../../shared/article';
import { splitBlocks, type ArticleFormat } from './blocks';
import { countWords } from '../text/count-words';
import { isContent } from '../../shared/content';
import { classifyBlock } from './debris';
import { markdownNesting, MARKUP_BUDGET, MAX_NESTING } from './markdown-guard';
import { blockMarkup } from './markup';
import { readMetadata } from './metadata';
import { collapse, toBlock, type PageBlock } from './page';
import { hasWireMarks, wireMarkup } from './wire';

/** What the text alone says of an article (the file adds its id, size, time and encoding). */
export type ParsedArticle = Pick<
  Article,
  'title' | 'titleSource' | 'outlet' | 'date' | 'dateText' | 'words' | 'blocks' | 'outletSource' | 'dateSource' | 'byline' | 'dateClues' | 'dateAmbiguous' | 'notice'
>;

/**
 * Bumped whenever what the readers make of a file changes (this parser, the metadata, dates and
 * debris rules, the Article's fields): a folder's cached articles (folder-cache.ts) of another
 * version are read again. tests/core/corpus/parse-version.test.ts fails until it is bumped.
 */
export const PARSE_VERSION = 2;

/** The format a file name implies: Markdown for `.md`/`.markdown`, plain text otherwise. */
export function formatOf(fileName: string): ArticleFormat {
  return /\.(?:md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

/** Blocks longer than this are body text; the rules and the metadata read only shorter ones. */
const SHORT_BLOCK = 300;

const MARKDOWN_SIGNS = /^ {0,3}(?:#{1,6} \S|[-*_]{3,}\s*$|[-*+] \S|> ?\S)|\*\*\S|\S\*\*|<https?:\/\/|\]\(\S|^!\[/m;

/** Words of the article proper (title, headings, paragraphs). */
export function contentWords(text: string, blocks: PageBlock[]): number {
  let words = 0;
  for (const b of blocks) if (isContent(b.kind)) words += countWords(text, b.start, b.end);
  return words;
}

/** A readable title from a file name: `2024-03_ap-story.txt` -> `2024-03 ap story`. */
export function titleFromFileName(id: string): string {
  const base = id.split('/').pop() ?? id;
  return base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || base;
}

/** A block of wire copy: its paragraph marks hidden. */
function wireBlock(text: string, raw: Span) {
  const markup = wireMarkup(text, raw);
  let visible = '';
  let at = raw.start;
  for (const m of markup) {
    visible += text.slice(at, m.start);
    at = m.end;
  }
  visible += text.slice(at, raw.end);
  return { markup, visible, empty: false };
}

/** Parses an article's text; `id` is its path in the corpus (for the fallback title and format). */
export function parseArticle(text: string, id: string): ParsedArticle {
  let format = formatOf(id);
  // plain text is read for Markdown markup only when some line of it is written in Markdown
  let markdown = format === 'markdown' || MARKDOWN_SIGNS.test(text);
  const wire = format === 'text' && hasWireMarks(text);
  let notice: string | undefined;
  const nesting = markdown && !wire ? markdownNesting(text) : 0;
  if (nesting > MAX_NESTING) {
    // the parser's time grows with the square of the depth: such a file is read as plain text
    markdown = false;
    format = 'text';
    notice = `Read as plain text: its lists or quotes nest ${nesting.toLocaleString('en')} levels deep (Markdown is read up to ${MAX_NESTING}).`;
  }
  let budget = MARKUP_BUDGET;
  const blocks: PageBlock[] = splitBlocks(text, format).map((raw) => {
    const m = wire
      ? { ...wireBlock(text, raw), spent: 0, partial: false }
      : markdown && budget > 0
        ? blockMarkup(text, raw, budget)
        : { markup: [], visible: text.slice(raw.start, raw.end), empty: false, spent: 0, partial: markdown };
    budget -= m.spent;
    if (m.partial && !notice) {
      notice = `Markdown is read for the first ${MARKUP_BUDGET.toLocaleString('en')} markup characters of this file; the rest is shown as written.`;
    }
    // collapsing white space only matters to the rules and metadata that read short blocks
    const visible = m.visible.length <= SHORT_BLOCK ? collapse(m.visible) : m.visible;
    const verdict = classifyBlock(visible, raw.shape, m.empty);
    // fields named rather than spread: a file can hold a hundred thousand blocks
    const block: PageBlock = { start: raw.start, end: raw.end, shape: raw.shape, kind: verdict.kind, markup: m.markup, visible };
    if (verdict.reason !== undefined) block.reason = verdict.reason;
    return block;
  });
  const meta = readMetadata(text, blocks, titleFromFileName(id));
  return { ...meta, words: contentWords(text, blocks), blocks: blocks.map(toBlock), ...(notice ? { notice } : {}) };
}
