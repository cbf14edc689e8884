import { describe, expect, it } from 'vitest';
import { isCapitalized, normalizeWord, scanWords } from '../../../src/core/search/words';
import { tokenize } from '../../../src/core/text/tokenize';
import { seedArticles } from './helpers';

const words = (text: string) => {
  const out: string[] = [];
  scanWords(text, 0, text.length, (s, e) => out.push(text.slice(s, e)));
  return out;
};

describe('scanWords', () => {
  it.each([
    ['plain words', 'US troops remain', ['US', 'troops', 'remain']],
    ['abbreviations keep their periods', 'the U.S. and e.g. this', ['the', 'U.S.', 'and', 'e.g.', 'this']],
    ['an abbreviation needs two letters', 'A. Smith', ['A', 'Smith']],
    ['numbers keep grouping and decimals', '2,500 troops and 3.5 km', ['2,500', 'troops', 'and', '3.5', 'km']],
    ['inner apostrophes join', "Iraq's Kata'ib", ["Iraq's", "Kata'ib"]],
    ['hyphens split', 'anti-terror US-led', ['anti', 'terror', 'US', 'led']],
    ['a number with a suffix', 'the 1990s and 10am', ['the', '1990s', 'and', '10am']],
    ['non-Latin letters', 'Müller in Zürich, Москва', ['Müller', 'in', 'Zürich', 'Москва']],
    ['punctuation only', '!!! --- ...', []],
  ])('%s', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('cuts words exactly where the tokenizer does, on every seed article', () => {
    for (const a of seedArticles()) {
      const t = tokenize(a.text);
      const mine: number[] = [];
      scanWords(a.text, 0, a.text.length, (s, e) => mine.push(s, e));
      const theirs: number[] = [];
      for (let i = 0; i < t.count; i++) theirs.push(t.starts[i]!, t.ends[i]!);
      expect(mine).toEqual(theirs);
    }
  });

  it('stays inside the range it is given', () => {
    const text = 'alpha beta gamma';
    const out: string[] = [];
    scanWords(text, 6, 10, (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual(['beta']);
  });
});

describe('normalizeWord', () => {
  it.each([
    ['Troops', 'troops'],
    ['U.S.', 'us'],
    ['2,500', '2500'],
    ['3.5', '3.5'],
    ["Iraq's", 'iraq'],
    ['Iraq\u2019s', 'iraq'],
    ['Müller', 'muller'],
    ['ﬁnal', 'final'],
    ['x'.repeat(41), ''],
  ])('%s -> %s', (word, norm) => {
    expect(normalizeWord(word)).toBe(norm);
  });
});

describe('isCapitalized', () => {
  it.each([
    ['US', true],
    ['U.S.', true],
    ['WHO', true],
    ['Us', false],
    ['us', false],
    ['A', false],
  ])('%s -> %s', (word, expected) => {
    expect(isCapitalized(word, 0, word.length)).toBe(expected);
  });
});
