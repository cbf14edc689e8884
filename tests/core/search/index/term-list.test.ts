import { describe, expect, it } from 'vitest';
import { TermList } from '../../../../src/core/search/index/term-list';

const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The index `lowerBound` promises, by a plain scan. */
const scan = (terms: string[], key: string) => {
  const i = terms.findIndex((t) => t >= key);
  return i < 0 ? terms.length : i;
};

describe('a term list read from its text', () => {
  it.each([
    ['no terms', []],
    ['one term', ['withdraw']],
    ['ASCII words', ['a', 'ab', 'abc', 'b', 'withdraw', 'zz']],
    ['accents, Greek, CJK, an emoji and lone surrogates (code-unit order)', ['café', 'naïve', 'Ελληνικά', '中文', '\ud83d\ude42', '\ud800', '\udfff', '\uffff']],
  ])('%s: the same terms, found where the array finds them', (_, given) => {
    const terms = sorted(given);
    const list = TermList.fromText(terms.join('\n'), terms.length);
    expect(list.length).toBe(terms.length);
    expect(terms.map((_, i) => list.at(i))).toEqual(terms);
    for (const key of ['', 'a', 'ab', 'abd', 'caf', 'zzz', '\ud800', '\ue000', ...terms]) expect(list.lowerBound(key), key).toBe(scan(terms, key));
    expect(list.array()).toEqual(terms);
  });

  it.each([
    ['fewer terms than counted', 'a\nb', 3],
    ['more terms than counted', 'a\nb\nc', 2],
    ['one term more than counted', 'a\n', 1],
  ])('refuses %s', (_, text, count) => {
    expect(() => TermList.fromText(text, count)).toThrow();
  });

  it('held as an array answers the same', () => {
    const terms = ['alpha', 'beta', 'gamma'];
    const list = TermList.of(terms);
    expect(list.lowerBound('b')).toBe(1);
    expect(list.at(2)).toBe('gamma');
    expect(list.array()).toBe(terms);
  });
});
