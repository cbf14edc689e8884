import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenAt, tokenize } from '../../../src/core/text/tokenize';

describe('tokenize', () => {
  it.each([
    ['plain words', 'The US troops', ['the', 'us', 'troops']],
    ['abbreviation with periods', 'U.S. forces', ['us', 'forces']],
    ['grouped number', 'nearly 2,500 troops', ['nearly', '2500', 'troops']],
    ['decimal number', 'rose 3.5 percent', ['rose', '3.5', 'percent']],
    ['curly apostrophe', 'Iraq’s sovereignty', ["iraq's", 'sovereignty']],
    ['straight apostrophe', "Iraq's sovereignty", ["iraq's", 'sovereignty']],
    ['control-character apostrophe (PAN)', 'Bachelor\u0019s degree', ["bachelor's", 'degree']],
    ['hyphen splits', 'anti-terror groups', ['anti', 'terror', 'groups']],
    ['quotes and dashes are not words', '“blatant violations” — said', ['blatant', 'violations', 'said']],
    ['NFKC folds ligatures and full-width', 'ﬁre ＡＢＣ', ['fire', 'abc']],
    ['NBSP separates', 'some\u00a0900', ['some', '900']],
    ['sentence-final period is not an abbreviation', 'in Syria. The', ['in', 'syria', 'the']],
    ['empty', '', []],
    ['only punctuation', '... --- !!', []],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text).norms).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = '  “U.S.” forces—nearly 2,500 of them—in Iraq’s\u00a0north.\n';
    const t = tokenize(text);
    const raw = Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
    expect(raw).toEqual(['U.S.', 'forces', 'nearly', '2,500', 'of', 'them', 'in', 'Iraq’s', 'north']);
  });

  it('finds the token at an offset', () => {
    const t = tokenize('one two three');
    expect([0, 3, 4, 8, 13].map((o) => tokenAt(t, o))).toEqual([0, 1, 1, 2, 3]);
  });

  it('normalizes a single word the same way', () => {
    expect(normalizeWord('U.S.')).toBe('us');
    expect(normalizeWord('Maliki')).toBe('maliki');
  });
});
