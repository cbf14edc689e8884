import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { layTexts, type OldPlace } from '../../../src/core/corpus/folder-cache-texts';

const article = (text: string) => ({ text }) as Article;

describe('layTexts', () => {
  const oldChars = { narrow: [30, 10], wide: [] };
  const at = (chunk: number, start: number, end: number): OldPlace => ({ wide: false, chunk, start, end });

  it.each<[string, (OldPlace | null)[], { narrow: unknown[]; wide: unknown[] }, number[]]>([
    ['every text where it was: both chunks copied', [at(0, 0, 20), at(1, 0, 10)], { narrow: [{ old: 0, chars: 30 }, { old: 1, chars: 10 }], wide: [] }, [0, 0, 0, 20, 0, 1, 0, 10]],
    ['half of a chunk wanted: still copied', [at(0, 0, 15), null], { narrow: [{ old: 0, chars: 30 }, { texts: ['x'.repeat(10)], chars: 10 }], wide: [] }, [0, 0, 0, 15, 0, 1, 0, 10]],
    ['less than half wanted: its text written anew', [at(0, 0, 14), null], { narrow: [{ texts: ['a'.repeat(14), 'x'.repeat(10)], chars: 24 }], wide: [] }, [0, 0, 0, 14, 0, 0, 14, 24]],
  ])('%s', (_, places, chunks, table) => {
    const articles = [article('a'.repeat(places[0] ? places[0].end - places[0].start : 14)), article('x'.repeat(10))];
    const layout = layTexts(articles, (a) => places[articles.indexOf(a)] ?? null, oldChars, 1);
    expect({ narrow: layout.narrow, wide: layout.wide }).toEqual(chunks);
    expect([...layout.places]).toEqual(table);
  });

  it('puts a text with characters past Latin-1 in a UTF-16 chunk', () => {
    const layout = layTexts([article('plain'), article('Zoë 新闻')], () => null, { narrow: [], wide: [] });
    expect(layout.narrow).toEqual([{ texts: ['plain'], chars: 5 }]);
    expect(layout.wide).toEqual([{ texts: ['Zoë 新闻'], chars: 6 }]);
    expect([...layout.places]).toEqual([0, 0, 0, 5, 1, 0, 0, 6]);
  });

  it('never reads the text of an article it copies', () => {
    const untouchable = Object.defineProperty({}, 'text', { get: () => { throw new Error('read'); } }) as Article;
    expect(() => layTexts([untouchable], () => at(0, 0, 30), oldChars, 1)).not.toThrow();
  });

  it('writes a small chunk anew, every text of it wanted, so that small chunks join', () => {
    const layout = layTexts([article('a'.repeat(30))], () => at(0, 0, 30), oldChars, 31);
    expect(layout.narrow).toEqual([{ texts: ['a'.repeat(30)], chars: 30 }]);
  });
});
