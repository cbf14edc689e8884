import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parsePage } from '../../../../src/core/corpus/formats/html-tree';

interface AnyNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<AnyNode>;
  getAttribute?(name: string): string | null;
}

/**
 * A tree written out node by node: tags with their class, id and href, texts and comments. The
 * doctype, a node in linkedom's tree that holds no text and no element, is not in the light tree.
 */
function shape(node: AnyNode): string {
  if (node.nodeType === 10) return '';
  if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
  if (node.nodeType === 8) return `<!--${node.nodeValue}-->`;
  const attrs = node.nodeType === 1 ? ['class', 'id', 'href', 'CLASS'].map((a) => `${a}=${JSON.stringify(node.getAttribute!(a))}`).join(' ') : '';
  const children = Array.from(node.childNodes, shape).join('');
  return `<${node.nodeName} ${attrs}>${children}</>`;
}

const PAGES = [
  '<!doctype html><html lang="en"><head><title>A &amp; B</title></head><body><p>One<p>Two &mdash; three<br>four</p></body></html>',
  '<html><body><div class=" story  main story "><ul><li>a<li>b</ul><img src=x><span>tail</span></div><!-- note --></body></html>',
  '<html><body><DIV CLASS="upper">Upper-case tags and attribute names</DIV><table><tr><td>cell<td>cell</table></body></html>',
  '<html><head><body><p>body inside an unclosed head</p></body></html>',
  'text before <html><body><p>the page</p></body></html>',
  '<html><body><svg viewBox="0 0 1 1"><path d="M0"/><text>label</text></svg><script>if (a < b) x = "</p>";</script><p>after</p></body></html>',
];

describe('a saved page read into the light tree', () => {
  it.each(PAGES)('is the tree linkedom built, node for node: %s', (html) => {
    const ours = parsePage(html);
    const { document } = parseHTML(html);
    expect(shape(ours as never)).toBe(shape(document as never));
    expect(ours.body.textContent).toBe(document.body.textContent);
    expect(ours.documentElement?.nodeName).toBe(document.documentElement?.nodeName);
  });

  it('answers an empty body where the page has none after its head, as linkedom does', () => {
    const page = parsePage('<html><head><title>t</title></head><div>no body tag</div></html>');
    expect(page.body.nodeName).toBe('BODY');
    expect(page.body.textContent).toBe('');
    expect(parsePage('<html><body><p>x</p></body></html>').body.textContent).toBe('x');
  });

  it('reads a class as its distinct words, and an absent class as empty', () => {
    const page = parsePage('<div class="a  b a" id="x">t</div><p>u</p>');
    const [div, p] = [page.querySelector('div')!, page.querySelector('p')!];
    expect(div.getAttribute('class')).toBe('a b');
    expect(p.getAttribute('class')).toBe('');
    expect(p.getAttribute('id')).toBeNull();
    expect(div.hasAttribute('id')).toBe(true);
  });

  it('takes a removed element out of its parent, and walks siblings and parents', () => {
    const page = parsePage('<html><body><div><h1>Head</h1><p class="x">one</p>mid<p>two</p></div></body></html>');
    const [first, second] = page.querySelectorAll('p');
    expect(first!.nextSibling?.nodeValue).toBe('mid');
    expect(first!.nextElementSibling).toBe(second);
    expect(second!.previousSibling?.nodeValue).toBe('mid');
    expect(first!.parentElement?.nodeName).toBe('DIV');
    expect(first!.closest('div')?.nodeName).toBe('DIV');
    first!.remove();
    expect(page.body.textContent).toBe('Headmidtwo');
    expect(first!.parentNode).toBeNull();
  });

  it('places nodes as linkedom placed them: by depth, and by order among siblings', () => {
    const page = parsePage('<body><div><h1>Head</h1><span>beside</span></div><p>shallower, later</p><div><div><b>deeper, later</b></div></div></body>');
    const { document } = parseHTML('<body><div><h1>Head</h1><span>beside</span></div><p>shallower, later</p><div><div><b>deeper, later</b></div></div></body>');
    const h1 = page.querySelector('h1')!;
    const theirs = document.querySelector('h1')!;
    const follows = (tag: string) => [h1.compareDocumentPosition(page.querySelector(tag)!) & 4, theirs.compareDocumentPosition(document.querySelector(tag)!) & 4];
    // a later sibling follows; a shallower later element does not; a deeper one does
    expect(follows('span')).toEqual([4, 4]);
    expect(follows('p')).toEqual([0, 0]);
    expect(follows('b')).toEqual([4, 4]);
  });
});
