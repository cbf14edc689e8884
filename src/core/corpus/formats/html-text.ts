/**
 * An element's text as blocks: paragraphs, headings, list items, quotes and captions, each a span
 * of one string with a blank line between blocks, white space collapsed as a browser shows it.
 * An element's `textContent` runs paragraphs split by `<br><br>` into one: walking the elements
 * keeps every break a reader sees.
 */
import type { BlockKind } from '../../../shared/article';
import type { LineShape } from '../blocks';
import type { ExtractedBlock } from './types';

/** Elements that start and end a block of their own. */
const BLOCK_TAGS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE FIGURE FIGCAPTION TABLE THEAD TBODY TFOOT TR TD TH CAPTION ADDRESS DETAILS SUMMARY FORM FIELDSET CENTER'.split(' '),
);
/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT EMBED CANVAS SELECT BUTTON INPUT TEXTAREA HEAD TITLE META LINK'.split(' '));

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

interface Style {
  shape: LineShape;
  kind?: BlockKind;
  reason?: string;
  pre: boolean;
}

/** Builds one text out of blocks, keeping each block's span. */
export class BlockText {
  text = '';
  readonly blocks: ExtractedBlock[] = [];
  private line = '';
  private style: Style = { shape: 'plain', pre: false };

  /** Adds a whole block of text as it is (a title, a byline). */
  add(words: string, shape: LineShape, kind?: BlockKind, reason?: string): void {
    this.flush();
    const clean = words.replace(/\s+/g, ' ').trim();
    if (clean) this.push(clean, { shape, kind, reason, pre: false });
  }

  /** Adds the text below `node`, block by block, leaving out the elements `skip` names. */
  walk(node: DomNode, skip?: (el: DomNode) => boolean): void {
    if (node.nodeType === 3) {
      this.inline(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag) || (node.nodeType === 1 && skip?.(node))) return;
    if (tag === 'BR') {
      // one break is a new line within the block; two in a row end the paragraph
      if (this.line.endsWith('\n')) this.flush();
      else if (this.line) this.line += '\n';
      return;
    }
    if (tag === 'HR') {
      this.flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    const outer = this.style;
    if (block) {
      this.flush();
      this.style = styleOf(tag, outer, node);
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) this.walk(children[i]!, skip);
    if (block) {
      this.flush();
      this.style = outer;
    }
  }

  /**
   * Takes back the last blocks, down to block `from`, while `drop` says so (a heading that ends
   * the text, with nothing of its own below it).
   */
  dropTrailing(from: number, drop: (block: ExtractedBlock) => boolean): void {
    this.flush();
    while (this.blocks.length > from && drop(this.blocks.at(-1)!)) {
      this.blocks.pop();
      const last = this.blocks.at(-1);
      this.text = this.text.slice(0, last ? last.end : 0);
    }
  }

  /** Closes the block being built. */
  flush(): void {
    const words = this.style.pre ? this.line.replace(/^\n+|\s+$/g, '') : this.line.replace(/[ \t]*\n[ \t]*/g, '\n').trim();
    this.line = '';
    if (words) this.push(words, this.style);
  }

  private inline(raw: string): void {
    if (this.style.pre) {
      this.line += raw;
      return;
    }
    const words = raw.replace(/[\s\u200b]+/g, ' ');
    if (words === ' ' && (this.line === '' || this.line.endsWith(' ') || this.line.endsWith('\n'))) return;
    this.line += this.line === '' || this.line.endsWith(' ') || this.line.endsWith('\n') ? words.trimStart() : words;
  }

  private push(words: string, style: Style): void {
    if (this.text) this.text += '\n\n';
    const start = this.text.length;
    this.text += words;
    const block: ExtractedBlock = { start, end: this.text.length, shape: style.shape };
    if (style.kind) block.kind = style.kind;
    if (style.reason) block.reason = style.reason;
    this.blocks.push(block);
  }
}

/**
 * Class names of a photo's caption or credit line ("wp-caption-text", "media__caption",
 * "image-credit", German "bildunterschrift", Italian "dida"): the words under a picture, which
 * a reader sets apart from the article as trafilatura and the extraction benchmarks do.
 */
const CAPTION_NAMES = /(?:^|\s|[-_])(?:caption|credits?|bildunterschrift|bildtext|dida|copyright)(?:$|\s|[-_])/i;

/**
 * Class names of a post's particulars (its date, author, "posted in" line) and of notes about the
 * post (a disclaimer): set apart from the article's own words, as trafilatura does.
 */
const PARTICULARS_NAMES = /(?:^|\s|[-_])(?:meta|metadata|postmetadata|entry-utility|byline|dateline|published|pubdate|disclaimer|notice)(?:$|\s|[-_])/i;

function styleOf(tag: string, outer: Style, node: DomNode): Style {
  if (PARTICULARS_NAMES.test(node.getAttribute?.('class') ?? '')) return { ...outer, kind: 'debris', reason: 'the post’s particulars' };
  if (tag === 'FIGCAPTION' || CAPTION_NAMES.test(node.getAttribute?.('class') ?? '')) return { ...outer, kind: 'caption', reason: 'photo caption' };
  if (/^H[1-6]$/.test(tag)) return { ...outer, shape: 'heading' };
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return { ...outer, shape: 'list-item' };
  if (tag === 'BLOCKQUOTE') return { ...outer, shape: 'quote' };
  if (tag === 'PRE') return { ...outer, pre: true };
  return outer;
}
