import { describe, expect, it } from 'vitest';
import { termAt } from '../../../../src/core/search/index/analyzer';
import { TermFinder } from '../../../../src/core/search/query/term-finder';
import { scanWords } from '../../../../src/core/text/scan-words';
import { seedArticles } from '../helpers';

// what a full scan finds: every word whose term is wanted
function fullScan(text: string, terms: Set<string>): string[] {
  const out: string[] = [];
  scanWords(text, 0, text.length, (s, e) => {
    if (terms.has(termAt(text, s, e))) out.push(`${s}:${text.slice(s, e)}`);
  });
  return out;
}

function viaFinder(text: string, terms: Set<string>): string[] {
  const out: string[] = [];
  new TermFinder(terms).each(text, [0, text.length], (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
}

describe('TermFinder', () => {
  it('finds exactly what a full scan finds, on every seed article and many terms', () => {
    for (const a of seedArticles()) {
      const all = new Set<string>();
      scanWords(a.text, 0, a.text.length, (s, e) => all.add(termAt(a.text, s, e)));
      const terms = [...all].filter((t) => t !== '');
      for (let i = 0; i < terms.length; i += 7) {
        const wanted = new Set(terms.slice(i, i + 7));
        expect(viaFinder(a.text, wanted), [...wanted].join(' ')).toEqual(fullScan(a.text, wanted));
      }
    }
  });

  it.each([
    ['stems that rewrite their ending', 'ability and happiness, happily', ['abl', 'happi']],
    ['each ending Porter rewrites: y, a suffix put back or replaced, -bility', 'hoping, relational, operator, copy, feasibility, valency', ['hope', 'relat', 'oper', 'copi', 'feasibl', 'valenc']],
    ['a stem used whole as the start', 'war, wars, warring, was, water, way and a warship', ['war', 'warship']],
    ['abbreviations', 'the U.S. and the US, not us', ['us']],
    ['grouped numbers', '2,500 troops and 2500 more', ['2500']],
    ['diacritics', 'Müller met Muller and MÜLLER', ['muller']],
    ['possessives', "Iraq's and Iraq\u2019s and Iraqs", ['iraq']],
    ['after punctuation and inside hyphenation', '(troops) anti-troops "troops"', ['troop']],
  ])('%s', (_, text, terms) => {
    const wanted = new Set(terms);
    expect(viaFinder(text, wanted)).toEqual(fullScan(text, wanted));
    expect(viaFinder(text, wanted).length).toBeGreaterThan(0);
  });

  it('matches typed word starts', () => {
    const text = 'withdrawal and withdrew, but not without';
    const out: string[] = [];
    new TermFinder(new Set(), ['withdr']).each(text, [0, text.length], (s, e) => out.push(text.slice(s, e)));
    expect(out).toEqual(['withdrawal', 'withdrew']);
  });

  it('stays inside its ranges', () => {
    const text = 'troops | troops | troops | troops';
    const out: number[] = [];
    new TermFinder(new Set(['troop'])).each(text, [5, 17, 25, 33], (s) => out.push(s));
    expect(out).toEqual([9, 27]);
  });
});
