import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/corpus/parse-article';
import { hasWireMarks, wireMarkup } from '../../../src/core/corpus/wire';

// Wire copy as an agency feed delivers it (written for the test): header rules, a slug line,
// hard-wrapped paragraphs closed by "<" with a control character before the next, a byline, the
// operator's initials at the foot.
const RULE = '  ' + '-'.repeat(72);
const WIRE = [
  RULE,
  '',
  RULE,
  '',
  '                  09:41 14/02/00: Page 1 (HHH) COURTS Ferry',
  RULE,
  'FERRY CAPTAIN JAILED FOR DRUNKEN CROSSING<',
  '\u0019By Tamsin Holt, PA News<',
  '\u0019A retired ferry captain who steered his vessel onto the rocks after drinking',
  'six pints of cider was jailed for two years today.<',
  '\u0019Malcolm Trewin, 61, admitted endangering the lives of forty-two passengers on',
  'the night crossing.<',
  '\u0019mf',
].join('\n');

describe('wire copy', () => {
  const parsed = parseArticle(WIRE, 'ferry1.txt');
  const kinds = parsed.blocks.map((b) => [b.kind, b.reason ?? '', WIRE.slice(b.start, b.end).replace(/\s+/g, ' ').slice(0, 40)]);

  it('is recognized by its paragraph marks', () => {
    expect(hasWireMarks(WIRE)).toBe(true);
    expect(hasWireMarks('An ordinary <b>page</b> with one < sign.\nAnd a line.')).toBe(false);
  });

  it('sets the header, the byline and the sign-off aside, and titles the story by its headline', () => {
    const head = (s: string) => s.slice(0, 40);
    expect(kinds).toEqual([
      ['debris', 'separator', head(RULE.trim())],
      ['debris', 'separator', head(RULE.trim())],
      ['dateline', 'wire slug line', head('09:41 14/02/00: Page 1 (HHH) COURTS Ferry')],
      ['debris', 'separator', head(RULE.trim())],
      ['title', '', head('FERRY CAPTAIN JAILED FOR DRUNKEN CROSSING<')],
      ['byline', '', '\u0019By Tamsin Holt, PA News<'],
      ['paragraph', '', head('\u0019A retired ferry captain who steered his vessel')],
      ['paragraph', '', head('\u0019Malcolm Trewin, 61, admitted endangering')],
      ['debris', 'wire sign-off', '\u0019mf'],
    ]);
    expect(parsed.title).toBe('FERRY CAPTAIN JAILED FOR DRUNKEN CROSSING');
    expect(parsed.date).toBe('2000-02-14T09:41');
  });

  it('joins hard-wrapped lines into one paragraph and hides the marks as markup', () => {
    const paragraph = parsed.blocks[6]!;
    expect(WIRE.slice(paragraph.start, paragraph.end)).toContain('drinking\nsix pints');
    const hidden = (paragraph.markup ?? []).map((m) => WIRE.slice(m.start, m.end));
    expect(hidden).toEqual(['\u0019', '<']);
    expect(wireMarkup(WIRE, { start: 0, end: WIRE.length })).toHaveLength(8);
  });

  it("counts the headline and the story’s words, not the header, byline or sign-off", () => {
    expect(parsed.words).toBe(6 + 22 + 16);
  });
});
