import { describe, expect, it } from 'vitest';
import { htmlReader } from '../../../../src/core/corpus/formats/html';
import type { ExtractedDoc } from '../../../../src/core/corpus/formats/types';

/** The page read: its main text (blocks without a kind) and its set-aside blocks. */
async function read(html: string): Promise<{ main: string[]; aside: { text: string; kind: string }[]; doc: ExtractedDoc }> {
  const extraction = await htmlReader.extract(new TextEncoder().encode(html), 'page.html');
  if (!extraction.ok) throw new Error(extraction.reason);
  const doc = extraction.docs[0]!;
  const slice = (b: { start: number; end: number }) => doc.text.slice(b.start, b.end);
  return {
    main: doc.blocks.filter((b) => !b.kind).map(slice),
    aside: doc.blocks.filter((b) => b.kind && b.kind !== 'title' && b.kind !== 'byline').map((b) => ({ text: slice(b), kind: b.kind! })),
    doc,
  };
}

const para = (n: number) =>
  `<p>The harbour council met on Tuesday, for the ${n}th time this year, and agreed, after a long debate about cost, jobs and the fishing fleet, to build the new ferry terminal.</p>`;
const body = [1, 2, 3, 4, 5].map(para).join('');
const page = (inner: string, head = '<title>Council approves the new ferry terminal | Harbour News</title>') => `<!doctype html><html lang="en"><head>${head}</head><body>${inner}</body></html>`;

describe('the main text of a saved page', () => {
  it('is the block of prose, not the navigation, sidebar or footer around it', async () => {
    const { main } = await read(
      page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="sidebar"><ul><li><a href="/a">Most read: fares rise</a></li><li><a href="/b">Storm warning</a></li></ul></div>
        <div class="story">${body}</div><footer>Contact us · Imprint</footer>`),
    );
    expect(main).toHaveLength(5);
    expect(main[0]).toMatch(/^The harbour council met on Tuesday, for the 1th time/);
  });

  it('takes the title from the <title> without the site name, and leaves the repeated headline out of the text', async () => {
    const { doc, main } = await read(page(`<article><h1>Council approves the new ferry terminal</h1>${body}</article>`));
    expect(doc.text.startsWith('Council approves the new ferry terminal\n\n')).toBe(true);
    expect(main).not.toContain('Council approves the new ferry terminal');
  });

  it('reads the byline an element is marked with apart from the text', async () => {
    const { doc, main } = await read(page(`<article><span class="byline">By Ann Reporter</span>${body}</article>`));
    expect(doc.blocks.find((b) => b.kind === 'byline') && doc.text).toContain('By Ann Reporter');
    expect(main.join(' ')).not.toContain('Ann Reporter');
  });

  it('keeps a post whose gallery of many pictures is left out (judged innermost first)', async () => {
    const gallery = `<div class="gallery">${'<div class="thumb"><a href="/p.jpg"><img src="p.jpg"></a></div>'.repeat(12)}</div>`;
    const { main } = await read(page(`<article class="post"><div class="entry-content">${para(1)}${para(2)}${gallery}</div></article>`));
    expect(main).toHaveLength(2);
  });

  it('joins a sibling that is a paragraph in all but name (a div around one paragraph)', async () => {
    const { main } = await read(page(`<div class="wrap"><div class="intro"><p>A short intro paragraph of the article that says what happened in the harbour on Tuesday.</p></div><div class="text">${body}</div></div>`));
    expect(main[0]).toMatch(/^A short intro paragraph/);
  });

  it('leaves out short blocks that are mostly links (back, to the top)', async () => {
    const { main } = await read(page(`<div class="story">${body}<p><a href="/news">Back to the list</a></p><div><a href="/">To the top</a></div></div>`));
    expect(main.join(' ')).not.toMatch(/Back to the list|To the top/);
    expect(main).toHaveLength(5);
  });

  it('does not take a modal box or an overlay for the article', async () => {
    const notice = '<p>Your browser is out of date, and this site, which uses many new features, will not show properly in it, so please update it soon.</p>'.repeat(4);
    const { main } = await read(page(`<div id="ie-overlay" class="wrapper">${notice}</div><div class="modal"><div class="modal__body">${notice}</div></div><section class="news">${body}</section>`));
    expect(main.join(' ')).not.toContain('browser');
    expect(main).toHaveLength(5);
  });

  it('reads again with looser rules when the strict reading finds too little (an article named "comments")', async () => {
    const { main } = await read(page(`<div class="comments-area">${para(1)}${para(2)}</div>`));
    expect(main).toHaveLength(2);
  });
});

describe('the parts of a page around its main text', () => {
  it('takes back the lead set between the headline and the body, outside the body container', async () => {
    const { main } = await read(
      page(`<header class="article-header"><h1>Council approves the new ferry terminal</h1><p class="article-lead">The council backs a new terminal for the harbour after months of debate over cost.</p></header>
        <div class="article-body">${body}</div>`),
    );
    expect(main[0]).toBe('The council backs a new terminal for the harbour after months of debate over cost.');
    expect(main).toHaveLength(6);
  });

  it('takes no lead from before the headline, nor one made of links', async () => {
    const { main } = await read(
      page(`<div class="top"><div class="teaser"><p>Another story entirely, a teaser for it that sits above the headline of this page.</p></div></div>
        <main><h1>Council approves the new ferry terminal</h1><div class="summary"><a href="/a">Read the full council minutes of the meeting on Tuesday here</a></div>
        <div class="article-body">${body}</div></main>`),
    );
    expect(main.join(' ')).not.toMatch(/Another story|council minutes/);
  });

  it('sets photo captions and credits named by their class apart as captions', async () => {
    const { main, aside } = await read(page(`<div class="story">${para(1)}<div class="wp-caption-text">The new terminal, as the architects drew it.</div>${para(2)}${para(3)}</div>`));
    expect(main.join(' ')).not.toContain('architects');
    expect(aside).toContainEqual({ text: 'The new terminal, as the architects drew it.', kind: 'caption' });
  });

  it('does not take a class that merely contains a caption word for a caption (tag-creditshelf)', async () => {
    const { main } = await read(page(`<article class="post tag-creditshelf">${body}</article>`));
    expect(main).toHaveLength(5);
  });

  it("sets a post's particulars (date line, disclaimer, a notice about the post) apart", async () => {
    const { main, aside } = await read(page(`<div class="story"><div class="entry-meta">Posted on 3 March 2024 in Harbour</div>${body}<p class="editorial-disclaimer">Views are the author's own.</p><div class="blog-notice">This post is a blog from our readers' community.</div></div>`));
    expect(main.join(' ')).not.toMatch(/Posted on|author's own|readers' community/);
    expect(aside.map((a) => a.text)).toEqual(expect.arrayContaining(['Posted on 3 March 2024 in Harbour', "Views are the author's own.", "This post is a blog from our readers' community."]));
  });

  it('reads a page with a server warning printed before its doctype from its body', async () => {
    const { main } = await read(`<br />\n<b>Warning</b>: mysql_connect() failed in <b>/www/x.php</b>\n${page(`<div class="story">${body}</div>`)}`);
    expect(main).toHaveLength(5);
  });

  it('reads the copy in <noscript> of a post a script writes in (a Blogger template), and only then', async () => {
    const scripted = page(`<div class="header"><p>The latest news and insights from the harbour office</p></div>
      <div class="post"><script type="text/template">${body}</script><noscript><span class="byline-author">Posted by Sam</span>${body}</noscript></div>`);
    const { main } = await read(scripted);
    expect(main.filter((p) => p.includes('harbour council met'))).toHaveLength(5);
    // a page whose article is read as it stands keeps its <noscript> (a tracking pixel's note) out
    const plain = page(`<div class="story">${body}</div><noscript><p>Please enable JavaScript to view the comments powered by a service.</p></noscript>`);
    expect((await read(plain)).main.join(' ')).not.toContain('enable JavaScript');
  });
});

describe('boxes inside the article that are not its text', () => {
  it('leaves out a link around a headline or a paragraph (a card for another page)', async () => {
    const { main } = await read(page(`<div class="story">${body}<a href="/other"><h3>Ferry fares rise again</h3><p>The operator blames the price of fuel for the third rise this year.</p></a></div>`));
    expect(main.join(' ')).not.toMatch(/Ferry fares|operator blames/);
  });

  it('leaves out a short call to action (newsletter box, donation appeal) and an embedded card of another post', async () => {
    const { main } = await read(
      page(`<div class="story">${body}<div class="newsletter-box"><p>Never miss the latest harbour news by signing up to our newsletter today.</p></div>
        <blockquote class="wp-embedded-content"><p>Ferry fares rise again, says the operator.</p></blockquote></div>`),
    );
    expect(main.join(' ')).not.toMatch(/Never miss|Ferry fares/);
    expect(main).toHaveLength(5);
  });

  it.each([
    ['a newsletter sign-up line with its link', '<p>Sie möchten keine Neuigkeit verpassen? Schauen Sie in unseren <a href="/nl">Musiknewsletter</a>!</p>', /verpassen/],
    ['a plea to support the site', '<p>If you enjoyed reading this post – would you consider supporting our work? Just <a href="/support">click here</a>. Thanks!</p>', /enjoyed/],
    ['a donation box', '<div><a href="/donate">Donate</a> and help us keep the harbour news free for everyone.</div>', /Donate/],
    ['a sign-up line', '<p>Do you want to be told of our next events? <a href="/join">Sign up here</a></p>', /next events/],
    ['a paragraph that is one link, a headline of another page', '<p><a href="/breakfast">Eat well: the best tips for a good breakfast, by our food desk</a></p>', /breakfast/],
    [
      'a list of links to other pages',
      `<ul>${['Ferry fares', 'Storm damage', 'Fishing fleet'].map((t) => `<li><a href="/${t.length}">${t}: what the harbour council decided on Tuesday, and what it means for the island's families this year</a></li>`).join('')}</ul>`,
      /Ferry fares|Storm|Fishing fleet/,
    ],
    ['links styled as buttons', '<div class="recipe-buttons"><a class="wp-block-button" href="#r">Jump to Recipe</a><a class="print-btn" href="/print">Print Recipe</a></div>', /Recipe/],
  ])('leaves out %s', async (_, box, gone) => {
    const { main } = await read(page(`<div class="story">${body}${box}</div>`));
    expect(main.join(' ')).not.toMatch(gone);
    expect(main).toHaveLength(5);
  });

  it.each([
    ['a sentence that names a sign-up without asking for one', '<p>Amazon lists two models, and you can <a href="/a">sign up</a> to be told when they are in stock.</p>'],
    ['a newsletter named without a link to act on', '<p>The council sends its newsletter to every household on the island twice a year.</p>'],
    [
      'a long paragraph with a link that mentions subscribers',
      `<p>The ferry operator said that <a href="/r">its report</a> counted more subscribers to the season ticket than ever before, and that the new terminal, with its two berths, its covered walkway and its bigger car park, would let it run more crossings in the summer months than the old quay ever could.</p>`,
    ],
    ['a long button-named container', `<div class="button-row">${para(9)}</div>`],
    ['a short paragraph with a link in its words', '<p>The plan is on <a href="/plan">the council’s site</a>, with its maps.</p>'],
  ])('keeps %s', async (_, box) => {
    const { main } = await read(page(`<div class="story">${body}${box}</div>`));
    expect(main).toHaveLength(6);
  });

  it('keeps a quoted tweet, which a story quotes as its own words', async () => {
    const { main } = await read(page(`<div class="story">${body}<blockquote class="twitter-tweet"><p>The terminal will open next spring, the mayor wrote on Tuesday evening.</p></blockquote></div>`));
    expect(main.join(' ')).toContain('the mayor wrote');
  });
});

describe('the end of the main text', () => {
  it('drops headings that end it, whose sections were left out (related links, an author box)', async () => {
    const { main } = await read(page(`<div class="story">${body}<h3>About the author</h3><h3>Recommended</h3></div>`));
    expect(main).toHaveLength(5);
    expect(main.at(-1)).toMatch(/5th time/);
  });

  it('keeps a heading followed by text, and a page whose every block is a heading', async () => {
    const inner = await read(page(`<div class="story">${para(1)}<h3>What happens next</h3>${para(2)}${para(3)}${para(4)}</div>`));
    expect(inner.main).toContain('What happens next');
    const headed = await read(page(`<div class="story">${[1, 2, 3, 4].map((n) => para(n).replace(/<(\/?)p>/g, '<$1h4>')).join('')}</div>`));
    expect(headed.main).toHaveLength(4);
  });
});

describe('a page too large to be one', () => {
  it('is refused past 60,000 elements, with the reason', async () => {
    const html = page(`<div class="story">${body}${'<span>x</span>'.repeat(61_000)}</div>`);
    const extraction = await htmlReader.extract(new TextEncoder().encode(html), 'dump.html');
    expect(extraction).toEqual({ ok: false, reason: 'too many elements for a web page (over 60,000)' });
  });
});
