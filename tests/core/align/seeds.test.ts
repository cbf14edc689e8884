/**
 * The sample corpus: 001 (Radio Habana Cuba) republishes a paragraph of 003 (Press TV) with
 * light edits, and all five articles state the 2,500 US troops figure in their own words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments, prepareDocument, type AlignDocument } from '../../../src/core/align/index';
import { tokenize } from '../../../src/core/text/tokenize';
import { doc, P } from './fixtures';

const dir = join(import.meta.dirname, '../../../seeds');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const docs: AlignDocument[] = texts.map((t) => prepareDocument(tokenize(t)));
const byPrefix = (p: string) => files.findIndex((f) => f.startsWith(p));

describe('seeds 001 and 003: the republished paragraph', () => {
  const a = byPrefix('001');
  const b = byPrefix('003');
  const passages = alignDocuments(docs[a]!, docs[b]!, { paraphrase: false });
  const textA = texts[a]!;
  const textB = texts[b]!;

  it('is one passage, across 003 splitting it into two lines', () => {
    expect(passages).toHaveLength(1);
    const p = passages[0]!;
    expect(textA.slice(p.a.start, p.a.end)).toMatch(/^There are nearly 2,500 American troops.*in late 2017\.$/s);
    expect(textB.slice(p.b.start, p.b.end)).toMatch(/^There are roughly 2,500 American troops.*against Daesh\.\nThe US has maintained.*in late 2017\.$/s);
    expect(p.kind).toBe('edited');
    expect(p.moved).toBe(false);
  });

  it('carries the inner edits', () => {
    const p = passages[0]!;
    const changed = p.edits
      .filter((e) => e.op !== 'equal')
      .map((e) => [e.op, 'a' in e ? textA.slice(e.a.start, e.a.end) : '', 'b' in e ? textB.slice(e.b.start, e.b.end) : '']);
    expect(changed).toEqual([['replace', 'nearly', 'roughly']]);
    // "U.S." and "US", the comma after "although", the line break: not edits.
    const equal = p.edits.filter((e) => e.op === 'equal').map((e) => textA.slice(e.a.start, e.a.end));
    expect(equal.join(' ')).toContain('The U.S. has maintained its presence, although the Arab countries');
    expect(equal.join(' ')).toContain('defeated the Takfiri terrorist group in late 2017');
  });

  it('leaves each outlet’s own text and boilerplate out', () => {
    const p = passages[0]!;
    for (const own of ['Radio Habana Cuba', 'Baghdad, August 26 (RHC)', 'radiohc.cu']) {
      const at = textA.indexOf(own);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at >= p.a.start && at < p.a.end).toBe(false);
    }
    const austin = textB.indexOf('Lloyd Austin');
    expect(austin >= p.b.start && austin < p.b.end).toBe(false);
  });
});

describe('seeds: the same fact in other words', () => {
  it('links the 2,500 troops sentences of every pair as paraphrase, with the number as reason', () => {
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const passages = alignDocuments(docs[i]!, docs[j]!);
        const troops = passages.find(
          (p) => texts[i]!.slice(p.a.start, p.a.end).includes('2,500') && texts[j]!.slice(p.b.start, p.b.end).includes('2,500'),
        );
        expect(troops, `${files[i]} / ${files[j]}`).toBeDefined();
        if (troops!.kind === 'paraphrase') expect(troops!.reason?.numbers).toContain('2,500');
      }
    }
  });

  it('keeps paraphrases out when asked', () => {
    const passages = alignDocuments(docs[byPrefix('000')]!, docs[byPrefix('002')]!, { paraphrase: false });
    expect(passages).toEqual([]);
  });
});

describe('seeds: a copied sentence that runs on into the reuser’s own text', () => {
  // The copy's last sentence has lost its full stop, so the reuser's next sentence runs on from
  // it. That sentence shares a few words with the copied one by chance, scattered, not in runs:
  // the passage ends where the copied words stop running on both sides.
  const copy = P.harbor.replace(/\.$/, '');
  it.each([
    ['a shared word near the end', ' and the next morning a long queue of tourists waited for the ferry to leave the channel'],
    ['shared words scattered', ' as a lighthouse keeper on the pier said that tourists seldom notice the construction of such a long winter season'],
    ['shared function words too', ' but the mayor said that the crews and the town would talk about the barges during the summer season'],
  ])('%s', (_name, tail) => {
    const a = `${P.orchard}\n\n${copy}${tail} tomorrow.\n\n${P.library}`;
    const b = `${P.museum}\n\n${P.harbor}\n\n${P.railway}`;
    const passages = alignDocuments(doc(a), doc(b), { paraphrase: false });
    expect(passages).toHaveLength(1);
    const p = passages[0]!;
    expect(a.slice(p.a.start, p.a.end)).toBe(copy);
    expect(b.slice(p.b.start, p.b.end)).toBe(P.harbor);
  });
});
