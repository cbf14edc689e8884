import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../../src/core/search/query/quote-candidates';
import { article, indexOf } from '../helpers';
import { STORY_FILES, WIRE } from '../../../fixtures/story-folder';

describe('quoteCandidates', () => {
  const articles = Object.entries(STORY_FILES).map(([id, text]) => article(id, text));
  const index = indexOf(articles);

  it('puts the articles carrying a quote first, an edited copy among them', () => {
    const ids = quoteCandidates(index, WIRE[0]!, 10, 0.3);
    // the wire text, the herald (verbatim) and the courier (edited) carry the first paragraph
    expect(new Set(ids.slice(0, 3))).toEqual(new Set(['a-wire.txt', 'b-herald.txt', 'c-courier.txt']));
    expect(ids).not.toContain('e-other.txt');
  });

  it('answers nothing for words the folder lacks', () => {
    expect(quoteCandidates(index, 'zyxwv qqqq', 10)).toEqual([]);
    expect(quoteCandidates(index, 'the of and', 10)).toEqual([]);
  });
});
