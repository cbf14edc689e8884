/**
 * Title, outlet and date, read off the page as a person would: the heading or the short first
 * line that the body talks about (not the site's tagline above it), the date line near the top,
 * the outlet's closing name or its web address. What the page does not say stays unknown.
 */
import type { ArticleMeta, DateClues, TitleSource } from '../../shared/article';
import { tokenize } from '../text/tokenize';
import { cluesOf, dateCoverage, findDates, leadingDate } from './dates';
import { collapse, type PageBlock } from './page';
import { hostName, outletFromHost } from './outlet';
import { readCredits } from './page-credits';

/** What the page says of itself: the article's fields of the same names, and the date's clues. */
export type PageMetadata = Pick<
  ArticleMeta,
  'title' | 'titleSource' | 'outlet' | 'date' | 'dateText' | 'outletSource' | 'dateSource' | 'byline' | 'dateAmbiguous'
> & { dateClues?: DateClues };

/** How many blocks from the top may hold the title, the date line or a tagline. */
const HEAD_BLOCKS = 6;
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
const SHORT_TITLE_CHARS = 90;

const isContent = (b: PageBlock) => b.kind === 'paragraph' || b.kind === 'heading';
const endsSentence = (s: string) => /[.!?:;,]["'”’)\]]*$/.test(s);

function looksLikeTitle(b: PageBlock): boolean {
  const v = b.visible;
  return (
    isContent(b) && v.length <= MAX_TITLE_CHARS && v.split(' ').length <= MAX_TITLE_WORDS && !endsSentence(v)
  );
}

/** Splits "date 2026-02-26 Title words" into a date line and the rest of the block. */
function splitLeadingDate(text: string, blocks: PageBlock[]): void {
  const i = blocks.findIndex((b, n) => n < HEAD_BLOCKS && isContent(b));
  const block = blocks[i];
  if (!block) return;
  const raw = text.slice(block.start, block.end);
  const found = leadingDate(raw);
  if (!found) return;
  const rest = raw.slice(found.end);
  const restStart = block.start + found.end + (rest.length - rest.trimStart().length);
  if (rest.trim().length === 0 || dateCoverage(raw, found) >= 0.5) {
    block.kind = 'dateline';
    return;
  }
  const dateline: PageBlock = {
    start: block.start,
    end: block.start + found.end,
    shape: 'plain',
    kind: 'dateline',
    markup: [],
    visible: collapse(raw.slice(0, found.end)),
  };
  block.start = restStart;
  block.markup = block.markup.filter((m) => m.start >= restStart);
  block.visible = collapse(text.slice(restStart, block.end));
  blocks.splice(i, 0, dateline);
}

function markDatelines(blocks: PageBlock[]): void {
  blocks.slice(0, HEAD_BLOCKS).forEach((b) => {
    if (!isContent(b) || b.visible.length > 80) return;
    const date = findDates(b.visible)[0];
    if (date && dateCoverage(b.visible, date) >= 0.5) b.kind = 'dateline';
  });
}

function contentWords(s: string): Set<string> {
  return new Set(tokenize(s).norms.filter((w) => w.length > 2 && !STOP.has(w)));
}

const STOP = new Set('the and for with from that this was were are has have had its not but his her their they'.split(' '));

/** Picks the title among the short lines at the top: the one whose words the body repeats most. */
function chooseTitle(text: string, blocks: PageBlock[]): { title: string; source: TitleSource } | null {
  // a title the file itself marks (a page's headline from its metadata) stands
  const marked = blocks.find((b) => b.kind === 'title');
  if (marked) return { title: marked.visible, source: 'metadata' };
  const head = blocks.slice(0, HEAD_BLOCKS);
  const heading = head.find((b) => b.kind === 'heading' || (b.shape === 'heading' && isContent(b)));
  if (heading && heading.visible) {
    heading.kind = 'title';
    return { title: heading.visible, source: 'heading' };
  }
  const firstBody = blocks.findIndex((b) => isContent(b) && !looksLikeTitle(b));
  const candidates = head.filter((b, i) => looksLikeTitle(b) && (firstBody < 0 || i < firstBody));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) {
    candidates[0]!.kind = 'title';
    return { title: candidates[0]!.visible, source: 'first-line' };
  }
  const lastCandidate = candidates[candidates.length - 1]!;
  const bodyText = text.slice(lastCandidate.end, lastCandidate.end + 2000);
  const body = contentWords(bodyText);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    const words = [...contentWords(c.visible)];
    const score = words.length === 0 ? 0 : words.filter((w) => body.has(w)).length / words.length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  for (const c of candidates) {
    if (c === best) break;
    c.kind = 'tagline';
    c.reason = 'site tagline';
  }
  best.kind = 'title';
  return { title: best.visible, source: 'first-line' };
}

function firstSentenceTitle(blocks: PageBlock[]): string | null {
  const first = blocks.find(isContent);
  if (!first) return null;
  const opening = collapse(first.visible.slice(0, 1000));
  const sentence = /^.+?[.!?](?=["'”’)]*(?:\s|$))/.exec(opening)?.[0] ?? opening;
  if (sentence.length <= SHORT_TITLE_CHARS) return sentence.replace(/\s*[.!?]$/, '').trim();
  const cut = sentence.slice(0, SHORT_TITLE_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '') + '…';
}

/** Shortest closing paragraph of prose that an outlet signs its article after. */
const PROSE_CHARS = 40;

/**
 * The outlet's own name when the page closes with it ("Radio Habana Cuba"), after the article's
 * last paragraph of prose. A short capitalised line after a list (a team sheet's "K Clark", the
 * last of a list of nominees, "School Of Rock") is the list's, not a signature.
 */
function closingOutlet(blocks: PageBlock[]): string | null {
  const rest = blocks.filter((b) => isContent(b));
  const last = rest[rest.length - 1];
  if (!last || rest.length < 2) return null;
  const before = rest[rest.length - 2]!.visible;
  if (before.length < PROSE_CHARS || !endsSentence(before)) return null;
  const words = last.visible.split(' ');
  const named =
    last.visible.length <= 40 && words.length <= 6 && !endsSentence(last.visible) && words.every((w) => /^[\p{Lu}\d&]/u.test(w));
  if (!named) return null;
  last.kind = 'outlet';
  return last.visible;
}

function outletFromLinks(blocks: PageBlock[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'link' || b.reason !== 'web address') continue;
    const host = hostName(b.visible);
    if (host) return outletFromHost(host);
  }
  return null;
}

/**
 * Reads title, outlet and date off the page, re-labelling the blocks that hold them (title,
 * dateline, tagline, outlet). `fallbackTitle` is used when the page has no words to title it by.
 */
export function readMetadata(text: string, blocks: PageBlock[], fallbackTitle: string): PageMetadata {
  splitLeadingDate(text, blocks);
  markDatelines(blocks);
  const dateline = blocks.slice(0, HEAD_BLOCKS + 1).find((b) => b.kind === 'dateline');
  const date = dateline ? findDates(dateline.visible)[0] ?? null : null;
  const chosen = chooseTitle(text, blocks);
  const sentence = chosen ? null : firstSentenceTitle(blocks);
  const credits = readCredits(blocks);
  const closing = credits.outlet ? null : closingOutlet(blocks);
  const linked = credits.outlet || closing ? null : outletFromLinks(blocks);
  const outlet = credits.outlet ?? closing ?? linked;
  const meta: PageMetadata = {
    title: chosen?.title ?? sentence ?? fallbackTitle,
    titleSource: chosen?.source ?? (sentence ? 'first-sentence' : 'file-name'),
    outlet,
    date: date?.iso ?? null,
    dateText: date?.text ?? null,
  };
  if (outlet) meta.outletSource = credits.outlet ? 'byline' : closing ? 'text' : 'url';
  if (date) meta.dateSource = 'dateline';
  if (date?.readings) {
    // read one way or the other by the folder (folder-dates.ts); alone, it is not guessed
    meta.date = null;
    meta.dateAmbiguous = true;
  }
  if (credits.byline) meta.byline = credits.byline;
  const clues = date ? cluesOf(date) : undefined;
  if (clues) meta.dateClues = clues;
  return meta;
}
