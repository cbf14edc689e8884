import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignPairs } from '../../../src/core/eval/align-pairs';
import { alignPairsParallel } from '../../../src/core/eval/parallel';
import { partitionPairs, readPairs, readTruth, truthRanges } from '../../../src/core/eval/pan-corpus';
import { scorePan } from '../../../src/core/eval/plagdet';
import { article, P } from '../align/fixtures';

// A miniature PAN corpus: two suspicious documents, three sources, one planted case.
const dir = mkdtempSync(join(tmpdir(), 'parallax-pan-'));
mkdirSync(join(dir, 'susp'));
mkdirSync(join(dir, 'src'));
const susp1 = article('harbor', 'orchard', 'library');
const files: Record<string, string> = {
  'susp/s1.txt': susp1,
  'susp/s2.txt': article('festival', 'vaccine'),
  'src/r1.txt': article('railway', 'orchard', 'museum'),
  'src/r2.txt': article('bridge', 'museum'),
  'src/r3.txt': article('railway', 'bridge'),
};
for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
writeFileSync(join(dir, 'pairs.txt'), 's1.txt r1.txt\ns1.txt r2.txt\ns2.txt r3.txt\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PAN corpus harness', () => {
  it('reads pairs and works without truth.json', () => {
    expect(readPairs(dir)).toEqual([
      { susp: 's1.txt', src: 'r1.txt' },
      { susp: 's1.txt', src: 'r2.txt' },
      { susp: 's2.txt', src: 'r3.txt' },
    ]);
    expect(readTruth(dir)).toBeNull();
  });

  it('aligns each pair, detections sliced from the files as read', () => {
    const { lines, stats } = alignPairs(dir, readPairs(dir), { paraphrase: false });
    expect(stats.prepared).toBe(5);
    expect(lines.map((l) => l.detections.length)).toEqual([1, 0, 0]);
    const d = lines[0]!.detections[0]!;
    expect(susp1.slice(d.susp_offset, d.susp_offset + d.susp_length)).toBe(P.orchard);
    const src = readFileSync(join(dir, 'src/r1.txt'), 'utf8');
    expect(src.slice(d.src_offset, d.src_offset + d.src_length)).toBe(P.orchard);
  });

  it('scores against truth.json', () => {
    const at = susp1.indexOf(P.orchard);
    const srcAt = files['src/r1.txt']!.indexOf(P.orchard);
    const truth = [
      {
        susp: 's1.txt',
        src: 'r1.txt',
        subset: '02-no-obfuscation',
        cases: [{ susp_offset: at, susp_length: P.orchard.length, src_offset: srcAt, src_length: P.orchard.length }],
      },
    ];
    const { lines } = alignPairs(dir, readPairs(dir), { paraphrase: false });
    const detections = lines.flatMap((l) =>
      l.detections.map((d) => ({ susp: l.susp, src: l.src, suspOffset: d.susp_offset, suspLength: d.susp_length, srcOffset: d.src_offset, srcLength: d.src_length })),
    );
    expect(scorePan(truthRanges(truth), detections).plagdet).toBe(1);
  });

  it('partitions pairs so that no document is in two groups', () => {
    const pairs = readPairs(dir);
    const groups = partitionPairs(pairs, 2, () => 1);
    expect(groups).toHaveLength(2);
    const docsOf = (g: typeof pairs) => new Set(g.flatMap((p) => [`s:${p.susp}`, `r:${p.src}`]));
    const [x, y] = groups.map(docsOf);
    expect([...x!].filter((d) => y!.has(d))).toEqual([]);
    expect(groups.flat()).toHaveLength(pairs.length);
  });

  it('gives the same detections on worker threads, in input order', async () => {
    const pairs = readPairs(dir);
    const serial = alignPairs(dir, pairs, { paraphrase: false }).lines;
    const parallel = await alignPairsParallel(dir, pairs, { paraphrase: false }, 2);
    expect(parallel.threads).toBe(2);
    expect(parallel.lines).toEqual(serial);
  });
});
