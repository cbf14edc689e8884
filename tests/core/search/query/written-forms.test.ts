import { describe, expect, it } from 'vitest';
import { ACCENTED, hasAccents, WORD_START, writtenPattern } from '../../../../src/core/search/query/written-forms';

describe('writtenPattern', () => {
  it.each([
    // word, accents, matches, does not match
    ['jose', true, ['jose', 'José', 'JOSÉ'], ['jos']],
    ['jose', false, ['jose', 'JOSE'], ['José']],
    ["o'brien", false, ["O'Brien", 'O’Brien', 'O\u02bcBrien', 'O\u0019Brien'], ['OBrien']],
    ['u.s', false, ['u.s', 'U.S'], ['uxs']],
  ])('%s (accents %s)', (word, accents, yes, no) => {
    const re = new RegExp(`^${writtenPattern(word, accents)}$`, 'i');
    for (const s of yes) expect(re.test(s), s).toBe(true);
    for (const s of no) expect(re.test(s), s).toBe(false);
  });
});

describe('ACCENTED, WORD_START, hasAccents', () => {
  it.each([
    ['plain text', false],
    ['Café', true],
    ['Nguyễn', true],
    ['naïve', true],
  ])('%s has accents: %s', (text, accented) => {
    expect(ACCENTED.test(text)).toBe(accented);
    expect(hasAccents({ id: 'a', title: '', text, body: [] })).toBe(accented);
  });

  it('remembers the answer on the document', () => {
    const doc: { id: string; title: string; text: string; body: number[]; accented?: boolean } = { id: 'a', title: '', text: 'é', body: [] };
    expect(hasAccents(doc)).toBe(true);
    expect(doc.accented).toBe(true);
  });

  it('WORD_START refuses a match inside a word', () => {
    const re = new RegExp(`${WORD_START}war`, 'gi');
    expect('war, swarm, Warsaw'.match(re)).toEqual(['war', 'War']);
  });
});
