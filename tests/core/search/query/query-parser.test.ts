import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, MAX_QUERY_LENGTH, outletKey, parseQuery } from '../../../../src/core/search/query/query-parser';
import type { ParsedQuery } from '../../../../src/core/search/query/query-types';

/** A parsed query in a compact form: one string per clause. */
function shape(q: ParsedQuery): string[] {
  return q.clauses.map((c) => {
    const sign = c.mode === 'not' ? '-' : c.mode === 'must' ? '+' : '';
    const field = c.field === 'title' ? 'title:' : '';
    if (c.kind === 'phrase') return `${sign}${field}"${c.words.map((w) => w.norm).join(' ')}"`;
    const w = c.words[0]!;
    return `${sign}${field}${w.term}${w.prefix === 'explicit' ? '*' : w.prefix === 'typing' ? '…' : ''}`;
  });
}

describe('parseQuery', () => {
  it.each([
    ['several words, each ranked', 'iraq troops ', ['iraq', 'troop']],
    ['stop words left out', 'the troops of Iraq ', ['troop', 'iraq']],
    ['a phrase is required', '"US troops" withdrawal ', ['+"us troops"', 'withdraw']],
    ['an unclosed quote runs to the end', 'resume "troops in iraq', ['resum', '+"troops in iraq"']],
    ['curly quotes', '\u201cforeign forces\u201d ', ['+"foreign forces"']],
    ['a one-word phrase is a required word', '"Maliki" ', ['+maliki']],
    ['exclusions', 'troops -syria -"united states" ', ['troop', '-syria', '-"united states"']],
    ['required words', '+iraq troops ', ['+iraq', 'troop']],
    ['explicit prefix', 'withdr* troops ', ['withdr*', 'troop']],
    ['the word being typed', 'troops withdr', ['troop', 'withdr…']],
    ['no prefix once a space follows', 'troops withdr ', ['troop', 'withdr']],
    ['no prefix after punctuation', 'troops withdr.', ['troop', 'withdr']],
    ['title filter', 'title:resistance troops ', ['+title:resist', 'troop']],
    ['title phrase', 'title:"resistance groups" ', ['+title:"resistance groups"']],
    ['a field name with nothing after it is a word', 'title: outlet: ', ['titl', 'outlet']],
    ['hyphenated words are separate words', 'boundary-layer ', ['boundari', 'layer']],
    ['a dash alone is not an exclusion', 'troops - iraq ', ['troop', 'iraq']],
    ['unknown fields are words', 'http://example.com 10:30 ', ['http', 'exampl', 'com', '10', '30']],
    ['a typed stop word does not expand', 'troops the', ['troop']],
    ['an explicit stop-word prefix does', 'the* ', ['*']],
    ['a capitalized stop word is an acronym', 'US troops ', ['us', 'troop']],
    ['not when everything is in capitals', 'WHAT ARE US TROOPS ', ['troop']],
    ['one word in capitals is an acronym', 'U.S. ', ['us']],
  ])('%s: %s', (_, text, expected) => {
    expect(shape(parseQuery(text))).toEqual(expected);
  });

  it('reads outlet filters apart from the words', () => {
    const q = parseQuery('outlet:radio-habana -outlet:"The Cradle" troops ');
    expect(q.outlets).toEqual(['radio habana']);
    expect(q.excludedOutlets).toEqual(['the cradle']);
    expect(shape(q)).toEqual(['troop']);
  });

  it.each([
    ['empty', ''],
    ['white space', '   \t\n '],
    ['punctuation only', '!!! ... ??? ---'],
    ['quotes only', '"" " "'],
    ['signs only', '- + -- ++'],
    ['control characters', '\u0000\u0001\u001f'],
  ])('junk gives no clauses and no exception: %s', (_, text) => {
    const q = parseQuery(text);
    expect(q.clauses).toEqual([]);
  });

  it('says when only very common words were typed', () => {
    expect(parseQuery('the of and ').notices.join(' ')).toMatch(/too common/);
  });

  it('cuts very long input and says so', () => {
    const q = parseQuery('troops '.repeat(1000));
    expect(q.notices.join(' ')).toContain(String(MAX_QUERY_LENGTH));
    expect(q.clauses.length).toBeLessThanOrEqual(MAX_CLAUSES);
  });

  it('caps the number of clauses', () => {
    const words = Array.from({ length: 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    const q = parseQuery(words + ' ');
    expect(q.clauses).toHaveLength(MAX_CLAUSES);
    expect(q.notices.join(' ')).toMatch(/first 32 words/);
  });

  it('never throws, whatever the input', () => {
    const alphabet = 'ab "-+*:title:outlet:\u201c\u201d\u00e9\u0000.,\'\\~^ ';
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = 0; j < 30; j++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        text += alphabet[seed % alphabet.length];
      }
      expect(() => parseQuery(text)).not.toThrow();
    }
    expect(() => parseQuery(undefined as unknown as string)).not.toThrow();
  });
});

describe('outletKey', () => {
  it.each([
    ['Radio Habana Cuba', 'radio habana cuba'],
    ['thecradle.co', 'thecradle co'],
    ['  PressTV  ', 'presstv'],
  ])('%s -> %s', (name, key) => {
    expect(outletKey(name)).toBe(key);
  });
});
