import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/core/align/index';
import { startBudget } from '../../../src/core/align/budget';
import { passageEdits } from '../../../src/core/align/edits';
import { article, doc, P } from './fixtures';

describe('passageEdits', () => {
  const a = doc('the quick brown fox jumps over the lazy dog');
  const b = doc('the quick red fox leaps over the lazy dog today');
  const show = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('word ops cover both sides, replacements folded from delete + insert', () => {
    const r = passageEdits(a, 0, a.tokens.count, b, 0, b.tokens.count, 'word', startBudget(1000))!;
    expect(
      r.edits.map((e) =>
        [e.op, 'a' in e ? show(a.tokens.text, e.a) : '', 'b' in e ? show(b.tokens.text, e.b) : ''].join('|'),
      ),
    ).toEqual(['equal|the quick|the quick', 'replace|brown|red', 'equal|fox|fox', 'replace|jumps|leaps', 'equal|over the lazy dog|over the lazy dog', 'insert||today']);
    // the quick / fox / over the lazy dog: 7 words kept on each side of 9 and 10
    expect(r.similarity).toBeCloseTo((2 * 7) / (9 + 10), 10);
  });

  it('returns null when the budget is spent', () => {
    expect(passageEdits(a, 0, a.tokens.count, b, 0, b.tokens.count, 'word', startBudget(0))).toBeNull();
  });
});

describe('time budget', () => {
  it('passages come without edits once the diff budget is spent, and are otherwise complete', () => {
    const x = article('harbor', 'orchard', 'library');
    const y = article('railway', 'orchard', 'museum');
    const full = alignDocuments(doc(x), doc(y));
    const starved = alignDocuments(doc(x), doc(y), {}, { diffBudgetMs: 0 });
    expect(full[0]!.edits.length).toBeGreaterThan(0);
    expect(starved.map((p) => ({ ...p, edits: [] }))).toEqual(full.map((p) => ({ ...p, edits: [] })));
    expect(starved[0]!.edits).toEqual([]);
  });

  it('a fake clock that runs out mid-way leaves the weakest passages without edits', () => {
    const x = article('harbor', 'orchard', 'library', 'railway');
    const y = [P.museum, P.orchard, P.festival, P.railway.replace('two hours', 'three hours')].join('\n\n');
    let t = 0;
    const now = () => (t += 10);
    const passages = alignDocuments(doc(x), doc(y), {}, { diffBudgetMs: 25, now });
    expect(passages).toHaveLength(2);
    expect(passages.filter((p) => p.edits.length > 0)).toHaveLength(1);
  });
});
