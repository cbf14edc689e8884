import { describe, expect, it } from 'vitest';
import { isMethodName, validateArgs } from '../../../src/core/api/validate';

describe('validateArgs', () => {
  it.each([
    ['getCorpus', []],
    ['openCorpus', [null]],
    ['openCorpus', ['/home/me/news']],
    ['getArticle', ['a/b.txt']],
    ['compare', ['a.txt', 'b.txt']],
    ['compare', ['a.txt', 'b.txt', { minWords: 8, fuzziness: 0.5, paraphrase: true, granularity: 'char' }]],
    ['search', [{ text: 'maliki', outlets: ['x'], dateFrom: '2021-01-01', sort: 'date', limit: 20 }]],
    ['search', [{ text: 'maliki', limit: 100, offset: 200 }]],
    ['findInArticle', ['a.txt', 'troops']],
    ['setPreferences', [{ theme: 'dark' }]],
    ['correctArticles', [['a.txt', 'export.csv#2'], { outlet: 'Reuters', date: null }]],
    ['correctArticles', [['a.txt'], { date: '2000-03-01' }]],
    ['importCorrections', ['file,outlet\na.txt,Reuters\n']],
  ] as const)('accepts %s %j', (method, args) => {
    expect(validateArgs(method, args)).toBeNull();
  });

  it.each([
    ['getArticle', [42], /argument 1 should be an article id/],
    ['getArticle', [''], /article id/],
    ['openCorpus', [{}], /folder path/],
    ['openCorpus', ['/a\0b'], /folder path/],
    ['compare', ['a', 'b', { fuzziness: 3 }], /fuzziness between 0 and 1/],
    ['compare', ['a', 'b', { minWords: 0 }], /minWords/],
    ['search', [{ text: 'x', sort: 'random' }], /sort by/],
    ['search', [{ text: 'x', limit: -1 }], /limit/],
    ['search', [{ text: 'x', offset: -1 }], /offset/],
    ['search', [{ text: 'x', offset: 1.5 }], /offset/],
    ['search', ['maliki'], /search query/],
    ['search', [{ text: 'x'.repeat(20_000) }], /search query/],
    ['setPreferences', [{ theme: 'neon' }], /theme/],
    ['correctArticles', [[], { outlet: 'x' }], /list of 1 to/],
    ['correctArticles', [['a.txt'], {}], /at least one field/],
    ['correctArticles', [['a.txt'], { date: '01/03/2000' }], /YYYY-MM-DD/],
    ['correctArticles', [['a.txt'], { outlet: 7 }], /outlet as text/],
    ['correctArticles', [['a.txt'], { words: 3 }], /without "words"/],
    ['importCorrections', [42], /CSV text/],
    ['setPreferences', [{ theme: 'dark', injected: 1 }], /without "injected"/],
    ['compare', ['a', 'b', { minWords: 8, extra: true }], /without "extra"/],
    ['search', [{ text: 'x', __proto__x: 1 }], /without "__proto__x"/],
    ['getCorpus', [1, 2], /takes 0 argument/],
    ['getCorpus', 'not a list', /list of arguments/],
  ] as const)('refuses %s %j', (method, args, message) => {
    expect(validateArgs(method, args)).toMatch(message);
  });

  it('knows only the API methods', () => {
    expect(isMethodName('compare')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'nope', 42]) expect(isMethodName(name)).toBe(false);
  });
});
