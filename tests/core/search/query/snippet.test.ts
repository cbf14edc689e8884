import { describe, expect, it } from 'vitest';
import { matcherOf, spanFinder } from '../../../../src/core/search/query/highlight';
import { parseQuery } from '../../../../src/core/search/query/query-parser';
import { bodyRanges } from '../../../../src/core/search/index/shard-build';
import { makeSnippet, SNIPPET_CHARS } from '../../../../src/core/search/query/snippet';
import { article, seedArticles } from '../helpers';

const snippetOf = (text: string, query: string, ranges = [0, text.length]) => makeSnippet(text, ranges, spanFinder(matcherOf(parseQuery(query), null)));
const marked = (s: { text: string; highlights: { start: number; end: number }[] }) => s.highlights.map((h) => s.text.slice(h.start, h.end));

describe('makeSnippet', () => {
  it('shows the stretch with the most query words, highlighted', () => {
    const a = seedArticles().find((s) => s.id.startsWith('000'))!;
    const s = makeSnippet(a.text, bodyRanges(a), spanFinder(matcherOf(parseQuery('Maliki sanctions '), null)));
    expect(marked(s)).toEqual(expect.arrayContaining(['Maliki', 'sanctions']));
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 30);
  });

  it('collapses white space and keeps highlights on the right characters', () => {
    const s = snippetOf('Alpha\n\n   beta   gamma\tdelta', 'gamma ');
    expect(s.text).toBe('Alpha beta gamma delta');
    expect(marked(s)).toEqual(['gamma']);
  });

  it('cuts at word boundaries with ellipses when the text is long', () => {
    const text = `${'lorem ipsum dolor '.repeat(40)}the withdrawal began ${'sit amet consectetur '.repeat(40)}`;
    const s = snippetOf(text, 'withdrawal ');
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(marked(s)).toEqual(['withdrawal']);
    expect(s.text).not.toMatch(/ \S{1,2} …$/);
  });

  it('shows the opening when no query word is in the body', () => {
    const a = article('x.txt', 'Headline about troops\n\nThe first paragraph says nothing of note.');
    const s = makeSnippet(a.text, bodyRanges(a), spanFinder(matcherOf(parseQuery('troops '), null)));
    expect(s.text).toBe('The first paragraph says nothing of note.');
    expect(s.highlights).toEqual([]);
  });

  it('highlights a phrase as one match', () => {
    expect(marked(snippetOf('the foreign forces and foreign aid', '"foreign forces" '))).toEqual(['foreign forces']);
  });
});
