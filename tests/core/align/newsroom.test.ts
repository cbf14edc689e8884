/**
 * Reuse the way newsrooms do it: a sentence condensed, a quote lifted into new text, copied and
 * rewritten sentences in one stretch, a formula every article of the folder uses.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToStats, alignDocuments, emptyStats, type FolderStats } from '../../../src/core/align/index';
import { doc, P } from './fixtures';
import { CONDENSED, FILLER, QUOTE, WIRE } from './news-fixtures';

const wireLines = WIRE.split('\n');
const sliceOf = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('newsroom reuse', () => {
  it('pairs a condensed sentence with the sentence it came from', () => {
    const paper = [CONDENSED, wireLines[1], 'Friends said he had not been the same since his wife died.', wireLines[3]].join(' ');
    const passages = alignDocuments(doc(paper), doc(WIRE), { paraphrase: false });
    const pairs = passages.flatMap((p) => p.pairs.map((q) => [sliceOf(paper, q.a), sliceOf(WIRE, q.b), q.kind]));
    expect(pairs).toContainEqual([CONDENSED, wireLines[0], 'edited']);
    expect(pairs).toContainEqual([wireLines[1], wireLines[1], 'verbatim']);
  });

  it('finds a lifted quote of nine words in otherwise new text, as a passage of its own', () => {
    const paper = `${FILLER}\nThe conductor joked that "${QUOTE}" was how his players described a late rehearsal.`;
    const passages = alignDocuments(doc(paper), doc(WIRE), { paraphrase: false });
    expect(passages).toHaveLength(1);
    expect(passages[0]!.kept.a.map((s) => sliceOf(paper, s))).toEqual([`"${QUOTE}"`]);
    expect(passages[0]!.words.keptA).toBe(10);
  });

  it('does not make a passage of a lifted quote when short lifted text is not asked for', () => {
    const paper = `${FILLER}\nThe conductor joked that "${QUOTE}" was how his players described a late rehearsal.`;
    expect(alignDocuments(doc(paper), doc(WIRE), { paraphrase: false, lifted: false })).toEqual([]);
  });

  it('finds a sentence moved far from its source though it sits inside a copied stretch', () => {
    // the paper moves the judge's words up between sentences it copies in the wire's order; the
    // region of copied sentences spans the quote's sentence, whose source lies outside it on B
    const judge = wireLines[3]!;
    const paper = [wireLines[0], judge, wireLines[1], wireLines[2]].join(' ');
    const wire = [...wireLines.slice(0, 3), wireLines[4], wireLines[5], judge].join('\n');
    const passages = alignDocuments(doc(paper), doc(wire), { paraphrase: false });
    const kept = passages.flatMap((p) => p.kept.a.map((s) => sliceOf(paper, s))).join(' ');
    expect(kept).toContain('You gambled with the lives of every person on board');
    expect(passages.reduce((n, p) => n + p.words.keptA, 0)).toBeGreaterThanOrEqual(doc(paper).tokens.count - 2);
  });

  it('counts what a mixed stretch kept: copied sentences whole, a rewritten one by its kept words', () => {
    const rewritten = 'Trewin, who is 61 and lives in Penmarth, told the court he was sorry for endangering forty-two passengers that winter.';
    const paper = [wireLines[0], rewritten, wireLines[2], wireLines[3]].join(' ');
    const [p, ...rest] = alignDocuments(doc(paper), doc(WIRE), { paraphrase: false });
    expect(rest).toEqual([]);
    const kept = p!.kept.a.map((s) => sliceOf(paper, s)).join(' ');
    for (const line of [wireLines[0]!, wireLines[2]!, wireLines[3]!]) expect(kept).toContain(line.slice(0, 60));
    expect(kept).not.toContain('told the court he was sorry');
    expect(p!.words.keptA).toBeLessThan(p!.words.a);
    expect(p!.words.keptA).toBeGreaterThan(p!.words.a / 2);
  });
});

/** A folder of `n` unrelated articles, every `every`-th one using `phrase` in a sentence of its own. */
function folder(n: number, every: number, phrase: (i: number) => string): FolderStats {
  const stats = emptyStats();
  const names = Object.values(P);
  for (let i = 0; i < n; i++) {
    const text = `${names[i % names.length]} Report number ${i} from the desk of ${['Ames', 'Brook', 'Coyle', 'Dunn'][i % 4]}.` + (i % every === 0 ? ` ${phrase(i)}` : '');
    addToStats(stats, doc(text));
  }
  return stats;
}

describe('formulas of the folder', () => {
  const formula = 'speaking to reporters outside the court after the hearing';
  const x = `${P.harbor}\n${formula[0]!.toUpperCase()}${formula.slice(1)}, the family of Tom Riley said they were relieved.`;
  const y = `${P.railway}\n${formula[0]!.toUpperCase()}${formula.slice(1)}, Inspector Dawn Fell said the inquiry was closed.`;

  it('a run of words two articles share is lifted text when the folder does not know it', () => {
    expect(alignDocuments(doc(x), doc(y), { paraphrase: false })).toHaveLength(1);
  });

  it('the same run is not linked when many articles of the folder use it', () => {
    const stats = folder(60, 3, (i) => `${formula[0]!.toUpperCase()}${formula.slice(1)}, witness ${i} spoke briefly.`);
    expect(alignDocuments(doc(x), doc(y), { paraphrase: false }, { stats })).toEqual([]);
  });

  it('a formula alone makes neither a passage nor a paraphrase', () => {
    const a = `${P.museum}\nThe chancellor told BBC Radio Four's Today programme that the budget would balance by spring.`;
    const b = `${P.bridge}\nThe drivers' leader told BBC Radio Four's Today programme that the talks had failed again.`;
    const links = (context = {}) => alignDocuments(doc(a), doc(b), {}, context);
    // on its own, the pair shares eight words in a row
    expect(links()).toHaveLength(1);
    const stats = folder(60, 3, (i) => `Speaker ${i} told BBC Radio Four's Today programme about the plans.`);
    expect(links({ stats })).toEqual([]);
  });
});

describe('determinism', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same passages under a clock that crawls as under a normal one', () => {
    const paper = [CONDENSED, wireLines[1], FILLER, `He said "${QUOTE}" twice.`, wireLines[4]].join('\n');
    const calm = alignDocuments(doc(paper), doc(WIRE));
    let t = 0;
    // every reading of the clock says a minute has passed
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 60_000));
    vi.spyOn(Date, 'now').mockImplementation(() => (t += 60_000));
    expect(alignDocuments(doc(paper), doc(WIRE))).toEqual(calm);
    expect(calm.length).toBeGreaterThan(0);
  });
});
