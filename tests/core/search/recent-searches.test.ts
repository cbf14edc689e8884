import { describe, expect, it } from 'vitest';
import { rememberSearch } from '../../../src/core/search/recent-searches';

describe('rememberSearch', () => {
  it.each([
    ['puts the newest first', ['troops'], 'Maliki', ['Maliki', 'troops']],
    ['keeps each query once, the latest spelling', ['maliki', 'troops'], 'Maliki ', ['Maliki', 'troops']],
    ['collapses white space', [], '  US   troops ', ['US troops']],
    ['ignores blank input', ['troops'], '   ', ['troops']],
    ['ignores punctuation only', ['troops'], '!!!', ['troops']],
    ['ignores pasted pages', ['troops'], 'word '.repeat(100), ['troops']],
    ['drops junk already in the list', ['', '  ', 'troops'], 'Maliki', ['Maliki', 'troops']],
  ])('%s', (_, recent, text, expected) => {
    expect(rememberSearch(recent, text)).toEqual(expected);
  });

  it('keeps at most the limit', () => {
    let list: string[] = [];
    for (let i = 0; i < 20; i++) list = rememberSearch(list, `query ${i}`, 5);
    expect(list).toEqual(['query 19', 'query 18', 'query 17', 'query 16', 'query 15']);
  });
});
