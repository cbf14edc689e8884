import { describe, expect, it } from 'vitest';
import { agencyTag, creditOf } from '../../../src/core/corpus/credits';

describe('outlets named in credits', () => {
  it.each([
    ['By Shenai Raif, PA News', 'Press Association'],
    ['By Stephen Howard, PA News.', 'Press Association'],
    ['By PA Reporter', 'Press Association'],
    ['By PA News Reporter', 'Press Association'],
    ['Source: Reuters', 'Reuters'],
    ['Source: AFP', 'Agence France-Presse'],
    ['By Jo Bloggs, Daily Mail', 'Daily Mail'],
  ])('%s names %s', (line, outlet) => {
    expect(creditOf(line)?.outlet).toBe(outlet);
  });

  it.each(['By Jo Bloggs, Home Affairs Editor', 'By Jo Bloggs', 'Source: a statement from the council'])('%s names no outlet', (line) => {
    expect(creditOf(line)).toBeNull();
  });

  it('reads the agency tag that opens a wire story', () => {
    expect(agencyTag('LONDON (Reuters) - The Bank of England held rates')).toBe('Reuters');
    expect(agencyTag('The minister (pictured) - who resigned')).toBeNull();
  });
});
