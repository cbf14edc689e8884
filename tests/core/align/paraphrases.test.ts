import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/core/align/index';
import { doc, P } from './fixtures';

const a = [P.harbor, 'Officials said 4,200 workers joined the strike at the Ravenna port on Friday.', P.orchard].join('\n\n');
const b = [P.museum, 'The Ravenna dock strike drew about 4,200 workers, according to union leaders.', P.library].join('\n\n');

describe('paraphrases', () => {
  const passages = alignDocuments(doc(a), doc(b));

  it('links a fact stated in other words, with what matched', () => {
    expect(passages).toHaveLength(1);
    const [p] = passages;
    expect(p!.kind).toBe('paraphrase');
    expect(a.slice(p!.a.start, p!.a.end)).toBe('Officials said 4,200 workers joined the strike at the Ravenna port on Friday.');
    expect(b.slice(p!.b.start, p!.b.end)).toBe('The Ravenna dock strike drew about 4,200 workers, according to union leaders.');
    expect(p!.reason?.numbers).toEqual(['4,200']);
    expect(p!.reason?.names).toEqual(['Ravenna']);
    expect(p!.reason?.words).toEqual(expect.arrayContaining(['workers', 'strike']));
  });

  it('are left out without options.paraphrase', () => {
    expect(alignDocuments(doc(a), doc(b), { paraphrase: false })).toEqual([]);
  });

  it('need an anchor: shared common words alone do not link', () => {
    const x = [P.harbor, 'Workers joined the strike at the port on Friday.'].join('\n\n');
    const y = [P.museum, 'The strike drew many workers, according to leaders.'].join('\n\n');
    expect(alignDocuments(doc(x), doc(y))).toEqual([]);
  });
});
