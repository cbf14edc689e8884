import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/core/align/index';
import { article, doc, P } from './fixtures';

// A long report and, inside another article, a paragraph summarizing all of it in other words.
const report = article('harbor', 'orchard', 'library', 'railway', 'museum', 'bridge');
const summary =
  'A new granite breakwater will protect the northern pier of the harbor from storm waves. ' +
  'Frost ruined the apple harvest, and cider makers now import fruit from other provinces. ' +
  'Students will get quiet library study rooms until midnight during examination weeks. ' +
  'A damaged cable caused a signal failure that stranded railway commuters at the junction. ' +
  'The museum restored a whale skeleton of more than three hundred bones. ' +
  'Corrosion in two cables closed the suspension bridge to heavy lorries until repairs.';
const host = [P.festival, summary, P.vaccine].join('\n\n');

describe('summaries', () => {
  it('link a short paragraph to the whole text it summarizes, as one passage', () => {
    const passages = alignDocuments(doc(host), doc(report), { paraphrase: false });
    expect(passages).toHaveLength(1);
    const [p] = passages;
    expect(host.slice(p!.a.start, p!.a.end)).toBe(summary);
    expect(p!.b).toEqual({ start: 0, end: report.length });
  });

  it('pair each sentence of the summary with the sentence it condenses', () => {
    const [p] = alignDocuments(doc(host), doc(report), { paraphrase: false });
    const pairs = p!.pairs.map((q) => [host.slice(q.a.start, q.a.end), report.slice(q.b.start, q.b.end)]);
    expect(pairs).toHaveLength(6);
    // "Corrosion in two cables closed the suspension bridge..." meets the bridge's first sentence
    expect(pairs[5]![0]).toMatch(/^Corrosion in two cables/);
    expect(pairs[5]![1]).toMatch(/^Inspectors closed the old suspension bridge/);
    expect(pairs[0]![1]).toMatch(/^The harbor authority approved a new breakwater/);
    // what counts is what each sentence kept of its source, not the whole report
    expect(p!.words.keptB).toBeLessThan(p!.words.b / 2);
  });

  it('work in the other direction too', () => {
    const passages = alignDocuments(doc(report), doc(host), { paraphrase: false });
    expect(passages).toHaveLength(1);
    expect(passages[0]!.a).toEqual({ start: 0, end: report.length });
  });

  it('need their echoes spread over the text: one part echoed is not a summary of the whole', () => {
    const partial = summary.split('. ').slice(0, 2).join('. ') + '.';
    const passages = alignDocuments(doc([P.festival, partial, P.vaccine].join('\n\n')), doc(report), { paraphrase: false });
    for (const p of passages) expect(p.b.end - p.b.start).toBeLessThan(report.length / 2);
  });
});
