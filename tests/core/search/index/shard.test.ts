import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { countTerms } from '../../../../src/core/search/index/analyzer';
import { buildShard, indexedText, titleText } from '../../../../src/core/search/index/shard-build';
import { FIELD_COUNT, postingsOf, Shard } from '../../../../src/core/search/index/shard';
import { shardAsLunr } from '../../../../src/core/search/index/lunr-view';
import { decodeShard, encodeShard, openShard } from '../../../../src/core/search/index/shard-codec';
import { article, seedArticles } from '../helpers';

const seeds = seedArticles();
const data = buildShard(seeds.map(indexedText));

describe('buildShard', () => {
  it('keeps the terms sorted and the vectors sorted by term', () => {
    expect([...data.terms].sort((a, b) => (a < b ? -1 : 1))).toEqual(data.terms);
    for (let slot = 0; slot < seeds.length * FIELD_COUNT; slot++) {
      for (let p = data.starts[slot]! + 1; p < data.starts[slot + 1]!; p++) {
        expect(data.vectors[p * 2]!).toBeGreaterThan(data.vectors[(p - 1) * 2]!);
      }
    }
  });

  it('holds each body term with its frequency, as the analyzer counts it', () => {
    const a = seeds[0]!;
    const expected = new Map<string, number>();
    const doc = indexedText(a);
    let length = 0;
    for (let i = 0; i < doc.body.length; i += 2) length += countTerms(a.text, doc.body[i]!, doc.body[i + 1]!, expected);
    const shard = new Shard(data);
    const vector = shard.vector(0, 1);
    const got = new Map<string, number>();
    for (let p = 0; p < vector.length; p += 2) got.set(shard.terms[vector[p]!]!, vector[p + 1]!);
    expect(got).toEqual(expected);
    expect(shard.lengths[1]).toBe(length);
  });

  it('gives the same shard for the same articles, whatever else happened before', () => {
    const again = buildShard(seeds.map(indexedText));
    expect(encodeShard(again)).toEqual(encodeShard(data));
  });

  it('indexes a title cut short for display in full', () => {
    const long = 'remarks on the eddy viscosity in compressible mixing flows with a rather long title that goes on and on past the cut .\n\nbody text .';
    const a = article('long.txt', long);
    expect(a.title.endsWith('\u2026')).toBe(true);
    expect(titleText(a)).toContain('past the cut');
  });

  it('leaves page debris out of the body', () => {
    const a = seeds.find((s) => s.id.startsWith('002'))!;
    const doc = indexedText(a);
    const body = [];
    for (let i = 0; i < doc.body.length; i += 2) body.push(a.text.slice(doc.body[i]!, doc.body[i + 1]!));
    expect(body.join(' ')).not.toContain('Leave a Reply');
    expect(body.join(' ')).toContain('Coordinating Committee');
  });
});

describe('shard codec', () => {
  it('round-trips a shard, its vectors derived rather than saved', () => {
    const bytes = encodeShard(data);
    const back = decodeShard(bytes);
    expect(back.ids).toEqual(data.ids);
    expect(back.terms.array()).toEqual(data.terms);
    expect([...back.lengths]).toEqual([...data.lengths]);
    expect([...back.starts]).toEqual([...data.starts]);
    expect(back.titles).toEqual(data.titles);
    const derived = postingsOf(data);
    for (const key of ['df', 'postStarts', 'postDocs', 'postTf'] as const) expect([...back.postings[key]], key).toEqual([...derived[key]]);
    const shard = openShard(bytes);
    // not saved: derived from the postings, the same as built
    expect([...shard.vectors]).toEqual([...data.vectors]);
    expect(shard.vectors).toBeInstanceOf(data.vectors.constructor);
    // five documents: their numbers fit in 16 bits
    expect(shard.postDocs).toBeInstanceOf(Uint16Array);
    seeds.forEach((a, d) => {
      const doc = indexedText(a);
      expect(shard.layout(d).title).toBe(doc.title);
      expect([...shard.layout(d).body]).toEqual(doc.body);
    });
  });

  it('reads a shard from an unaligned buffer', () => {
    const bytes = encodeShard(data);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodeShard(shifted.subarray(1)).terms.array()).toEqual(data.terms);
  });

  it('round-trips an empty shard', () => {
    const back = decodeShard(encodeShard(buildShard([])));
    expect(back.ids).toEqual([]);
    expect(back.terms.array()).toEqual([]);
  });

  it('opens to a shard that searches as one built in memory', () => {
    const opened = openShard(encodeShard(data));
    const built = new Shard(data);
    for (const term of ['maliki', 'resist', 'withdraw']) {
      const t = built.termIndex(term);
      expect(opened.termIndex(term)).toBe(t);
      expect(opened.df[t]).toBe(built.df[t]);
      const from = built.postStarts[t * FIELD_COUNT]!;
      const to = built.postStarts[(t + 1) * FIELD_COUNT]!;
      expect([...opened.postDocs.subarray(from, to)]).toEqual([...built.postDocs.subarray(from, to)]);
      expect([...opened.postTf.subarray(from, to)]).toEqual([...built.postTf.subarray(from, to)]);
    }
    expect(opened.totalLengths).toEqual(built.totalLengths);
  });

  /** Bytes with the u32 `fromEnd` places before the postings' documents (the last of `postStarts` for 1) changed. */
  const damageAt = (b: Uint8Array, fromEnd: number) => {
    const copy = b.slice();
    const tail = postingsOf(data).postDocs.byteLength + postingsOf(data).postTf.byteLength;
    const view = new DataView(copy.buffer);
    const at = copy.length - tail - 4 * fromEnd;
    view.setUint32(at, view.getUint32(at, true) + 7, true);
    return copy;
  };

  it.each([
    ['a truncated file', (b: Uint8Array) => b.subarray(0, b.length - 3)],
    ['a file whose postings do not close where the header says', (b: Uint8Array) => damageAt(b, 1)],
    ['the previous layout (PXS3, with its vectors)', (b: Uint8Array) => {
      const copy = b.slice();
      copy[3] = 0x33;
      return copy;
    }],
    ['another file', () => new TextEncoder().encode('{"not": "a shard"}')],
    ['an empty file', () => new Uint8Array()],
  ])('refuses %s', (_, damage) => {
    expect(() => decodeShard(damage(encodeShard(data)))).toThrow();
  });
});

describe('Shard', () => {
  const shard = new Shard(data);

  it('derives postings that agree with the vectors', () => {
    const t = shard.termIndex('maliki');
    expect(t).toBeGreaterThanOrEqual(0);
    const docs: string[] = [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      for (let p = shard.postStarts[t * FIELD_COUNT + f]!; p < shard.postStarts[t * FIELD_COUNT + f + 1]!; p++) docs.push(shard.ids[shard.postDocs[p]!]!);
    }
    expect(docs).toEqual(['000_86c065115a1fa003.txt']);
    expect(shard.df[t]).toBe(1);
  });

  it('counts a document once in df when the term is in title and body', () => {
    const t = shard.termIndex('resist');
    let inFields = 0;
    for (let f = 0; f < FIELD_COUNT; f++) inFields += shard.postStarts[t * FIELD_COUNT + f + 1]! - shard.postStarts[t * FIELD_COUNT + f]!;
    expect(shard.df[t]).toBe(5);
    expect(inFields).toBeGreaterThan(5);
  });

  it('opened from its bytes, finds every term and prefix where the shard built in memory does', () => {
    const opened = openShard(encodeShard(data));
    data.terms.forEach((term, t) => {
      expect(opened.termIndex(term)).toBe(t);
      expect(opened.term(t)).toBe(term);
      for (const cut of [1, 3]) expect(opened.prefixRange(term.slice(0, cut))).toEqual(shard.prefixRange(term.slice(0, cut)));
    });
    for (const missing of ['', 'zzzz', '0', 'nosuchterm', '\uffff']) expect(opened.termIndex(missing)).toBe(shard.termIndex(missing));
  });

  it('finds terms and prefixes', () => {
    expect(shard.termIndex('nosuchterm')).toBe(-1);
    const [from, to] = shard.prefixRange('withdr');
    expect(shard.terms.slice(from, to)).toEqual(['withdraw']);
  });

  it('is a lunr index: lunr finds what lunr.Builder would find for the same words', () => {
    const builder = lunr(function () {
      this.ref('id');
      this.field('title');
      this.field('body');
      for (const a of seeds) {
        const doc = indexedText(a);
        const body: string[] = [];
        for (let i = 0; i < doc.body.length; i += 2) body.push(a.text.slice(doc.body[i]!, doc.body[i + 1]!));
        this.add({ id: a.id, title: doc.title, body: body.join('\n') });
      }
    });
    const ours = shardAsLunr(shard);
    for (const q of ['maliki', 'withdrawal', 'resistance', 'soleimani', 'title:resistance', 'gaza palestinians', 'withdr*']) {
      const refs = (index: lunr.Index) => index.search(q).map((r) => r.ref).sort();
      expect(refs(ours), q).toEqual(refs(builder));
    }
  });
});
