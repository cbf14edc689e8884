/**
 * A shard handed to lunr as a `lunr.Index` (inverted index, field vectors, token set), so that
 * anything written against lunr's API can run on the index Parallax builds.
 */
import lunr from 'lunr';
import { tokenSetOf } from './lunr-token-set';
import { FIELD_COUNT, FIELDS, type Shard } from './shard';

const views = new WeakMap<Shard, lunr.Index>();

/**
 * This shard as a `lunr.Index`: lunr's inverted index (`term -> {_index, field -> {ref: {}}}`),
 * field vectors keyed `field/ref`, token set and a stemming search pipeline. Vectors hold term
 * frequencies, so lunr's `search()` finds what lunr would find, ranked by raw frequency.
 * Built on first call; meant for interoperating with lunr, not for the hot path.
 */
export function shardAsLunr(shard: Shard): lunr.Index {
  const memo = views.get(shard);
  if (memo) return memo;
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  const none = Object.freeze({});
  for (let t = 0; t < shard.terms.length; t++) {
    const posting: Record<string, unknown> = { _index: t };
    for (let f = 0; f < FIELD_COUNT; f++) {
      const refs: Record<string, object> = Object.create(null);
      for (let p = shard.postStarts[t * FIELD_COUNT + f]!; p < shard.postStarts[t * FIELD_COUNT + f + 1]!; p++) {
        refs[shard.ids[shard.postDocs[p]!]!] = none;
      }
      posting[FIELDS[f]!] = refs;
    }
    invertedIndex[shard.terms[t]!] = posting;
  }
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  for (let d = 0; d < shard.ids.length; d++) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      fieldVectors[`${FIELDS[f]}/${shard.ids[d]}`] = new lunr.Vector(Array.from(shard.vector(d, f)));
    }
  }
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.stemmer);
  const tokenSet = tokenSetOf(shard.terms);
  const attrs = { invertedIndex, fieldVectors, tokenSet, fields: [...FIELDS], pipeline };
const index = new lunr.Index(attrs as unknown as lunr.Index.Attributes);
views.set(shard, index);
return index;
}

