/**
 * `npm run -s eval:pages -- <dir> [--out scores.jsonl]`: opens `<dir>/pages/` as the app does and
 * scores each page against `<dir>/truth.json`: dates right (accuracy, and precision among pages
 * given a date), must-snippets found, must-not snippets found, titles present, and the wall time.
 */
import { writeFileSync } from 'node:fs';
import { readDataText } from '../../core/eval/read-data';
import { join } from 'node:path';
import type { PageTruth } from '../../core/eval/pages-score';
import { UsageError, type CliCommand } from '../command';
import { OUT_OPTION, readOptions } from '../options';

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

export const evalPages: CliCommand = {
  name: 'eval-pages',
  summary: 'dates, main-text snippets and titles of saved web pages against their truth',
  usage: '<dir> [--out scores.jsonl]',
  async run(args, io) {
    const { values, positionals } = readOptions(args, OUT_OPTION);
    const dir = positionals[0];
    if (!dir || positionals.length !== 1) throw new UsageError('give the folder that holds pages/ and truth.json');
    const { openCorpus } = await import('../../core/corpus/corpus');
    const { scorePage } = await import('../../core/eval/pages-score');
    const truth = JSON.parse(readDataText(join(dir, 'truth.json'))) as Record<string, PageTruth>;
    const started = performance.now();
    const corpus = await openCorpus(join(dir, 'pages'), { dataDir: null });
    const millis = performance.now() - started;
    const scores = Object.keys(truth)
      .sort()
      .map((file) => scorePage(file, corpus.articles.get(file) ?? null, truth[file]!));
    const sum = (f: (s: (typeof scores)[number]) => number) => scores.reduce((a, s) => a + f(s), 0);
    const dated = scores.filter((s) => s.date !== null);
    io.out(`${scores.length} pages, ${corpus.rejected.length} refused, read in ${(millis / 1000).toFixed(1)} s`);
    io.out(`dates right:           ${pct(sum((s) => Number(s.dateRight)), scores.length)}; precision ${pct(sum((s) => Number(s.dateRight)), dated.length)}`);
    io.out(`must-snippets found:   ${pct(sum((s) => s.withFound), sum((s) => s.withTotal))}`);
    io.out(`must-not found:        ${pct(sum((s) => s.withoutFound), sum((s) => s.withoutTotal))}`);
    io.out(`titles present:        ${pct(sum((s) => Number(s.titled)), scores.length)}`);
    for (const r of corpus.rejected) io.err(`refused ${r.path}: ${r.reason}`);
    if (values.out) writeFileSync(values.out, scores.map((s) => JSON.stringify(s)).join('\n') + '\n');
    return 0;
  },
};
