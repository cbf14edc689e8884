import { describe, expect, it } from 'vitest';
import { prepareDocument, type AlignDocument } from '../../../src/core/align/index';
import { alikeSteps, ALIKE_LIKENESS, ALIKE_TERMS, findAlike, termCounts } from '../../../src/core/story/alike';
import { tokenize } from '../../../src/core/text/tokenize';

const WIRE = 'Mr Justice Wall ruled in the High Court Family Division that mothers can refuse paternity blood tests under the Family Law Reform Act, and said Parliament must reform the law.';
const PRINT = 'Mothers can refuse paternity blood tests, Mr Justice Wall ruled in the High Court Family Division, saying Parliament must reform the Family Law Reform Act.';
const REWRITE = 'A father cannot force a DNA paternity test on a child if the mother objects, Justice Wall decided. Parliament should change the Family Law Reform Act, the judge said.';
/** Unrelated articles that give the folder its statistics: the story's words are rare in it. */
const OTHERS = [
  'The council approved a new budget for road repairs and street lighting in the northern district.',
  'A local football club signed a young striker from a rival team before the transfer window closed.',
  'Shares in the airline rose after it reported higher passenger numbers over the summer months.',
  'The museum opened an exhibition of early photography with prints lent by collectors abroad.',
  'Heavy rain flooded several villages and closed the main railway line for two days.',
  'The orchestra announced a winter season of concerts featuring composers from the baroque era.',
  'Scientists found traces of water ice in samples returned by the lunar mission last spring.',
  'A bakery chain plans to open forty shops and hire hundreds of staff across the region.',
];

function folder(texts: Record<string, string>): { ids: string[]; docs: Map<string, AlignDocument> } {
  const docs = new Map(Object.entries(texts).map(([id, text]) => [id, prepareDocument(tokenize(text))]));
  return { ids: [...docs.keys()], docs };
}

const others = Object.fromEntries(OTHERS.map((t, i) => [`other${i}`, t]));

describe('findAlike', () => {
  it('joins a rewrite in other words to the printing of the story it is most like', () => {
    const { ids, docs } = folder({ wire: WIRE, print: PRINT, rewrite: REWRITE, ...others });
    const links = findAlike(ids, docs, new Set(['wire', 'print']));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ a: 'rewrite' });
    expect(['wire', 'print']).toContain(links[0]!.b);
    expect(links[0]!.likeness).toBeGreaterThanOrEqual(ALIKE_LIKENESS);
    expect(links[0]!.terms).toBeGreaterThanOrEqual(ALIKE_TERMS);
  });

  it('joins nothing to an article that shares text with nobody, and leaves unrelated articles out', () => {
    const { ids, docs } = folder({ wire: WIRE, rewrite: REWRITE, ...others });
    expect(findAlike(ids, docs, new Set())).toEqual([]);
    const linkedOnlyOthers = findAlike(ids, docs, new Set(['other0', 'other1']));
    expect(linkedOnlyOthers).toEqual([]);
  });

  it('needs several distinctive words in common: one shared name is not a story', () => {
    const { ids, docs } = folder({ wire: WIRE, print: PRINT, name: 'Mr Justice Wall opened a garden fete in Surrey on Saturday afternoon.', ...others });
    expect(findAlike(ids, docs, new Set(['wire', 'print']))).toEqual([]);
  });

  it('gives the same links whatever the order of the articles, and yields once per article', () => {
    const texts = { wire: WIRE, print: PRINT, rewrite: REWRITE, ...others };
    const { ids, docs } = folder(texts);
    const linked = new Set(['wire', 'print']);
    expect(findAlike([...ids].reverse(), docs, linked)).toEqual(findAlike(ids, docs, linked));
    const steps = alikeSteps(ids, new Map([...docs].map(([id, doc]) => [id, termCounts(doc)])), linked);
    let yields = 0;
    while (!steps.next().done) yields++;
    // one after the vectors, one per article that shares no passage
    expect(yields).toBe(1 + ids.length - linked.size);
  });
});

describe('termCounts', () => {
  it('counts each term of a document as often as it occurs, function words aside', () => {
    const doc = prepareDocument(tokenize('Paternity tests: the court ruled on paternity. The court ruled again, and the tests stand.'));
    const { vocab, counts } = termCounts(doc);
    expect(vocab).toBe(doc.vocab);
    const byTerm = new Map<number, number>();
    for (let i = 0; i < doc.terms.length; i++) if (doc.terms[i]! >= 0) byTerm.set(doc.terms[i]!, (byTerm.get(doc.terms[i]!) ?? 0) + 1);
    expect([...counts]).toEqual([...vocab].map((_, t) => byTerm.get(t) ?? 0));
    expect(Math.max(...counts)).toBe(2);
  });
});

/** Likeness spelled out: every linked article scored against each other one over all terms. */
function naiveAlike(ids: string[], docs: Map<string, { vocab: Int32Array; counts: Uint16Array }>, linked: Set<string>) {
  const sorted = [...ids].sort();
  const n = sorted.length;
  const df = new Map<number, number>();
  for (const id of sorted) for (const h of docs.get(id)!.vocab) df.set(h, (df.get(h) ?? 0) + 1);
  const limit = Math.max(5, Math.ceil(n * 0.02));
  const vectors = sorted.map((id) => {
    const { vocab, counts } = docs.get(id)!;
    const v = new Map<number, number>();
    vocab.forEach((h, t) => {
      const d = df.get(h)!;
      if (d >= 2 && d <= limit) v.set(h, (1 + Math.log(counts[t]!)) * Math.log(n / d));
    });
    const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
    for (const [h, w] of v) v.set(h, w / norm);
    return v;
  });
  const links: { a: string; b: string; terms: number; likeness: number }[] = [];
  sorted.forEach((x, i) => {
    if (linked.has(x)) return;
    let best: { y: number; score: number; terms: number } | null = null;
    for (let j = 0; j < n; j++) {
      if (!linked.has(sorted[j]!)) continue;
      let score = 0;
      let terms = 0;
      for (const h of [...vectors[i]!.keys()].sort((p, q) => p - q)) {
        if (!vectors[j]!.has(h)) continue;
        score += vectors[i]!.get(h)! * vectors[j]!.get(h)!;
        terms++;
      }
      if (terms >= ALIKE_TERMS && score >= ALIKE_LIKENESS && (!best || score > best.score)) best = { y: j, score, terms };
    }
    if (best) links.push({ a: x, b: sorted[best.y]!, terms: best.terms, likeness: Math.round(best.score * 1000) / 1000 });
  });
  return links;
}

describe('alikeSteps against every pair scored in full', () => {
  // folders of term-count vectors over a small vocabulary, so that likenesses fall on both sides of the bar
  it.each([
    [60, 150, 12],
    [150, 600, 20],
    [300, 1500, 25],
  ])('finds the same links (%i articles, %i terms, %i per article)', (n, vocabulary, size) => {
    let s = n + vocabulary;
    const next = (m: number) => (s = (s * 1103515245 + 12345) % 2147483648) % m;
    const docs = new Map<string, { vocab: Int32Array; counts: Uint16Array }>();
    for (let i = 0; i < n; i++) {
      const terms = new Set<number>();
      // "stories" of four articles drawing half their terms from one small pool
      const story = Math.floor(i / 4);
      while (terms.size < size) terms.add(terms.size < size / 2 ? story * 1000 + next(size) : 500_000 + next(vocabulary) * 7);
      const vocab = Int32Array.from(terms).sort();
      docs.set(`a${String(i).padStart(4, '0')}`, { vocab, counts: Uint16Array.from(vocab, () => 1 + next(3)) });
    }
    const ids = [...docs.keys()];
    const linked = new Set(ids.filter((_, i) => i % 3 === 0));
    const steps = alikeSteps(ids, docs, linked);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const expected = naiveAlike(ids, docs, linked);
    expect(expected.length).toBeGreaterThan(0);
    expect(step.value).toEqual(expected);
  });
});
