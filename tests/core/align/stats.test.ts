import { describe, expect, it } from 'vitest';
import { alignDocuments, passageStats } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';
import { article, doc, P } from './fixtures';

describe('passageStats', () => {
  it('counts shared words, the longest passage, and paraphrase links apart', () => {
    const fact = 'Officials said 4,200 workers joined the strike at the Ravenna port on Friday.';
    const other = 'The Ravenna dock strike drew about 4,200 workers, according to union leaders.';
    const a = doc([P.harbor, P.orchard, fact].join('\n\n'));
    const b = doc([P.railway, P.orchard, other, P.museum].join('\n\n'));
    const passages = alignDocuments(a, b);
    const stats = passageStats(passages, a, b);
    const orchardWords = tokenize(P.orchard).count;
    expect(stats).toEqual({
      passages: 1,
      paraphrases: 1,
      longestWords: orchardWords,
      sharedA: orchardWords / a.tokens.count,
      sharedB: orchardWords / b.tokens.count,
    });
  });

  it('is all zeros for nothing shared', () => {
    const a = doc(article('harbor'));
    const b = doc(article('museum'));
    expect(passageStats(alignDocuments(a, b), a, b)).toEqual({ passages: 0, paraphrases: 0, longestWords: 0, sharedA: 0, sharedB: 0 });
  });
});
