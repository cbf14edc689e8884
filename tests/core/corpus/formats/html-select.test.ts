import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parsePage } from '../../../../src/core/corpus/formats/html-tree';

/** A page with the parts the readers look for, each element numbered so matches can be compared. */
const PAGE = `<!doctype html><html lang="de"><head>
  <meta property="og:title" content="T"><meta http-equiv="REFRESH" content="0">
  <script type="Application/LD+JSON">{}</script><link rel="Canonical" href="https://x.test/a">
</head><body>
  <nav data-n="1"><a href="/" data-n="2">Home</a></nav>
  <div class="Post-Date entry" data-n="3"><time datetime="2024-03-01" data-n="4">1 March</time></div>
  <article data-n="5"><header data-n="6"><time datetime="2024-03-02" data-n="7">2 March</time></header>
    <p class="published" data-n="8"><time data-n="9">3 March</time></p>
    <figure data-n="10"><figcaption data-n="11">Caption</figcaption></figure>
    <div id="comment-12" data-n="12"><span itemprop="datePublished" data-n="13">x</span></div>
    <div class="" data-n="14">empty class</div><ul id="Related" data-n="15"><li data-n="16">r</li></ul>
    <span class="image-caption credit" data-n="17">c</span><time pubdate data-n="18">p</time>
  </article><div class="comments" data-n="19"><div class="comment-body" data-n="20">c</div></div>
</body></html>`;

const SELECTORS = [
  'meta',
  'script[type="application/ld+json"]',
  'link[rel="canonical"]',
  'meta[http-equiv="refresh"]',
  '[itemprop="datePublished"]',
  'time[pubdate]',
  'time.published, time.entry-date, .published time, .post-date time, .article-date time',
  'article time[datetime], header time[datetime], main time[datetime]',
  'time[datetime]',
  'time, [class*="date" i], [id*="date" i], [class*="meta" i], [itemprop*="date" i]',
  '[class*="comment"], [id*="comment"], [class*="related"], [class*="teaser"], [class*="sidebar"]',
  'figcaption, .caption, .wp-caption-text, [class*="image-caption"], [class*="photo-caption"]',
  'nav, [role="navigation"]',
  'aside, [class*="related"], [id*="related"]',
  '#comments, .comments, [id^="comment-"], .comment-body',
  'div[class], div[id], section, aside, ul[class], ul[id], footer, nav, form, p[class], span[class]',
  'h1, h2',
  'a',
];

const numbers = (found: ArrayLike<{ getAttribute(name: string): string | null }>) => Array.from(found, (el) => el.getAttribute('data-n') ?? el.getAttribute('property') ?? el.getAttribute('rel') ?? '?');

describe('the selectors the page readers ask for', () => {
  it.each(SELECTORS)('find what linkedom (css-select) found: %s', (selector) => {
    const ours = parsePage(PAGE);
    const { document } = parseHTML(PAGE);
    expect(numbers(ours.querySelectorAll(selector))).toEqual(numbers(document.querySelectorAll(selector)));
    expect(ours.querySelector(selector)?.getAttribute('data-n')).toBe(document.querySelector(selector)?.getAttribute('data-n'));
  });

  it('look upwards with closest, the element itself first', () => {
    const page = parsePage(PAGE);
    const time = page.querySelector('p.published time')!;
    expect(time.closest('time')).toBe(time);
    expect(time.closest('article')?.getAttribute('data-n')).toBe('5');
    expect(time.closest('[class*="comment"]')).toBeNull();
    expect(page.querySelector('.comment-body')!.closest('[class*="comment"], [id*="comment"]')?.getAttribute('data-n')).toBe('20');
  });

  it('refuse a selector they do not understand rather than match it wrongly', () => {
    expect(() => parsePage(PAGE).querySelectorAll('div > p')).toThrow(/not understood/);
  });
});
