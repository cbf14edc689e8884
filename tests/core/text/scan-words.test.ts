import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../src/core/text/scan-words';
import { seedArticles } from '../search/helpers';

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

  // the rule as one Unicode regex (what the tokenizer ran before it was built on the scanner): the
  // scanner must cut exactly where it does; on the METER, BBC, PAN and web-page data (100 million
  // characters) it did, at half the time
  const RULE =
    /(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,]\p{N}+)*(?:\p{L}[\p{L}\p{M}\p{N}]*)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2018\u2019\u02bc\u0019][\p{L}\p{M}]+)*/gu;
  const byRule = (text: string) => [...text.matchAll(RULE)].flatMap((m) => [m.index, m.index + m[0].length]);
  const scanned = (text: string) => {
    const out: number[] = [];
    scanWords(text, 0, text.length, (s, e) => out.push(s, e));
    return out;
  };

  it('cuts words exactly where the written rule does, on every seed article', () => {
    for (const a of seedArticles()) expect(scanned(a.text)).toEqual(byRule(a.text));
  });

  it.each([
    ['letters outside the BMP', 'and 𝗪𝗮𝗹𝗱𝗲𝗺𝗮𝗿 𝗖𝘇𝗮𝗰𝗵𝘂 wrote'],
    ['a keycap after a digit', '1\ufe0f\u20e3 Hold the grape'],
    ['a word that starts with a combining mark', '\u0301abc and x\u0301y'],
    ['abbreviations and numbers in a row', 'U.S.A. e.g. a.b.c 1.2.3 3,5km 2,500.'],
    ['apostrophes of every kind', "Iraq's Iraq\u2019s Bachelor\u0019s rock 'n' roll l'Irak"],
  ])('cuts %s as the rule does', (_, text) => {
    expect(scanned(text)).toEqual(byRule(text));
  });

  it('stays inside the range it is given', () => {
    const text = 'alpha beta gamma';
    const out: string[] = [];
    scanWords(text, 6, 10, (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual(['beta']);
  });
});
