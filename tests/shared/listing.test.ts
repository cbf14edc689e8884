import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/shared/article';
import { listingRows, sameFile, toListing } from '../../src/shared/listing';

const meta = (over: Partial<ArticleMeta>): ArticleMeta => ({
  id: 'a.txt',
  title: 'A',
  titleSource: 'first-line',
  outlet: null,
  date: null,
  dateText: null,
  words: 10,
  bytes: 100,
  modified: 1_700_000_000_000.25,
  ...over,
});

describe('the article listing', () => {
  const articles = [
    meta({ id: 'a.txt', outlet: 'BBC', date: '2024-03-01', dateText: '1 March 2024', outletSource: 'byline', byline: 'By Jo' }),
    meta({ id: 'b.txt', outlet: 'Reuters', dateText: '01/03/24', dateAmbiguous: true, url: 'https://example.com/b' }),
    meta({ id: 'c.txt', outlet: 'BBC', corrected: ['outlet', 'date'], date: '2024-03-02' }),
    meta({ id: 'd.txt', title: 'No outlet', words: 0 }),
  ];

  it('gives back every row as lists show it, in order, and nothing else', () => {
    expect(listingRows(toListing(articles))).toEqual([
      { id: 'a.txt', title: 'A', outlet: 'BBC', date: '2024-03-01', dateText: '1 March 2024', words: 10, bytes: 100, modified: 1_700_000_000_000 },
      { id: 'b.txt', title: 'A', outlet: 'Reuters', date: null, dateText: '01/03/24', dateAmbiguous: true, words: 10, bytes: 100, modified: 1_700_000_000_000 },
      { id: 'c.txt', title: 'A', outlet: 'BBC', date: '2024-03-02', dateText: null, corrected: ['outlet', 'date'], words: 10, bytes: 100, modified: 1_700_000_000_000 },
      { id: 'd.txt', title: 'No outlet', outlet: null, date: null, dateText: null, words: 0, bytes: 100, modified: 1_700_000_000_000 },
    ]);
  });

  it('writes each outlet once, however many articles name it', () => {
    const many = Array.from({ length: 1000 }, (_, i) => meta({ id: `${i}.txt`, outlet: i % 2 ? 'BBC' : 'Reuters' }));
    const listing = toListing(many);
    expect(listing.outletNames).toEqual(['Reuters', 'BBC']);
    expect(JSON.stringify(listing).length).toBeLessThan(JSON.stringify(many).length / 3);
  });

  it('hands out frozen rows', () => {
    expect(listingRows(toListing(articles)).every((r) => Object.isFrozen(r))).toBe(true);
  });
});

describe('sameFile', () => {
  // a file's modification time has fractions of a millisecond; the listing keeps whole ones
  const article = { modified: 1733412345123.25, bytes: 812 };
  it.each([
    [{ modified: 1733412345123, bytes: 812 }, true],
    [{ modified: 1733412345124, bytes: 812 }, false],
    [{ modified: 1733412345123, bytes: 813 }, false],
  ])('row %j against the article fetched earlier: %s', (row, same) => {
    expect(sameFile(row, article)).toBe(same);
  });

  it('holds for the row the listing makes of that very article', () => {
    const [row] = listingRows(toListing([{ id: 'a.txt', title: 'A', outlet: null, date: null, words: 3, ...article } as never]));
    expect(sameFile(row!, article)).toBe(true);
  });
});
