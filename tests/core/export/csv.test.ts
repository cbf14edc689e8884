import { describe, expect, it } from 'vitest';
import { spansCell, toCsv } from '../../../src/core/export/csv';

describe('toCsv', () => {
  it('quotes what needs quoting, keeps numbers, and defuses formulas', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [
      ['plain', 'with, comma', 'say "hi"', 3.5],
      ['line\nbreak', null, true, '=HYPERLINK("http://x")'],
      ['-1 dead', '@cmd', '+x', 0],
    ]);
    expect(csv).toBe(
      'a,b,c,d\r\nplain,"with, comma","say ""hi""",3.5\r\n"line\nbreak",,true,"\'=HYPERLINK(""http://x"")"\r\n\'-1 dead,\'@cmd,\'+x,0\r\n',
    );
  });

  it('writes spans as start-end pairs', () => {
    expect(spansCell([{ start: 3, end: 10 }, { start: 20, end: 25 }])).toBe('3-10;20-25');
    expect(spansCell([])).toBe('');
  });
});
