import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/corpus/formats/build-article';
import { htmlReader } from '../../../../src/core/corpus/formats/html';

const paragraphs = '<p>The council approved the new harbour plan on Tuesday after a long debate about its cost and its effect on the town.</p>'.repeat(4);

/** A page's Article, as a folder would open it. */
async function open(html: string) {
  const read = await htmlReader.extract(new TextEncoder().encode(html), 'page.html');
  if (!read.ok) throw new Error(read.reason);
  return buildArticle(read.docs[0]!, { id: 'page.html', format: 'html', bytes: html.length, modified: 0 });
}

describe('the date a page shows by its article', () => {
  it('is the dated line nearest the headline, not a teaser above it, in the page’s language', async () => {
    const page = await open(`<html lang="de"><body>
      <nav><div class="teaser"><span class="post-date">30. Januar 2022</span> Ältere Meldung</div></nav>
      <article><h1>Hafenplan beschlossen</h1><div class="meta"><span>Datum:</span>2. Februar 2022</div>${paragraphs}</article>
      <div class="comment"><span class="date">5. Februar 2022</span> Ein Kommentar</div></body></html>`);
    expect(page).toMatchObject({ date: '2022-02-02', dateSource: 'text' });
  });

  it('is the last dated line above the headline when none follows it', async () => {
    const page = await open(`<html lang="de"><body><div class="date">01.02.2022</div><h1>Hafenplan beschlossen</h1>${paragraphs}</body></html>`);
    expect(page.date).toBe('2022-02-01');
  });

  it('gives way to the metadata’s date', async () => {
    const page = await open(`<html><head><meta property="article:published_time" content="2022-01-05T10:00:00Z"></head>
      <body><h1>Harbour plan</h1><div class="date">February 2, 2022</div>${paragraphs}</body></html>`);
    expect(page).toMatchObject({ date: '2022-01-05T10:00', dateSource: 'metadata' });
  });
});

describe('a date in the page’s address', () => {
  it('wins over a metadata date of another day (an update, or another time zone)', async () => {
    const page = await open(`<html><head><link rel="canonical" href="https://news.example.com/2020/02/24/harbour-plan/">
      <meta property="article:published_time" content="2020-02-25T02:25:00+00:00"></head><body><h1>Harbour plan</h1>${paragraphs}</body></html>`);
    expect(page).toMatchObject({ date: '2020-02-24', dateSource: 'url' });
  });

  it('keeps the metadata’s time of day when both agree', async () => {
    const page = await open(`<html><head><link rel="canonical" href="https://news.example.com/2020/02/24/harbour-plan/">
      <meta property="article:published_time" content="2020-02-24T09:30:00+00:00"></head><body><h1>Harbour plan</h1>${paragraphs}</body></html>`);
    expect(page).toMatchObject({ date: '2020-02-24T09:30', dateSource: 'metadata' });
  });
});

describe('a date line without a mark', () => {
  it('is read just below the headline, else just above it', async () => {
    const below = await open(`<html lang="de"><body><h1>Hafenplan beschlossen</h1><p><br>1. Februar 2022, Daniel Muster</p>${paragraphs}</body></html>`);
    expect(below.date).toBe('2022-02-01');
    const above = await open(`<html lang="de"><body><figure><small>31.01.2022&nbsp; Region</small></figure><h1>Hafenplan beschlossen</h1>${paragraphs}</body></html>`);
    expect(above.date).toBe('2022-01-31');
  });
});

describe('a date a label announces', () => {
  it('is read where no markup or headline gives one, and a change date is not taken for it', async () => {
    const page = await open(`<html lang="de"><body>${paragraphs}<div class="rez"><p>Letzte Änderung: 31.10.2023 - 14:49</p><p>Erschienen am: 01.11.2023</p></div></body></html>`);
    expect(page.date).toBe('2023-11-01');
    const unmarked = await open(`<html lang="de"><body>${paragraphs}<div><h5>Datum: </h5>03.11.2021</div></body></html>`);
    expect(unmarked.date).toBe('2021-11-03');
  });

  it('is found whatever the case of the class that marks it', async () => {
    const page = await open(`<html lang="de"><body><h2>Papst</h2><span class="documentPublished"><span>veröffentlicht</span> 28.01.2022 06:00</span>${paragraphs}</body></html>`);
    expect(page.date).toBe('2022-01-28T06:00');
  });
});

describe('a date written out in the page’s language', () => {
  it('is read from the metadata in that language (a German month name)', async () => {
    const page = await open(`<html lang="de-DE"><head><meta name="date" content="19. Oktober 2019"></head><body>${paragraphs}</body></html>`);
    expect(page.date).toBe('2019-10-19');
  });

  it('is read after a French label that announces the publication ("Mise en ligne")', async () => {
    const page = await open(`<html lang="fr"><body>${paragraphs}<ul><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul></body></html>`);
    expect(page.date).toBe('2019-05-23');
  });
});

describe('a metadata date that is no date', () => {
  it('does not stop the date line by the headline being read (a time of day, a bare year)', async () => {
    for (const junk of ['2:33 PM', '1988']) {
      const page = await open(`<html lang="en"><head><meta name="date" content="${junk}"></head><body><h1>Harbour plan</h1><div class="post-date">Wednesday, October 16, 2019</div>${paragraphs}</body></html>`);
      expect(page.date).toBe('2019-10-16');
    }
  });
});
