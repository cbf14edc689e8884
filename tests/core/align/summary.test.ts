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
    expect(p!.kind).toBe('paraphrase');
    expect(p!.reason?.words.length).toBeGreaterThan(0);
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
