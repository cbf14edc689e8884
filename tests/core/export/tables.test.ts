import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import type { ReuseReport } from '../../../src/shared/reuse';
import type { Story } from '../../../src/shared/story';
import { outletsTable, pairsTable, storyTable } from '../../../src/core/export/tables';

const article = (id: string, title: string, outlet: string | null, date: string | null, url?: string): Article => {
  const text = url ? `${title}\n\nBody.\n\n${url}\n` : `${title}\n\nBody.\n`;
  const blocks: Article['blocks'] = [{ kind: 'title', start: 0, end: title.length }];
  if (url) blocks.push({ kind: 'link', start: text.indexOf(url), end: text.indexOf(url) + url.length, reason: 'web address' });
  return { id, title, titleSource: 'heading', outlet, date, dateText: date, words: 3, bytes: text.length, modified: 0, text, blocks, encoding: 'utf-8' };
};
const articles = new Map([
  ['w.txt', article('w.txt', 'Floods, "worst" in years', 'Wire', '2021-05-04', 'https://wire.example/floods')],
  ['p.txt', article('p.txt', '=SUM(A1)', null, null)],
]);
const report: ReuseReport = {
  links: [{ a: 'p.txt', b: 'w.txt', passages: 2, paraphrases: 1, sharedA: 0.61234, sharedB: 0.3, sharedWordsA: 61, sharedWordsB: 60, longestWords: 40, firstPublished: null }],
  outlets: [{ a: 'Wire', b: null, copies: 1, paraphrased: 0, wordsA: 60, wordsB: 61, firstA: 0, firstB: 0 }],
  pairsCompared: 1,
  pairsTotal: 1,
  millis: 5,
};

describe('table exports', () => {
  it('writes the article pairs as CSV with titles, outlets, dates, the address and shares', () => {
    const file = pairsTable(report, (id) => articles.get(id), '/news', 'csv');
    expect(file).toMatchObject({ name: 'shared-text-pairs.csv', mediaType: 'text/csv;charset=utf-8' });
    const [header, row] = file.content.split('\r\n');
    expect(header).toMatch(/^a_id,a_title,a_outlet,a_date,a_url,b_id,/);
    expect(row).toBe(`p.txt,'=SUM(A1),,,,w.txt,"Floods, ""worst"" in years",Wire,2021-05-04,https://wire.example/floods,2,1,0.6123,0.3,61,60,40,`);
  });

  it('writes the same pairs and the outlet pairs as JSON', () => {
    const pairs = JSON.parse(pairsTable(report, (id) => articles.get(id), '/news', 'json').content);
    expect(pairs).toMatchObject({ folder: '/news', pairsCompared: 1, pairs: [{ a: { id: 'p.txt', outlet: null }, b: { url: 'https://wire.example/floods' }, sharedA: 0.6123 }] });
    const outlets = JSON.parse(outletsTable(report, '/news', 'json').content);
    expect(outlets.outlets).toEqual(report.outlets);
    expect(outletsTable(report, '/news', 'csv').content.split('\r\n')[1]).toBe('Wire,,1,0,60,61,0,0');
  });

  it('writes a story with its origin and each member\'s offsets', () => {
    const story: Story = {
      key: 'p.txt',
      text: 'w.txt',
      extent: { start: 0, end: 50 },
      origin: { id: 'w.txt', basis: 'date', reason: 'Published first.' },
      truncated: 0,
      members: [
        { id: 'w.txt', carries: 1, adds: 0, words: 10, sharedWords: 10, coverage: [{ start: 0, end: 50 }], shared: [{ start: 0, end: 50 }], passages: 0, direct: true, lagDays: 0 },
        { id: 'p.txt', carries: 0.5, adds: 0.25, words: 8, sharedWords: 6, coverage: [{ start: 3, end: 20 }, { start: 30, end: 40 }], shared: [{ start: 0, end: 30 }], passages: 2, direct: true, lagDays: null },
        { id: 'r.txt', carries: 0, adds: 1, words: 5, sharedWords: 0, coverage: [], shared: [], passages: 0, direct: false, lagDays: null, alike: { with: 'w.txt', likeness: 0.41, terms: 6 } },
      ],
    };
    const csv = storyTable(story, (id) => articles.get(id), '/news', 'csv');
    expect(csv.name).toBe('story-w.csv');
    expect(csv.content.split('\r\n')[2]).toBe(`w.txt,w.txt,date,p.txt,'=SUM(A1),,,,,0.5,0.25,8,6,2,true,,,3-20;30-40,0-30`);
    // a member joined by its words says with which article and how alike
    expect(csv.content.split('\r\n')[3]).toMatch(/,0,false,w\.txt,0\.41,,$/);
    const json = JSON.parse(storyTable(story, (id) => articles.get(id), '/news', 'json').content);
    expect(json.members[1]).toMatchObject({ id: 'p.txt', coverage: [{ start: 3, end: 20 }, { start: 30, end: 40 }] });
  });
});
