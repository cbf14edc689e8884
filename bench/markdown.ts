/**
 * Bench section "markdown": reading 1 MB files of hostile Markdown (lists and quotes nested
 * thousands deep on one line or by indentation, nested emphasis and links, a heading, rule or
 * lazy list line on every line, tables, fences), each beside the same lines with their markup
 * characters written as letters, read as plain text: what the file's size and shape alone cost. Target: ≤ 1 s for
 * any file ≤ 1 MB, the file read as plain text with the reason given where it is pathological.
 * CPU time of the parse in this process (wall time on a shared machine measures the other
 * processes too), best of three, after a warm-up.
 */
import { articleFromText } from '../src/core/corpus/load-article';
import type { BenchRow, BenchSection } from './section';

const MB = 1024 * 1024;
const RUNS = 3;

/** `unit` repeated to 1 MB on one line after a title. */
const oneLine = (unit: string) => `Hostile\n\n${unit.repeat(Math.floor((MB - 20) / unit.length))}bottom\n`;

/** Lines made by `line` to 1 MB after a title. */
function lines(line: (i: number) => string): string {
  const out = ['Hostile', ''];
  let size = 0;
  for (let i = 0; size < MB; i++) size += out[out.push(line(i)) - 1]!.length + 1;
  return out.join('\n');
}

const SHAPES: [string, () => string][] = [
  ['`- ` nested 500,000 deep on one line', () => oneLine('- ')],
  ['`> ` nested on one line', () => oneLine('> ')],
  ['lists nested by indentation', () => lines((i) => ' '.repeat((i % 2000) * 2) + '- item')],
  ['quotes nested 1 to 3,000 deep, a line each', () => lines((i) => '> '.repeat(1 + (i % 3000)) + 'x')],
  ['list items 8 deep on every line', () => lines((i) => '- '.repeat(8) + `item ${i}`)],
  ['nested emphasis `*_*_…`', () => oneLine('*_')],
  ['links `[a](b)` back to back', () => oneLine('[a](b)')],
  ['open brackets and links `[a](`', () => oneLine('[a](')],
  ['table rows with bold and links', () => lines((i) => `| a ${i} | **b** | [c](d) |`)],
  ['a heading on every line', () => lines((i) => `${'#'.repeat(1 + (i % 6))} h ${i}`)],
  ['a list item then a lazy line, over and over', () => lines((i) => (i % 2 ? '- a' : `lazy ${i}`))],
  ['a rule on every line', () => lines(() => '- - -')],
  ['fences opened and closed', () => lines((i) => (i % 2 ? '```' : `~~~ ${i}`))],
];

/** Best CPU time of reading `text` as `id`, and the notice it was read with. */
function cpuRead(text: string, id: string): { ms: number; notice: string | undefined } {
  let best = Infinity;
  let notice: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    notice = articleFromText(text, id, 'utf-8', text.length, 0).notice;
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, notice };
}

export const markdownSection: BenchSection = {
  name: 'markdown',
  available: () => Promise.resolve(true),
  run(log) {
    // the first files read pay for compiling the code: not what the shapes are measured for
    for (let i = 0; i < 3; i++) articleFromText('# Warm\n\nSome *text* with [a link](http://x) and **bold**.\n\n- a\n- b\n'.repeat(200), 'warm.md', 'utf-8', 1, 0);
    const rows: BenchRow[] = [];
    for (const [name, make] of SHAPES) {
      const text = make();
      const md = cpuRead(text, 'hostile.md');
      const txt = cpuRead(text.replace(/[-*_`<>[\]()!\\&#+=~|]/g, 'x'), 'hostile.txt');
      const decision = md.notice?.startsWith('Read as plain text') ? 'read as plain text' : md.notice ? 'markup read in part' : 'read as Markdown';
      log(`${name}: ${md.ms.toFixed(0)} ms as Markdown (${decision}), ${txt.ms.toFixed(0)} ms without its markup`);
      rows.push({ what: `1 MB of ${name}`, ours: `${md.ms.toFixed(0)} ms`, peerName: 'same lines, no markup', peer: `${txt.ms.toFixed(0)} ms`, note: `${decision}; target ≤ 1000 ms (CPU, best of ${RUNS})` });
    }
    return Promise.resolve(rows);
  },
};
