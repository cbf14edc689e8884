/**
 * The main text of a page: which elements hold the article. Readability's method, the one every
 * open extractor builds on: each paragraph of 25 characters or more scores (one, plus its commas,
 * plus one per hundred characters up to three) for its parent, half for its grandparent and less
 * for the three above; each candidate starts from its tag and its class and id names and is
 * discounted by the share of its text inside links; the best candidate is widened to its parent
 * when several strong candidates share it, and its siblings that score well or read as prose
 * join it; a lead set apart in the page's header comes first (html-lead.ts). When that yields little text the search runs again with looser rules (the page's
 * "unlikely" parts allowed, then names ignored, then no cleaning), and the longest reading wins.
 *
 * Unlike Readability.js this counts every element once (html-stats.ts) and changes nothing in the
 * document: a retry re-counts and never re-parses, so a page costs a few walks, not a few parses.
 */
import { cleanParts } from './html-clean';
import { findLead } from './html-lead';
import { countElements, isHidden, isParagraph, linkDensity, type ElementStats, type HtmlNode } from './html-stats';
import { classWeight, isUnlikely } from './html-weights';

export interface MainText {
  /** The elements that hold the article, in page order. */
  roots: HtmlNode[];
  /** Which elements below them to leave out. */
  skip: (el: HtmlNode) => boolean;
  /** Elements of the page's body, counted on the way. */
  elements: number;
}

interface Attempt {
  unlikely: boolean;
  weights: boolean;
  conditional: boolean;
}

const ATTEMPTS: Attempt[] = [
  { unlikely: true, weights: true, conditional: true },
  { unlikely: false, weights: true, conditional: true },
  { unlikely: false, weights: false, conditional: true },
  { unlikely: false, weights: false, conditional: false },
];

/** Characters below which a reading is taken as a failure and the next attempt runs. */
const ENOUGH = 500;
/** Paragraphs shorter than this score nothing. */
const MIN_PARAGRAPH = 25;
/** Ancestors a paragraph scores for. */
const LEVELS = 5;
/** Strongest candidates compared for a shared ancestor. */
const TOP = 5;
/** Tags scored as paragraphs (and a `div` with no block inside). */
const SCORED = new Set(['P', 'PRE', 'TD', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6']);

function tagScore(tag: string): number {
  if (tag === 'DIV') return 5;
  if (tag === 'PRE' || tag === 'TD' || tag === 'BLOCKQUOTE') return 3;
  if (['ADDRESS', 'OL', 'UL', 'DL', 'DD', 'DT', 'LI', 'FORM'].includes(tag)) return -3;
  if (/^H[1-6]$/.test(tag) || tag === 'TH') return -5;
  return 0;
}

const tagOf = (el: HtmlNode) => el.nodeName.toUpperCase();
const isElement = (n: HtmlNode | null): n is HtmlNode => n !== null && n.nodeType === 1;

/** Scores every candidate of one attempt: candidate -> score before the link discount. */
function scoreCandidates(stats: Map<HtmlNode, ElementStats>, weights: boolean): Map<HtmlNode, number> {
  const scores = new Map<HtmlNode, number>();
  const credit = (from: HtmlNode | null, score: number) => {
    let el = from;
    for (let level = 0; level < LEVELS && isElement(el) && isElement(el.parentNode); level++, el = el.parentNode) {
      if (!scores.has(el)) scores.set(el, tagScore(tagOf(el)) + (weights ? classWeight(el) : 0));
      scores.set(el, scores.get(el)! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  for (const [el, s] of stats) {
    const tag = tagOf(el);
    if (SCORED.has(tag) || (tag === 'DIV' && !s.hasBlockChild)) {
      if (s.chars >= MIN_PARAGRAPH) credit(el.parentNode, 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3));
    } else if (tag === 'DIV' && s.ownChars >= MIN_PARAGRAPH) {
      // text straight inside a container is a paragraph of that container
      credit(el, 1 + s.ownCommas + Math.min(Math.floor(s.ownChars / 100), 3));
    }
  }
  return scores;
}

/** The best candidate, widened as Readability widens it. */
function bestCandidate(scores: Map<HtmlNode, number>, stats: Map<HtmlNode, ElementStats>): { top: HtmlNode; final: Map<HtmlNode, number> } | null {
  const final = new Map<HtmlNode, number>();
  for (const [el, score] of scores) final.set(el, score * (1 - linkDensity(stats.get(el))));
  const ranked = [...final].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  if (ranked.length === 0) return null;
  const topScore = ranked[0]![1];
  let top = ranked[0]![0];
  // several strong candidates under one ancestor: the article is split, take the ancestor
  const strong = ranked.slice(1).filter(([, s]) => s / topScore >= 0.75).map(([el]) => ancestors(el));
  if (strong.length >= 3) {
    for (let p = top.parentNode; isElement(p) && tagOf(p) !== 'BODY'; p = p.parentNode) {
      if (strong.filter((list) => list.includes(p!)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // climb while a parent scores close to the top: a parent that scores more holds more of it
  let last = final.get(top) ?? topScore;
  const threshold = last / 3;
  for (let p = top.parentNode; isElement(p) && tagOf(p) !== 'BODY'; p = p.parentNode) {
    const score = final.get(p);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > last) {
      top = p;
      break;
    }
    last = score;
  }
  // an only child stands for its parent: the parent's siblings may be the article's other parts
  for (let p = top.parentNode; isElement(p) && tagOf(p) !== 'BODY' && elementChildren(p) === 1; p = p.parentNode) top = p;
  return { top, final };
}

function elementChildren(el: HtmlNode): number {
  let n = 0;
  // a DOM may build `childNodes` afresh on each read (linkedom did): read it once
  const children = el.childNodes;
  for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) n++;
  return n;
}

function ancestors(el: HtmlNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (let p = el.parentNode; isElement(p); p = p.parentNode) out.push(p);
  return out;
}

/** The top candidate and those of its siblings that belong with it. */
function withSiblings(top: HtmlNode, final: Map<HtmlNode, number>, stats: Map<HtmlNode, ElementStats>): HtmlNode[] {
  const parent = top.parentNode;
  if (!isElement(parent) || tagOf(top) === 'BODY') return [top];
  const topScore = final.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute?.('class') ?? '';
  const out: HtmlNode[] = [];
  const siblings = parent.childNodes;
  for (let i = 0; i < siblings.length; i++) {
    const sib = siblings[i]!;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const s = stats.get(sib);
    if (!s) continue;
    const bonus = topClass && sib.getAttribute?.('class') === topClass ? topScore * 0.2 : 0;
    if ((final.get(sib) ?? 0) + bonus >= threshold) out.push(sib);
    else if (isParagraph(sib, s)) {
      const links = linkDensity(s);
      if ((s.chars > 80 && links < 0.25) || (s.chars > 0 && s.chars <= 80 && links === 0 && /\.( |$)/.test(textOf(sib)))) out.push(sib);
    }
  }
  return out;
}

interface Textual extends HtmlNode {
  textContent?: string | null;
}
const textOf = (el: HtmlNode) => ((el as Textual).textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Finds the article below `body`; `exclude` names elements never part of it (the byline read
 * apart, the headline shown as the title).
 */
export function findMain(body: HtmlNode, exclude: (el: HtmlNode) => boolean = () => false): MainText {
  let best: { roots: HtmlNode[]; skip: (el: HtmlNode) => boolean; chars: number } | null = null;
  let elements = 0;
  for (const attempt of ATTEMPTS) {
    const left = (el: HtmlNode) => isHidden(el) || exclude(el) || (attempt.unlikely && isUnlikely(el));
    const stats = countElements(body, left);
    elements = Math.max(elements, stats.size);
    const found = bestCandidate(scoreCandidates(stats, attempt.weights), stats);
    const roots = found ? withSiblings(found.top, found.final, stats) : [body];
    const rules = { weights: attempt.weights, conditional: attempt.conditional };
    const removed = new Set<HtmlNode>();
    let chars = 0;
    for (const root of roots) {
      const cleaned = cleanParts(root, stats, found?.final ?? new Map(), rules);
      for (const el of cleaned.removed) removed.add(el);
      chars += cleaned.chars;
    }
    const skip = (el: HtmlNode) => removed.has(el) || left(el);
    if (!best || chars > best.chars) best = { roots, skip, chars };
    if (chars >= ENOUGH) break;
  }
  const roots = best!.roots;
  const lead = roots[0] === body ? null : findLead(body, roots[0]!);
  return { roots: lead ? [lead, ...roots] : roots, skip: best!.skip, elements };
}
