/**
 * Inside the block found as the article, the parts that are not the article: a list of links, a
 * box of teaser images, a form, a sharing bar, a table of navigation. These are Readability's
 * "conditional cleaning" rules, judged from the counts html-stats.ts made (links, paragraphs,
 * images, list items, inputs, embeds, headings) rather than from fresh DOM queries, and applied
 * while the text is read instead of by removing nodes: nothing is changed, so a second attempt
 * with looser rules costs no new parse.
 */
import { classWeight, isCallMark, isEmbedMark, isShareMark } from './html-weights';
import { isParagraph, linkDensity, type ElementStats, type HtmlNode } from './html-stats';

export interface CleanRules {
  /** Whether class and id names count (off in the last attempts, as in Readability). */
  weights: boolean;
  /** Whether elements are judged by their counts at all. */
  conditional: boolean;
}

/** Elements dropped from the article whatever they hold. */
const ALWAYS = new Set(['FOOTER', 'ASIDE', 'OBJECT', 'EMBED', 'LINK', 'BUTTON', 'NAV']);
/** Elements judged by their counts. */
const JUDGED = new Set(['FORM', 'FIELDSET', 'TABLE', 'UL', 'DIV']);
/** Sharing bars are short; a long element that happens to be named so is not one. */
const SHARE_MAX = 500;

interface Queryable extends HtmlNode {
  querySelector?(selector: string): unknown;
  closest?(selector: string): unknown;
}

/** Whether a table holds data (headers, a caption, many rows) rather than lay out the page. */
function isDataTable(el: Queryable): boolean {
  if (el.getAttribute?.('role') === 'presentation') return false;
  if (el.getAttribute?.('summary') || el.querySelector?.('caption, th, thead, tfoot, colgroup')) return true;
  return false;
}

/** Tags judged as a short block of links, and the length under which they are (trafilatura's). */
const LINK_BLOCK: Record<string, [mid: number, last: number]> = { P: [30, 60], DIV: [100, 300], UL: [100, 300], OL: [100, 300] };

/**
 * A short block that is mostly links ("back", "to the top", a related headline, a list of
 * sections): more than 80% of its words in links, or mostly short links. A block that ends its
 * container may be longer, as trafilatura allows, since link lists gather at the end of an article.
 */
function linkBlock(el: HtmlNode, tag: string, s: ElementStats): boolean {
  const limits = LINK_BLOCK[tag];
  if (!limits || s.linkChars === 0) return false;
  const last = !(el as { nextElementSibling?: unknown }).nextElementSibling;
  if (s.chars < limits[last ? 1 : 0] && s.linkChars > 0.8 * s.chars) return true;
  // a paragraph that is one link and nothing else is a headline of another page, wherever it stands
  return tag === 'P' && s.chars < LINK_PARAGRAPH && s.linkChars >= 0.95 * s.chars;
}

/** Fewest items of a list of links taken for a list of other pages. */
const LINK_LIST_ITEMS = 3;

/** Longest paragraph made only of a link that is taken for another page's headline. */
const LINK_PARAGRAPH = 100;

/**
 * Words of a call to action: the box at the end of an article that asks the reader to subscribe,
 * sign up for a newsletter, donate or support the site, in the languages of the pages read most.
 */
const CALL_WORDS =
  /newsletter|\b(?:sign(?:ing)? up (?:here|now|today|for (?:our|the|free))|subscrib(?:e|ing)|donat(?:e|ion)|support(?:ing)? (?:our|us)\b|become a (?:member|patron|supporter)|abonnier|abonnez|inscrivez|unterstütz(?:e|en) (?:sie )?(?:uns|unsere)|jetzt spenden|soutenez)/i;
/** A call to action is a short block with a link to act on; longer text that names one is prose. */
const CALL_MAX = 200;
/** Tags judged as a call to action. */
const CALL_TAGS = new Set(['P', 'DIV', 'LI']);
/** Class words of a button (a link styled as one: "Print recipe", "Jump to recipe", "Subscribe"). */
const BUTTON = /(?:^|\s|[-_])(?:button|btn)(?:$|\s|[-_])/i;
/** Longest button: past it, an element named so is a container of buttons' neighbours too. */
const BUTTON_MAX = 100;

interface Textual extends HtmlNode {
  textContent?: string | null;
}

/** Whether a short block with a link asks the reader to subscribe, sign up or donate. */
function isCallToAction(el: HtmlNode, tag: string, s: ElementStats): boolean {
  if (!CALL_TAGS.has(tag) || s.linkChars === 0 || s.chars > CALL_MAX) return false;
  return CALL_WORDS.test((el as Textual).textContent ?? '');
}

type Counts = Omit<ElementStats, 'hasBlockChild'>;
const FIELDS = ['chars', 'linkChars', 'commas', 'paragraphs', 'images', 'items', 'inputs', 'embeds', 'headingChars', 'ownChars', 'ownCommas'] as const;

/** Whether `el`, with `s` its counts once the parts removed inside it are taken away, is not the article. */
function judged(el: HtmlNode, s: ElementStats, scores: Map<HtmlNode, number>, rules: CleanRules): boolean {
  const tag = el.nodeName.toUpperCase();
  if (ALWAYS.has(tag)) return true;
  if (rules.weights && /^H[12]$/.test(tag) && classWeight(el) < 0) return true;
  if (rules.weights && tag !== 'BODY' && (isShareMark(el) || isCallMark(el)) && s.chars < SHARE_MAX) return true;
  if (isEmbedMark(el)) return true;
  if (rules.weights && s.chars < BUTTON_MAX && BUTTON.test(el.getAttribute?.('class') ?? '')) return true;
  if (rules.conditional && isCallToAction(el, tag, s)) return true;
  if (rules.conditional && linkBlock(el, tag, s)) return true;
  // a link around headings or paragraphs is a card for another page (a teaser), not this one's text
  if (rules.conditional && tag === 'A' && s.hasBlockChild && el.getAttribute?.('href')) return true;
  if (!rules.conditional || !JUDGED.has(tag)) return false;
  if (tag === 'DIV' && isParagraph(el, s)) return false;
  const q = el as Queryable;
  if (tag === 'TABLE' && isDataTable(q)) return false;
  if (q.closest?.('pre, code, table[summary]')) return false;
  const weight = rules.weights ? classWeight(el) : 0;
  if (weight + (scores.get(el) ?? 0) < 0) return true;
  if (s.commas >= 10) return false;
  const list = tag === 'UL' || tag === 'OL';
  const figure = Boolean(q.closest?.('figure'));
  const items = s.items - 100;
  const headingDensity = s.chars > 0 ? s.headingChars / s.chars : 0;
  const links = linkDensity(s);
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && !figure) return true;
  if (!list && items > s.paragraphs) return true;
  // a list whose every item is a link is a list of other pages (related, most read, see also)
  if (list && s.items >= LINK_LIST_ITEMS && s.linkChars >= 0.9 * s.chars) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (!list && headingDensity < 0.9 && s.chars < 25 && (s.images === 0 || s.images > 2) && !figure) return true;
  if (!list && weight < 25 && links > 0.2) return true;
  if (weight >= 25 && links > 0.5) return true;
  if ((s.embeds === 1 && s.chars < 75) || s.embeds > 1) return true;
  return false;
}

/**
 * The parts below `root` to leave out, by `rules`, with `stats` from html-stats.ts and `scores`
 * the finder's candidate scores, and the characters of `root` that remain. Judged from the
 * innermost out, each element by what is left in it once the parts inside it are gone (a gallery
 * removed from a post does not count against the post), as Readability judges them.
 */
export function cleanParts(
  root: HtmlNode,
  stats: Map<HtmlNode, ElementStats>,
  scores: Map<HtmlNode, number>,
  rules: CleanRules,
): { removed: Set<HtmlNode>; chars: number } {
  const removed = new Set<HtmlNode>();
  // what is left of `el`, with the parts removed inside it subtracted
  const left = (el: HtmlNode, s: ElementStats): Counts => {
    const out: Counts = { ...s };
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const cs = child.nodeType === 1 ? stats.get(child) : undefined;
      if (!cs) continue;
      const kept = left(child, cs);
      const gone = child !== root && judged(child, { ...kept, hasBlockChild: cs.hasBlockChild }, scores, rules);
      if (gone) removed.add(child);
      for (const f of FIELDS) out[f] -= cs[f] - (gone ? 0 : kept[f]);
    }
    return out;
  };
  const s = stats.get(root);
  return { removed, chars: s ? left(root, s).chars : 0 };
}
