import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/align/sentences';
import { tokenize } from '../../../src/core/text/tokenize';

/** The sentences of `text` as their words joined by spaces. */
function sentences(text: string): string[] {
  const t = tokenize(text);
  const starts = splitSentences(t);
  const out: string[] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    out.push(text.slice(t.starts[starts[s]!]!, t.ends[starts[s + 1]! - 1]!).replace(/\s+/g, ' '));
  }
  return out;
}

describe('splitSentences', () => {
  it.each([
    ['periods', 'One two three. Four five six.', ['One two three', 'Four five six']],
    ['question and exclamation', 'Is it here? Yes it is! Good.', ['Is it here', 'Yes it is', 'Good']],
    ['closing quote after the period', 'He said “no.” Then he left.', ['He said “no', 'Then he left']],
    ['blank line ends a headline', 'A headline without period\n\nThe first sentence.', ['A headline without period', 'The first sentence']],
    ['line break before a capital ends a line', 'Title line\nThe body starts.', ['Title line', 'The body starts']],
    ['line break inside a sentence (PAN moved line breaks)', 'People\ndon’t discuss it.', ['People don’t discuss it']],
    ['abbreviation inside a token', 'The U.S. has troops there.', ['The U.S. has troops there']],
    ['title abbreviation', 'Gen. Soleimani was killed.', ['Gen. Soleimani was killed']],
    ['period before a lower-case word', 'Approx. three hundred came.', ['Approx. three hundred came']],
    ['decimal numbers', 'It rose 3.5 percent. Then fell.', ['It rose 3.5 percent', 'Then fell']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('cuts run-ons into pieces of at most 60 tokens, preferring semicolons', () => {
    const long = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ') + '; ' + Array.from({ length: 50 }, (_, i) => `v${i}`).join(' ');
    const got = sentences(long);
    expect(got).toHaveLength(2);
    expect(got[0]!.endsWith('w49')).toBe(true);
    const huge = Array.from({ length: 200 }, (_, i) => `x${i}`).join(' ');
    const pieces = sentences(huge);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const p of pieces) expect(p.split(' ').length).toBeLessThanOrEqual(60);
  });

  it('ends a sentence where tokens were left out (non-contiguous tokens)', () => {
    const text = 'Kept words here removed caption words kept again';
    const t = tokenize(text);
    const keep = [0, 1, 2, 6, 7];
    const sub = {
      text,
      count: keep.length,
      starts: Uint32Array.from(keep.map((i) => t.starts[i]!)),
      ends: Uint32Array.from(keep.map((i) => t.ends[i]!)),
      norms: keep.map((i) => t.norms[i]!),
    };
    expect(Array.from(splitSentences(sub))).toEqual([0, 3, 5]);
  });
});
