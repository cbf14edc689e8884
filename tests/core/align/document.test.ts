import { describe, expect, it } from 'vitest';
import { alignDocuments, prepareDocument } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';

const A = 'The council approved the harbour budget on Monday after a long debate. Residents welcomed the decision.';
const B = 'After a long debate, the council approved the harbour budget on Monday. Nobody objected.';

describe('a prepared document', () => {
  it('keeps where its words are, not a string per word (what the folder-wide run holds for every article)', () => {
    const doc = prepareDocument(tokenize(A));
    expect(Object.keys(doc.tokens).sort()).toEqual(['count', 'ends', 'starts', 'text']);
    expect(doc.words).toHaveLength(doc.tokens.count);
  });

  it('aligns as before without them', () => {
    const [passage] = alignDocuments(prepareDocument(tokenize(A)), prepareDocument(tokenize(B)));
    expect(A.slice(passage!.a.start, passage!.a.end)).toContain('council approved the harbour budget on Monday');
  });
});
