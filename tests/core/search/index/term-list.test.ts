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
    ['no terms', [], true],
    ['one term', ['withdraw'], true],
    ['ASCII words (kept as bytes)', ['a', 'ab', 'abc', 'b', 'withdraw', 'zz'], true],
    ['accents, Greek, CJK, an emoji, U+FFFF (code-unit order, decoded)', ['café', 'naïve', 'Ελληνικά', '中文', '\ud83d\ude42', '\uffff', 'zz'], true],
    // UTF-8 has no lone surrogates: such terms come as text only
    ['lone surrogates', ['a', '\ud800', '\udfff', '\ud83d\ude42'], false],
  ])('%s: the same terms, found where the array finds them, from text and from bytes', (_, given, asBytes) => {
    const terms = sorted(given);
    check(TermList.fromText(terms.join('\n'), terms.length), terms);
    if (asBytes) check(TermList.fromBytes(new TextEncoder().encode(terms.join('\n')), terms.length), terms);
  });

  /** `list` holds `terms` and finds each key where a scan of `terms` does. */
  function check(list: TermList, terms: string[]): void {
    expect(list.length).toBe(terms.length);
    expect(terms.map((_, i) => list.at(i))).toEqual(terms);
    for (const key of ['', 'a', 'ab', 'abd', 'caf', 'zzz', '\ud800', '\ue000', ...terms]) expect(list.lowerBound(key), key).toBe(scan(terms, key));
    for (const key of ['', 'ab', 'zz', 'nosuch', ...terms]) expect(list.is(list.lowerBound(key), key), key).toBe(terms.includes(key));
    expect(list.array()).toEqual(terms);
  }

  it.each([
    ['fewer terms than counted', 'a\nb', 3],
    ['more terms than counted', 'a\nb\nc', 2],
    ['one term more than counted', 'a\n', 1],
  ])('refuses %s', (_, text, count) => {
    expect(() => TermList.fromText(text, count)).toThrow();
    expect(() => TermList.fromBytes(new TextEncoder().encode(text), count)).toThrow();
  });

  it('held as an array answers the same', () => {
    const terms = ['alpha', 'beta', 'gamma'];
    const list = TermList.of(terms);
    expect(list.lowerBound('b')).toBe(1);
    expect(list.at(2)).toBe('gamma');
    expect(list.array()).toBe(terms);
  });
});
