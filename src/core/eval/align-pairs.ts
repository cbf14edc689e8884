/**
 * Aligns a list of PAN pairs in this thread with the app's engine: each document is read,
 * tokenized and prepared once, kept while later pairs still need it and dropped after its last
 * pair, so memory follows the documents in use rather than the corpus.
 */
import type { AlignOptions } from '../../shared/comparison';
import { alignDocuments, prepareDocument, type AlignDocument } from '../align/index';
import { tokenize } from '../text/tokenize';
import { documentPath, type PanDetectionLine, type PanPair } from './pan-corpus';
import { readDataText } from './read-data';

export interface AlignPairsStats {
  /** Documents prepared (each once). */
  prepared: number;
  /** Milliseconds spent reading + tokenizing + preparing, and aligning. */
  prepareMs: number;
  alignMs: number;
}

/** Detections for each pair, in the order given. */
export function alignPairs(
  dir: string,
  pairs: PanPair[],
  options: Partial<AlignOptions>,
): { lines: PanDetectionLine[]; stats: AlignPairsStats } {
  const lastUse = new Map<string, number>();
  pairs.forEach((p, i) => {
    lastUse.set(`susp/${p.susp}`, i);
    lastUse.set(`src/${p.src}`, i);
  });
  const cache = new Map<string, AlignDocument>();
  const stats: AlignPairsStats = { prepared: 0, prepareMs: 0, alignMs: 0 };
  const load = (side: 'susp' | 'src', name: string): AlignDocument => {
    const key = `${side}/${name}`;
    let doc = cache.get(key);
    if (!doc) {
      const t0 = performance.now();
      doc = prepareDocument(tokenize(readDataText(documentPath(dir, side, name))));
      stats.prepareMs += performance.now() - t0;
      stats.prepared++;
      cache.set(key, doc);
    }
    return doc;
  };
  const lines: PanDetectionLine[] = [];
  pairs.forEach((p, i) => {
    const a = load('susp', p.susp);
    const b = load('src', p.src);
    const t0 = performance.now();
    const passages = alignDocuments(a, b, options);
    stats.alignMs += performance.now() - t0;
    lines.push({
      susp: p.susp,
      src: p.src,
      detections: passages.map((x) => ({
        susp_offset: x.a.start,
        susp_length: x.a.end - x.a.start,
        src_offset: x.b.start,
        src_length: x.b.end - x.b.start,
      })),
    });
    for (const key of [`susp/${p.susp}`, `src/${p.src}`]) if (lastUse.get(key) === i) cache.delete(key);
  });
  return { lines, stats };
}
