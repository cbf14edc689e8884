import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCorpus, type Corpus } from '../../../src/core/corpus/corpus';
import { Comparer } from '../../../src/core/workspace/comparer';
import { keptNeeded, trackQuote } from '../../../src/core/workspace/quote-tracker';
import { WIRE, writeStoryFolder } from '../../fixtures/story-folder';

describe('trackQuote', () => {
  let dir: string;
  let corpus: Corpus;
  const comparer = new Comparer();
  const all = () => [...corpus.articles.keys()];
  const get = (id: string) => corpus.articles.get(id);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-quote-'));
    writeStoryFolder(dir);
    corpus = await openCorpus(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a sentence word for word and edited, earliest first, with the edits against the quote', () => {
    const quote = WIRE[0]!;
    const { matches, words } = trackQuote(quote, all(), comparer, get);
    expect(words).toBe(quote.split(/[\s-]+/).length);
    expect(matches.map((m) => [m.id, m.kind])).toEqual([
      ['a-wire.txt', 'verbatim'],
      ['b-herald.txt', 'verbatim'],
      ['c-courier.txt', 'edited'],
    ]);
    const courier = matches[2]!;
    expect(courier.excerpt).toContain('240 families');
    expect(corpus.articles.get('c-courier.txt')!.text.slice(courier.span.start, courier.span.end)).toBe(courier.excerpt);
    const replaced = courier.edits.filter((e) => e.op === 'replace' || e.op === 'delete' || e.op === 'insert');
    const removed = replaced.flatMap((e) => ('a' in e ? [quote.slice(e.a.start, e.a.end)] : []));
    expect(removed.join(' ')).toMatch(/two hundred and forty/);
    expect(courier.similarity).toBeLessThan(1);
  });

  it('finds a quote typed with other punctuation and case, and nothing for words merely shared', () => {
    const typed = 'flood waters rose above the old stone bridge in carrowmore';
    const found = trackQuote(typed, all(), comparer, get).matches;
    // the wire text came out a day before the two papers
    expect(found[0]!.id).toBe('a-wire.txt');
    expect(new Set(found.map((m) => m.id))).toEqual(new Set(['a-wire.txt', 'b-herald.txt', 'c-courier.txt']));
    expect(trackQuote('The library in Carrowmore opened on Tuesday night', all(), comparer, get).matches).toEqual([]);
  });

  it('asks most of a short quote and eight words of a long one', () => {
    expect(keptNeeded(4)).toBe(3);
    expect(keptNeeded(10)).toBe(7);
    expect(keptNeeded(40)).toBe(8);
    expect(trackQuote('', all(), comparer, get)).toEqual({ text: '', words: 0, matches: [] });
  });
});
