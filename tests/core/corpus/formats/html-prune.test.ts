import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pruneFurniture } from '../../../../src/core/corpus/formats/html-prune';

const prose = '<p>The council approved the new harbour plan on Tuesday after a long debate about its cost and its effect on the town and its fishermen.</p>'.repeat(6);

const textOf = (html: string) => {
  const { document } = parseHTML(html);
  pruneFurniture(document as never);
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
};

describe('page furniture removed before the main text is found', () => {
  it('takes out sharing, related links, newsletter, comments, tag lists and downloads by their class or id', () => {
    const text = textOf(`<html><body><article><h1>Harbour plan</h1>${prose}
      <div class="c-share-bar"><a href="#">Share on X</a> <a href="#">Email</a></div>
      <section id="jp-relatedposts"><h3>Related</h3><a href="/a">Ferry fares rise</a></section>
      <div class="newsletter-signup">Join our newsletter for the latest news right to your inbox</div>
      <ul class="tag-list"><li><a href="/t">Harbour</a></li></ul>
      <div id="comments">Great plan! — posted by Sam</div>
      <ul class="c-download-list"><li><a href="/plan.pdf">Harbour plan</a> PDF | 151 KB</li></ul></article></body></html>`);
    expect(text).toContain('The council approved');
    expect(text).not.toMatch(/Share on X|Ferry fares|newsletter|Harbour<|Great plan|151 KB/);
  });

  it('spares an element named like furniture that holds the headline or prose', () => {
    const named = textOf(`<html><body><div class="entry themeform share">${prose}</div><div class="sidebar"><a href="/x">Most read</a></div></body></html>`);
    expect(named).toContain('The council approved');
    expect(named).not.toContain('Most read');
    const headed = textOf(`<html><body><div class="social-wrapper"><h1>Harbour plan</h1><p>Short.</p></div></body></html>`);
    expect(headed).toContain('Harbour plan');
  });

  it('leaves classes that only contain a furniture word as part of another (tagStyle, sticky-sidebar-relative, elementor-widget)', () => {
    const text = textOf(`<html><body><p class="tagStyle_z4">Short opening line.</p><div class="sticky-sidebar-relative">Body.</div><div class="elementor-widget">More.</div>${prose}</body></html>`);
    expect(text).toMatch(/Short opening line\..*Body\..*More\./);
  });

  it('takes out an author box, a recirculation box and a carousel of other articles', () => {
    const text = textOf(`<html><body><article>${prose}
      <section class="vcard author"><p>Sam writes about harbours and the sea, and knits.</p></section>
      <div class="wp-block-mmo-recirculation-box"><div class="title">More columns from us</div></div>
      <section class="articlecarousel"><h3>Most read articles</h3></section></article></body></html>`);
    expect(text).toContain('The council approved');
    expect(text).not.toMatch(/knits|More columns|Most read/);
  });

  it('takes out a table of contents named by its class, but not a section whose id names an entry of one', () => {
    const text = textOf(`<html><body><article><div id="toc_container"><ul class="toc_list"><li><a href="#one">Costs</a></li><li><a href="#two">Jobs</a></li></ul></div>
      <div class="content_body" id="TOC_TITLE_1"><p>It can be frustrating to step on the scale.</p></div>${prose}</article></body></html>`);
    expect(text).toContain('It can be frustrating');
    expect(text).not.toMatch(/Costs|Jobs/);
  });
});
