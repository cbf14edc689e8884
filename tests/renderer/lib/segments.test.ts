import { describe, expect, it } from 'vitest';
import { runsOf, type Mark } from '../../../src/renderer/src/lib/segments';

const text = '# *Title here* and **more** words';

describe('runsOf', () => {
  it('drops markup and keeps offsets into the text', () => {
    const block = { start: 0, end: text.length, markup: [{ start: 0, end: 3 }, { start: 13, end: 14 }, { start: 19, end: 21 }, { start: 25, end: 27 }] };
    const runs = runsOf(text, block, []);
    expect(runs.map((r) => r.text).join('')).toBe('Title here and more words');
    for (const r of runs) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('splits at highlight edges and lists the covering marks', () => {
    const passage: Mark = { start: 3, end: 27, kind: 'passage', k: 0 };
    const edit: Mark = { start: 21, end: 25, kind: 'insert', k: 0 };
    const runs = runsOf(text, { start: 0, end: text.length }, [passage, edit]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.kind)])).toEqual([
      ['# *', []],
      ['Title here* and **', ['passage']],
      ['more', ['passage', 'insert']],
      ['**', ['passage']],
      [' words', []],
    ]);
  });

  it('ignores marks outside the block and empty ones', () => {
    const runs = runsOf(text, { start: 3, end: 13 }, [{ start: 20, end: 30, kind: 'match' }, { start: 5, end: 5, kind: 'match' }]);
    expect(runs).toEqual([{ start: 3, end: 13, text: 'Title here', marks: [] }]);
  });

  it('clips marks that cross the block edge', () => {
    const runs = runsOf('aaaa bbbb', { start: 5, end: 9 }, [{ start: 2, end: 7, kind: 'passage', k: 1 }]);
    expect(runs.map((r) => [r.text, r.marks.length])).toEqual([['bb', 1], ['bb', 0]]);
  });
});
