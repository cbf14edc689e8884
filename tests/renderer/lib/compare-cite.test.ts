import { describe, expect, it } from 'vitest';
import { citePair } from '../../../src/renderer/src/lib/compare-cite';
import { publishedFirst, summaryParts } from '../../../src/renderer/src/lib/compare-summary';
import { A, B, comparison } from './compare-fixture';

describe('citePair', () => {
  it('quotes both excerpts with title, outlet, date, file and offsets', () => {
    const text = citePair(comparison, A, B, 0)!;
    const p = comparison.passages[0]!;
    expect(text).toContain('Shared passage (edited) 1 of 2, 92% of words alike');
    expect(text).toContain('A: “There are nearly 2,500 American troops in Iraq and some 900 in Syria.”');
    expect(text).toContain('— Troops stay. Radio One, Aug 26, 2024.');
    expect(text).toContain(`a.txt, characters ${p.a.start}–${p.a.end}`);
    expect(text).toContain('B: “There are roughly 2,500');
    expect(text).toContain('— Talks begin. outlet unknown, Jan 26, 2024.');
    expect(text).toContain(`b.txt, characters ${p.b.start}–${p.b.end}`);
  });

  it('gives the web address an article closes with, and none when it gives none', () => {
    const url = 'https://www.radio-one.example/2024/08/troops';
    const text = `${A.text}\n\n${url}\n`;
    const withUrl = { ...A, text, blocks: [...A.blocks, { kind: 'link' as const, start: text.length - url.length - 1, end: text.length - 1, reason: 'web address' }] };
    expect(citePair(comparison, withUrl, B, 0)).toContain(`— Troops stay. Radio One, Aug 26, 2024.\n   ${url}\n   a.txt, characters`);
    expect(citePair(comparison, A, B, 0)).not.toContain('http');
  });

  it('says when a passage is moved, and is null for an unknown passage', () => {
    expect(citePair(comparison, A, B, 1)).toMatch(/^Shared passage \(verbatim\) 2 of 2, 100% of words alike, moved/);
    expect(citePair(comparison, A, B, 9)).toBeNull();
  });
});

describe('summary', () => {
  it('keeps the figures a reader decides on in one line', () => {
    expect(summaryParts(comparison)).toEqual([
      '2 shared passages',
      '60% of A and 95% of B shared',
      'longest 13 words',
      'B was published first (Jan 26, 2024; A Aug 26, 2024)',
    ]);
  });

  it('says which date is missing rather than guessing', () => {
    const noDate = { ...comparison, a: { ...comparison.a, date: null }, stats: { ...comparison.stats, firstPublished: null } };
    expect(publishedFirst(noDate)).toBe('A gives no full date');
    const neither = { ...noDate, b: { ...noDate.b, date: null } };
    expect(publishedFirst(neither)).toBe('neither gives a full date');
  });
});
