import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/shared/comparison';
import { alignDocuments, DEFAULT_ALIGN_OPTIONS, prepareDocument } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';
import { article, doc, P } from './fixtures';

const words = (s: string) => tokenize(s).norms;

/** Every span and edit of every passage lies inside its text and slices to whole words. */
function expectWellFormed(passages: Passage[], a: string, b: string) {
  passages.forEach((p, k) => {
    expect(p.k).toBe(k);
    for (const [span, text] of [
      [p.a, a],
      [p.b, b],
    ] as const) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.end).toBeGreaterThan(span.start);
      expect(text.slice(span.start, span.end)).toMatch(/^["'“‘(]?[\p{L}\p{N}]/u);
    }
    for (const e of p.edits) {
      if ('a' in e) expect(e.a.start >= p.a.start && e.a.end <= p.a.end).toBe(true);
      if ('b' in e) expect(e.b.start >= p.b.start && e.b.end <= p.b.end).toBe(true);
      if (e.op === 'equal') expect(words(a.slice(e.a.start, e.a.end))).toEqual(words(b.slice(e.b.start, e.b.end)));
    }
  });
  for (let k = 1; k < passages.length; k++) expect(passages[k]!.a.start).toBeGreaterThanOrEqual(passages[k - 1]!.a.start);
}

const edited = P.orchard
  .replace('smallest harvest in a decade', 'lowest harvest in ten years')
  .replace('Cider makers are importing', 'Cider producers have been importing')
  .replace('to replant damaged trees', 'to replant trees');

const reflowed = P.orchard
  .replace('growers in the', 'growers in\nthe')
  .replace('a late frost', 'a  late\u00a0frost')
  .replace('Cider makers', '“Cider makers')
  .replace('running.', 'running.”')
  .replace('emergency loans', 'emergency\nloans');

interface Case {
  name: string;
  a: string;
  b: string;
  /** Paragraph text expected as a passage on each side, in A's order. */
  shared: { a: string; b: string; kind?: Passage['kind']; moved?: boolean }[];
}

const cases: Case[] = [
  {
    name: 'verbatim copy between different neighbours',
    a: article('harbor', 'orchard', 'library'),
    b: article('railway', 'orchard', 'museum'),
    shared: [{ a: P.orchard, b: P.orchard, kind: 'verbatim', moved: false }],
  },
  {
    name: 'edited copy: words replaced, inserted, deleted',
    a: article('harbor', 'orchard', 'library'),
    b: [P.railway, edited, P.museum].join('\n\n'),
    shared: [{ a: P.orchard, b: edited, kind: 'edited' }],
  },
  {
    name: 'line breaks, spacing, NBSP and quotes differ',
    a: article('harbor', 'orchard'),
    b: ['Unrelated opening words about nothing in particular.', reflowed].join('\n\n'),
    shared: [{ a: P.orchard, b: reflowed, kind: 'verbatim' }],
  },
  {
    name: 'two shared paragraphs in the same order',
    a: article('harbor', 'orchard', 'library', 'railway'),
    b: article('museum', 'orchard', 'festival', 'railway'),
    shared: [
      { a: P.orchard, b: P.orchard, moved: false },
      { a: P.railway, b: P.railway, moved: false },
    ],
  },
  {
    name: 'unrelated documents share nothing',
    a: article('harbor', 'orchard', 'library'),
    b: article('railway', 'museum', 'vaccine'),
    shared: [],
  },
];

describe('alignDocuments', () => {
  it.each(cases)('$name', ({ a, b, shared }) => {
    const passages = alignDocuments(doc(a), doc(b));
    expectWellFormed(passages, a, b);
    expect(passages.map((p) => [a.slice(p.a.start, p.a.end), b.slice(p.b.start, p.b.end)])).toEqual(
      shared.map((s) => [s.a, s.b]),
    );
    shared.forEach((s, k) => {
      if (s.kind) expect(passages[k]!.kind).toBe(s.kind);
      if (s.moved !== undefined) expect(passages[k]!.moved).toBe(s.moved);
    });
  });

  it('finds reordered paragraphs as separate passages and flags the one out of order', () => {
    const a = article('harbor', 'orchard', 'library', 'railway', 'museum');
    const b = article('harbor', 'library', 'orchard', 'railway', 'museum');
    const passages = alignDocuments(doc(a), doc(b));
    expectWellFormed(passages, a, b);
    const slices = passages.map((p) => a.slice(p.a.start, p.a.end));
    expect(slices).toContain(P.orchard);
    expect(slices).toContain(P.library);
    const moved = passages.filter((p) => p.moved).map((p) => a.slice(p.a.start, p.a.end));
    expect(moved).toHaveLength(1);
    expect([P.orchard, P.library]).toContain(moved[0]);
    // each side's passage is the same paragraph on the other side
    for (const p of passages) expect(words(a.slice(p.a.start, p.a.end))).toEqual(words(b.slice(p.b.start, p.b.end)));
  });

  it('a document compared with itself is one verbatim passage over all of it', () => {
    const a = article('harbor', 'orchard', 'library');
    const passages = alignDocuments(doc(a), doc(a));
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ a: { start: 0, end: a.length }, b: { start: 0, end: a.length }, kind: 'verbatim', similarity: 1 });
    expect(passages[0]!.edits).toEqual([{ op: 'equal', a: { start: 0, end: a.length - 1 }, b: { start: 0, end: a.length - 1 } }]);
  });

  it.each([
    ['both empty', '', ''],
    ['one empty', article('harbor'), ''],
    ['only punctuation', '... — !!', '... — !!'],
    ['a few words', 'The harbor authority approved', 'The harbor authority approved'],
  ])('empty and tiny inputs: %s', (_name, a, b) => {
    expect(alignDocuments(doc(a), doc(b))).toEqual([]);
  });

  it('folds Unicode: NFKC ligatures and full-width digits, curly quotes, NBSP', () => {
    const a = 'The ministry said the “final” figure for 2024 was 3,500 tonnes of grain delivered to the northern provinces by rail.';
    const b = 'The ministry said the "ﬁnal" figure for ２０２４ was 3,500\u00a0tonnes of grain delivered to the northern provinces by rail.';
    const passages = alignDocuments(doc(a), doc(b), { minWords: 5 });
    expect(passages).toHaveLength(1);
    expect(passages[0]!.kind).toBe('verbatim');
    expect(b.slice(passages[0]!.b.start, passages[0]!.b.end)).toBe(b);
  });

  it('word edits mark what changed inside an edited passage', () => {
    const a = article('harbor', 'orchard');
    const b = [P.railway, edited].join('\n\n');
    const [p] = alignDocuments(doc(a), doc(b));
    const changed = p!.edits.filter((e) => e.op !== 'equal');
    const show = (e: (typeof changed)[number]) =>
      [e.op, 'a' in e ? a.slice(e.a.start, e.a.end) : '', 'b' in e ? b.slice(e.b.start, e.b.end) : ''].join('|');
    expect(changed.map(show)).toEqual([
      'replace|smallest|lowest',
      'replace|a decade|ten years',
      'replace|makers are|producers have been',
      'delete|damaged|',
    ]);
    expect(p!.similarity).toBeGreaterThan(0.8);
    expect(p!.similarity).toBeLessThan(1);
  });

  it.each([
    ['an edited lead-in on both sides is inside', 'There are nearly 2,500', 'There are roughly 2,500', true],
    ['a word or two on one side only is inside', 'Officially, 2,500', '2,500', true],
    ['a longer lead-in on one side only stays out', 'Officials said on Monday that 2,500', '2,500', false],
  ])('sentence ends: %s', (_name, leadA, leadB, inside) => {
    const body =
      ' soldiers remain stationed at the northern bases while the parliament debates a timetable for their withdrawal from the region.';
    const a = [P.harbor, leadA + body, P.orchard].join('\n\n');
    const b = [P.museum, leadB + body, P.festival].join('\n\n');
    const [p] = alignDocuments(doc(a), doc(b));
    expect(a.slice(p!.a.start, p!.a.end)).toBe(inside ? leadA + body : '2,500' + body);
    expect(b.slice(p!.b.start, p!.b.end)).toBe(leadB + body);
  });

  it('character granularity diffs the raw text', () => {
    const a = article('harbor', 'orchard');
    const b = [P.railway, P.orchard.replace('frost', 'frosts')].join('\n\n');
    const [p] = alignDocuments(doc(a), doc(b), { granularity: 'char' });
    const inserts = p!.edits.filter((e) => e.op === 'insert');
    expect(inserts.map((e) => ('b' in e ? b.slice(e.b.start, e.b.end) : ''))).toEqual(['s']);
  });

  it('minWords drops short shared passages', () => {
    const line = 'Inspectors closed the old suspension bridge to heavy lorries after discovering corrosion.';
    const a = [P.harbor, line, P.orchard].join('\n\n');
    const b = [P.museum, line, P.festival].join('\n\n');
    expect(alignDocuments(doc(a), doc(b), { minWords: 8 })).toHaveLength(1);
    expect(alignDocuments(doc(a), doc(b), { minWords: 30 })).toHaveLength(0);
  });

  it('works on tokens with debris removed (non-contiguous), keeping original offsets', () => {
    const caption = 'Photo: a caption that the app leaves out of the content.';
    const a = [P.harbor, caption, P.orchard].join('\n\n');
    const b = [P.railway, P.orchard].join('\n\n');
    const tokens = tokenize(a);
    const cut = a.indexOf(caption);
    const keep = Array.from({ length: tokens.count }, (_, i) => i).filter(
      (i) => tokens.starts[i]! < cut || tokens.starts[i]! >= cut + caption.length,
    );
    const content = {
      text: a,
      count: keep.length,
      starts: Uint32Array.from(keep.map((i) => tokens.starts[i]!)),
      ends: Uint32Array.from(keep.map((i) => tokens.ends[i]!)),
      norms: keep.map((i) => tokens.norms[i]!),
    };
    const passages = alignDocuments(prepareDocument(content), doc(b));
    expect(passages.map((p) => a.slice(p.a.start, p.a.end))).toEqual([P.orchard]);
  });

  it('defaults are exposed', () => {
    expect(DEFAULT_ALIGN_OPTIONS).toMatchObject({ granularity: 'word', paraphrase: true });
    expect(DEFAULT_ALIGN_OPTIONS.minWords).toBeGreaterThan(0);
    expect(DEFAULT_ALIGN_OPTIONS.fuzziness).toBeGreaterThan(0);
  });
});

describe('repetitive texts', () => {
  const rep = (n: number, names: (keyof typeof P)[]) =>
    Array.from({ length: n }, (_, i) => P[names[i % names.length]!]).join('\n\n');

  it('two identical texts are one verbatim passage, however repetitive', () => {
    const text = rep(60, ['harbor']);
    const passages = alignDocuments(doc(text), doc(text));
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ kind: 'verbatim', a: { start: 0, end: text.length } });
  });

  it('a paragraph repeated many times on both sides pairs each copy once, in order', () => {
    const a = rep(40, ['harbor', 'orchard']);
    const b = rep(40, ['orchard', 'harbor']);
    const passages = alignDocuments(doc(a), doc(b), { paraphrase: false });
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) expect(words(a.slice(p.a.start, p.a.end))).toEqual(words(b.slice(p.b.start, p.b.end)));
    // no text of A in two passages
    for (let k = 1; k < passages.length; k++) expect(passages[k]!.a.start).toBeGreaterThanOrEqual(passages[k - 1]!.a.end);
  });
});
