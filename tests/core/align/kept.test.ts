import { describe, expect, it } from 'vitest';
import { keptPair } from '../../../src/core/align/kept';
import { makePair } from '../../../src/core/align/pair';
import { doc } from './fixtures';

/** The kind of the pair and the words each side keeps, as text. */
function kept(a: string, b: string) {
  const pair = makePair(doc(a), doc(b));
  const k = keptPair(pair, 0, pair.a.tokens.count, 0, pair.b.tokens.count, 'word');
  const text = (t: typeof pair.a, ranges: [number, number][]) =>
    ranges.map(([from, to]) => t.tokens.text.slice(t.tokens.starts[from]!, t.tokens.ends[to - 1]!)).join(' | ');
  return { kind: k.kind, a: text(pair.a, k.keptA), b: text(pair.b, k.keptB), similarity: k.similarity };
}

describe('keptPair: what one sentence pair kept', () => {
  it.each([
    {
      name: 'the same sentence is verbatim and kept whole',
      a: 'The court heard that the hull struck the reef shortly after midnight.',
      b: 'The court heard that the hull struck the reef shortly after midnight.',
      kind: 'verbatim',
      keptA: 'The court heard that the hull struck the reef shortly after midnight',
    },
    {
      name: 'a word replaced inside is an edit, kept with the words around it',
      a: 'The court heard that the hull struck the reef shortly after midnight.',
      b: 'The court was told that the hull struck the reef shortly after midnight.',
      kind: 'edited',
      keptA: 'The court heard that the hull struck the reef shortly after midnight',
    },
    {
      name: 'a condensed sentence keeps its own words; the longer one keeps what was taken from it',
      a: 'A ferry captain who steered his vessel onto the rocks was jailed for two years.',
      b: 'A retired ferry captain who steered his vessel onto the rocks off Carrow Point after drinking six pints of cider at the harbour bar was jailed for two years.',
      kind: 'edited',
      keptA: 'A ferry captain who steered his vessel onto the rocks was jailed for two years',
      keptB: 'A | ferry captain who steered his vessel onto the rocks | was jailed for two years',
    },
    {
      name: 'a clause the paper added is its own text, not kept',
      a: 'The court heard that Trewin ignored two warnings, though friends described him as the most careful sailor on the whole of the north coast, before the hull struck the reef.',
      b: 'The court heard that Trewin ignored two warnings before the hull struck the reef.',
      kind: 'edited',
      keptA: 'The court heard that Trewin ignored two warnings | before the hull struck the reef',
    },
    {
      name: 'the same fact in other words is a paraphrase and keeps only runs of three words',
      a: 'Malcolm Trewin, the ferry captain, will spend two years in prison, a judge in Exeter decided.',
      b: 'A judge sentenced Malcolm Trewin to two years for endangering passengers near Exeter.',
      kind: 'paraphrase',
      keptA: '',
    },
  ])('$name', ({ a, b, kind, keptA, keptB }) => {
    const k = kept(a, b);
    expect(k.kind).toBe(kind);
    expect(k.a).toBe(keptA);
    if (keptB !== undefined) expect(k.b).toBe(keptB);
  });

});
