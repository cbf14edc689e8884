/**
 * A saved page as a light tree: htmlparser2's events (the tokenizer linkedom itself reads pages
 * with) built into plain nodes, each with its children in an array. linkedom made each node a
 * full DOM node (an event target, attributes as nodes of their own, `childNodes` rebuilt on every
 * read), and its parse and the garbage it left were most of a page's time.
 *
 * The tree is the one linkedom built, node for node: an element for each open tag, closed where
 * htmlparser2 closes it (no HTML5 tree-builder repairs, see html-repair.ts), a text node for each
 * run of text it reports (entities arrive as runs of their own), comments kept. Only what the page
 * readers ask of a DOM is here: attributes (`class` read as its distinct words, as linkedom read
 * it), `textContent`, siblings, `querySelector(All)` and `closest` for the selectors of
 * html-select.ts, `remove`. Nothing runs and nothing is fetched.
 */
import { Parser } from 'htmlparser2';
import { compile, matches } from './html-select';

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const DOCUMENT = 9;
/** `compareDocumentPosition` bits read by the page readers. */
const PRECEDING = 2;
const FOLLOWING = 4;

const NO_CHILDREN = Object.freeze([]) as unknown as PageNode[];

/** One node of a page: the document, an element, a text or a comment. */
export class PageNode {
  parentNode: PageNode | null = null;
  /** Its children; texts and comments share one empty list (half a page's nodes, and never a child). */
  readonly childNodes: PageNode[];
  /** Its depth below the document, fixed when it is read. */
  depth = 0;
  private classWords: string | undefined;
  private lowered: Map<string, string | null> | undefined;

  constructor(
    readonly nodeType: number,
    /** Upper-case tag name, or `#text`, `#comment`, `#document`. */
    readonly nodeName: string,
    readonly nodeValue: string | null = null,
    private readonly attributes: Record<string, string> | null = null,
  ) {
    this.childNodes = nodeType === TEXT || nodeType === COMMENT ? NO_CHILDREN : [];
  }

  get tagName(): string {
    return this.nodeName;
  }

  getAttribute(name: string): string | null {
    const attrs = this.attributes;
    // linkedom kept a class as its distinct words, one space apart, and answered '' without one
    if (name === 'class') return (this.classWords ??= attrs && Object.hasOwn(attrs, 'class') ? distinctWords(attrs.class!) : '');
    return attrs && Object.hasOwn(attrs, name) ? attrs[name]! : null;
  }

  /** An attribute in lower case, for selectors that ignore case (read once: a page's date search asks thirty times). */
  lowerAttribute(name: string): string | null {
    const cached = this.lowered?.get(name);
    if (cached !== undefined) return cached;
    const value = this.getAttribute(name)?.toLowerCase() ?? null;
    (this.lowered ??= new Map()).set(name, value);
    return value;
  }

  hasAttribute(name: string): boolean {
    return this.attributes !== null && Object.hasOwn(this.attributes, name);
  }

  /** The text of every text node below, in order (script and style text included, as in a DOM). */
  get textContent(): string | null {
    if (this.nodeType === TEXT || this.nodeType === COMMENT) return this.nodeValue;
    if (this.nodeType === DOCUMENT) return null;
    const out: string[] = [];
    const visit = (node: PageNode) => {
      for (const child of node.childNodes) {
        if (child.nodeType === TEXT) out.push(child.nodeValue!);
        else if (child.nodeType === ELEMENT) visit(child);
      }
    };
    visit(this);
    return out.join('');
  }

  get parentElement(): PageNode | null {
    return this.parentNode?.nodeType === ELEMENT ? this.parentNode : null;
  }
  get firstChild(): PageNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): PageNode | null {
    return this.childNodes.at(-1) ?? null;
  }
  get firstElementChild(): PageNode | null {
    return this.childNodes.find((c) => c.nodeType === ELEMENT) ?? null;
  }
  get nextSibling(): PageNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this) + 1] ?? null) : null;
  }
  get previousSibling(): PageNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings ? (siblings[siblings.indexOf(this) - 1] ?? null) : null;
  }
  get nextElementSibling(): PageNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    for (let i = siblings.indexOf(this) + 1; i < siblings.length; i++) if (siblings[i]!.nodeType === ELEMENT) return siblings[i]!;
    return null;
  }

  /** The elements below this one that match `selectors`, in page order. */
  querySelectorAll(selectors: string): PageNode[] {
    const selector = compile(selectors);
    const out: PageNode[] = [];
    const visit = (node: PageNode) => {
      for (const child of node.childNodes) {
        if (child.nodeType !== ELEMENT) continue;
        if (matches(child, selector)) out.push(child);
        visit(child);
      }
    };
    visit(this);
    return out;
  }

  querySelector(selectors: string): PageNode | null {
    const selector = compile(selectors);
    const visit = (node: PageNode): PageNode | null => {
      for (const child of node.childNodes) {
        if (child.nodeType !== ELEMENT) continue;
        if (matches(child, selector)) return child;
        const inner = visit(child);
        if (inner) return inner;
      }
      return null;
    };
    return visit(this);
  }

  /** This element or its nearest ancestor that matches `selectors`. */
  closest(selectors: string): PageNode | null {
    const selector = compile(selectors);
    if (this.nodeType === ELEMENT && matches(this, selector)) return this;
    for (let el = this.parentNode; el && el.nodeType === ELEMENT; el = el.parentNode) if (matches(el, selector)) return el;
    return null;
  }

  /** Takes the node out of its parent. */
  remove(): void {
    const siblings = this.parentNode?.childNodes;
    if (siblings) siblings.splice(siblings.indexOf(this), 1);
    this.parentNode = null;
  }

  /**
   * Where `other` lies, as linkedom answered: a deeper node follows, a shallower one precedes,
   * and of two at one depth the later child of this node's parent follows. The page-date reader
   * (page-date.ts) was measured with these answers; they are kept so its dates stay as measured.
   */
  compareDocumentPosition(other: PageNode): number {
    if (other === this) return 0;
    if (this.depth < other.depth) return FOLLOWING;
    if (other.depth < this.depth) return PRECEDING;
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings.indexOf(this) < siblings.indexOf(other) ? FOLLOWING : PRECEDING;
  }
}

function distinctWords(value: string): string {
  const words = value.split(/\s+/);
  if (words.length === 1) return value;
  return [...new Set(words.filter(Boolean))].join(' ');
}

/** A page read into the light tree, with a DOM document's entry points. */
export class PageDocument extends PageNode {
  private emptyBody: PageNode | null = null;

  constructor() {
    super(DOCUMENT, '#document');
  }

  /** The first element of the page (normally `<html>`). */
  get documentElement(): PageNode | null {
    return this.firstElementChild;
  }

  /**
   * The `<body>` that follows the page's `<head>` (or opens its root), as linkedom found it; an
   * empty one when there is none there, which html-repair.ts takes as a misplaced body.
   */
  get body(): PageNode {
    const first = this.documentElement?.firstElementChild ?? null;
    const candidate = first?.nodeName === 'HEAD' ? first.nextElementSibling : first;
    if (candidate?.nodeName === 'BODY') return candidate;
    this.emptyBody ??= new PageNode(ELEMENT, 'BODY', null, {});
    return this.emptyBody;
  }
}

/** Reads `html` into the light tree. */
export function parsePage(html: string): PageDocument {
  const document = new PageDocument();
  let node: PageNode = document;
  const append = (child: PageNode) => {
    child.parentNode = node;
    child.depth = node.depth + 1;
    node.childNodes.push(child);
    return child;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        node = append(new PageNode(ELEMENT, name.toUpperCase(), null, attributes));
      },
      ontext(text) {
        append(new PageNode(TEXT, '#text', text));
      },
      oncomment(data) {
        append(new PageNode(COMMENT, '#comment', data));
      },
      onclosetag() {
        node = node.parentNode ?? document;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return document;
}
