import { describe, expect, it } from 'vitest';
import { quoteRuns } from '../../../src/renderer/src/lib/quote-runs';

describe('quoteRuns', () => {
  it('shows the article words with the quote words it dropped or replaced, in reading order', () => {
    const quote = 'rose on Tuesday night, two hundred families';
    //             0    5  8       16    22  26      34
    const article = 'xx rose late on Tuesday, 240 families yy';
    //               0  3    8    13 16        25  29       38
    const runs = quoteRuns(quote, {
      span: { start: 3, end: 37 },
      excerpt: article.slice(3, 37),
      edits: [
        { op: 'equal', a: { start: 0, end: 4 }, b: { start: 3, end: 7 } },
        { op: 'insert', b: { start: 8, end: 12 } },
        { op: 'equal', a: { start: 5, end: 15 }, b: { start: 13, end: 23 } },
        { op: 'delete', a: { start: 16, end: 21 } },
        { op: 'replace', a: { start: 23, end: 34 }, b: { start: 25, end: 28 } },
        { op: 'equal', a: { start: 35, end: 43 }, b: { start: 29, end: 37 } },
      ],
    });
    expect(runs).toEqual([
      { text: 'rose ', kind: 'same' },
      { text: 'late', kind: 'new' },
      { text: ' on Tuesday ', kind: 'same' },
      { text: 'night', kind: 'gone' },
      { text: ', ', kind: 'same' },
      { text: 'two hundred', kind: 'gone' },
      { text: ' ', kind: 'same' },
      { text: '240', kind: 'new' },
      { text: ' families', kind: 'same' },
    ]);
  });
});
