/**
 * Pages whose markup htmlparser2 (html-tree.ts) files in the wrong place: it builds the tree as written,
 * without the HTML5 tree builder's repairs, so a page with two `<html>` tags (old IE conditional
 * comments), a `<body>` inside an unclosed `<head>` or a `<style>` that swallows the body ends up
 * with an empty `document.body`; so does text printed before the doctype. Such a page is read again from its `<body>` tag onwards, as a
 * browser would have placed it.
 */

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().length;

interface Node {
  textContent: string | null;
  nodeName?: string;
}

/** A body with this much text is where it belongs: the whole document is not read to check. */
const ENOUGH = 2000;

/**
 * Whether the body holds less than half the words the whole document does, or the document does
 * not start with its `<html>` (a server's warning printed before the doctype becomes the root).
 */
export function misplacedBody(body: Node | null, root: Node | null): boolean {
  if (root?.nodeName && root.nodeName.toUpperCase() !== 'HTML') return true;
  const inBody = squash(body?.textContent);
  return inBody < ENOUGH && inBody < squash(root?.textContent) / 2;
}

/** The page rebuilt around what follows its `<body>` tag (or its head, or its first tag). */
export function rebuiltPage(html: string): string {
  const body = /<body[\s>]/i.exec(html);
  const headEnd = /<\/head\s*>/i.exec(html);
  const from = body ? html.indexOf('>', body.index) + 1 : headEnd ? headEnd.index + headEnd[0].length : 0;
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const lang = /<html[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];
  const inner = html.slice(from).replace(/<\/?(?:html|body|head)(?:\s[^>]*)?>/gi, '');
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>${title}</title></head><body>${inner}</body></html>`;
}
