import { describe, expect, it } from 'vitest';
import type { IndexedText } from '../../../../src/core/search/index/shard';
import { mayHaveWords, wordFilterOf } from '../../../../src/core/search/index/word-filter';
import { searchWord } from '../../../../src/core/text/search-words';

function doc(title: string, body: string): IndexedText {
  const text = `${title}\n\n${body}`;
  return { id: 'x', title, text, body: [title.length + 2, text.length] };
}

const sample = doc(
  'Iraq’s Resistance Warns Washington',
  'The U.S. keeps nearly 2,500 troops in Iraq. Müller said the UNITED Nations would meet; Kata\'ib Hezbollah disagreed.',
);

describe('word filter', () => {
  it.each(['iraq', 'resistance', 'washington', 'us', '2500', 'troops', 'muller', 'united', 'nations', "kata'ib", 'hezbollah'])(
    'never turns away a word the text has: %s',
    (word) => {
      expect(mayHaveWords(sample, [searchWord(word)])).toBe(true);
    },
  );

  it('turns away words the text lacks, all but a rare few', () => {
    const absent = Array.from({ length: 2000 }, (_, i) => `absentword${i}`);
    const maybe = absent.filter((w) => mayHaveWords(sample, [w])).length;
    expect(maybe / absent.length).toBeLessThan(0.05);
  });

  it('needs every word of a phrase', () => {
    expect(mayHaveWords(sample, ['united', 'nations'])).toBe(true);
    expect(mayHaveWords(sample, ['united', 'kingdomzz'])).toBe(false);
  });

  it('is built once and kept on the document', () => {
    const d = doc('A', 'b c');
    expect(wordFilterOf(d)).toBe(wordFilterOf(d));
    expect(d.words).toBeDefined();
  });

  it('reads only the indexed ranges', () => {
    const text = 'caption words here. Body words there.';
    const d: IndexedText = { id: 'y', title: '', text, body: [20, text.length] };
    expect(mayHaveWords(d, ['body'])).toBe(true);
    expect(mayHaveWords(d, ['caption'])).toBe(false);
  });
});
