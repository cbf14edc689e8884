/**
 * Bench section "align": the alignment engine's speed.
 * - the whole PAN 2013 training set through the evaluation path (2 cores, documents prepared once),
 * - one comparison of two 5,000-word and of two 50,000-word articles, inner word diffs included,
 *   beside jsdiff's diffWords on the same two texts in the same run,
 * - memory per token of a prepared document.
 * The long pairs are built from PAN source documents (read from ../shared/data, never copied):
 * article A is documents run together; article B is other documents with passages of A planted
 * in it, some verbatim, some edited, in shuffled order (moved).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { alignDocuments, prepareDocument, type AlignDocument } from '../src/core/align/index';
import { alignPairsParallel } from '../src/core/eval/parallel';
import { readPairs } from '../src/core/eval/pan-corpus';
import { PAN_TASK_OPTIONS } from '../src/core/eval/pan-task';
import { tokenize } from '../src/core/text/tokenize';
import type { BenchRow, BenchSection } from './section';

const PAN = fileURLToPath(new URL('../../shared/data/pan13-train/', import.meta.url));

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same texts. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Documents of the PAN source folder run together until `words` words. */
function concat(files: string[], from: number, words: number): { text: string; next: number } {
  const parts: string[] = [];
  let n = 0;
  let i = from;
  while (n < words) {
    const text = readFileSync(PAN + 'src/' + files[i % files.length]!, 'utf8').trim();
    parts.push(text);
    n += wordCount(text);
    i++;
  }
  return { text: parts.join('\n\n'), next: i };
}

/** A passage of about `words` words of `text`, starting and ending at sentence ends. */
function passageOf(text: string, words: number, rnd: () => number): string {
  const at = Math.floor(rnd() * text.length * 0.9);
  const start = text.indexOf('. ', at) + 2;
  const pieces = text.slice(start).split(/(?<=\.)\s+/);
  let out = '';
  for (const p of pieces) {
    if (wordCount(out) >= words) break;
    out += (out ? ' ' : '') + p;
  }
  return out;
}

/** Replaces or drops about one word in eight. */
function edit(passage: string, rnd: () => number): string {
  return passage
    .split(' ')
    .flatMap((w) => (rnd() < 0.06 ? [] : rnd() < 0.07 ? ['changed'] : [w]))
    .join(' ');
}

/** Two articles of about `words` words each, B carrying passages of A. */
export function buildPair(words: number, seed: number): { a: string; b: string } {
  const rnd = random(seed);
  const files = readdirSync(PAN + 'src').sort();
  const start = Math.floor(rnd() * files.length);
  const a = concat(files, start, words);
  const b = concat(files, a.next + 7, Math.round(words * 0.75));
  const planted: string[] = [];
  for (let k = 0; k < Math.max(3, Math.round(words / 2500)); k++) {
    const p = passageOf(a.text, 60 + Math.floor(rnd() * 120), rnd);
    planted.push(k % 2 ? edit(p, rnd) : p);
  }
  // Planted in shuffled order between B's paragraphs: moved relative to A.
  const paragraphs = b.text.split('\n\n');
  for (const p of planted.sort(() => rnd() - 0.5)) paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, p);
  return { a: a.text, b: paragraphs.join('\n\n') };
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

function bytesOf(doc: AlignDocument): number {
  let n = doc.tokens.starts.byteLength + doc.tokens.ends.byteLength;
  for (const v of Object.values(doc)) if (ArrayBuffer.isView(v)) n += v.byteLength;
  // the normalized words are not kept (document.ts): typed arrays are all of it
  return n;
}

async function comparePair(words: number, runs: number, diffTimeoutMs: number, target: string, log: (l: string) => void): Promise<BenchRow[]> {
  const { a, b } = buildPair(words, words);
  const prepA = time(() => prepareDocument(tokenize(a)));
  const prepB = time(() => prepareDocument(tokenize(b)));
  alignDocuments(prepA.value, prepB.value); // warm-up
  const timings: number[] = [];
  let passages = alignDocuments(prepA.value, prepB.value);
  for (let r = 0; r < runs; r++) {
    const t = time(() => alignDocuments(prepA.value, prepB.value));
    timings.push(t.ms);
    passages = t.value;
  }
  const withEdits = passages.filter((p) => p.edits.length > 0).length;
  log(`${words} words: ${passages.length} passages (${passages.filter((p) => p.moved).length} moved, ${withEdits} with edits)`);
  const peer = time(() => diffWords(a, b, { timeout: diffTimeoutMs }));
  const peerText = peer.value === undefined ? `timed out at ${(peer.ms / 1000).toFixed(1)} s` : `${peer.ms.toFixed(0)} ms`;
  const label = words.toLocaleString('en-US');
  return [
    {
      what: `compare two ${label}-word articles (align + inner diffs)`,
      ours: `${median(timings).toFixed(1)} ms`,
      peer: peerText,
      peerName: 'jsdiff diffWords',
      note: `target ${target}; median of ${runs}; ${passages.length} passages, ${withEdits} with edits; diffWords sees no moved text`,
    },
    {
      what: `prepare one ${label}-word article (tokenize + prepare, once per article)`,
      ours: `${((prepA.ms + prepB.ms) / 2).toFixed(1)} ms`,
      peer: '-',
      peerName: '-',
      note: `${prepA.value.tokens.count.toLocaleString('en-US')} + ${prepB.value.tokens.count.toLocaleString('en-US')} tokens`,
    },
    {
      what: `memory of a prepared ${label}-word article`,
      ours: `${(bytesOf(prepA.value) / prepA.value.tokens.count).toFixed(0)} B/token`,
      peer: `${((2 * a.length) / prepA.value.tokens.count).toFixed(0)} B/token`,
      peerName: 'its text (UTF-16)',
      note: `${(bytesOf(prepA.value) / 1e6).toFixed(1)} MB; linear in tokens, no per-pair state kept`,
    },
  ];
}

export const alignSection: BenchSection = {
  name: 'align',
  async available() {
    return existsSync(PAN + 'pairs.txt') ? true : `PAN data not found at ${PAN} (see ../shared/data/README.md)`;
  },
  async run(log) {
    const rows: BenchRow[] = [];
    log('PAN 2013 training set through eval-align...');
    const pairs = readPairs(PAN);
    const t0 = performance.now();
    const result = await alignPairsParallel(PAN, pairs, PAN_TASK_OPTIONS);
    const wall = (performance.now() - t0) / 1000;
    rows.push({
      what: `eval-align: ${pairs.length.toLocaleString('en-US')} PAN pairs, wall (${result.threads} threads)`,
      ours: `${wall.toFixed(2)} s`,
      peer: '≤ 10 s',
      peerName: 'target',
      note: `${result.stats.prepared} documents prepared once; jsdiff diffWords ≈125 ms/pair would take >10 min`,
    });
    log('5,000-word pair...');
    rows.push(...(await comparePair(5_000, 9, 10_000, '≤ 50 ms', log)));
    log('50,000-word pair...');
    rows.push(...(await comparePair(50_000, 3, 10_000, '≤ 1 s', log)));
    return rows;
  },
};
