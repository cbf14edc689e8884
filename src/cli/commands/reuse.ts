/**
 * `reuse <folder> [--json] [--all] [--passim <out.json>]`: who shares text with whom across a folder,
 * through the same runner as the app's shared-text view: the article pairs that share passages, the
 * same summed by pair of outlets, and (with --all) the articles that share no passage but joined a
 * story by their words, and the pairs that only state the same facts in other words. With --passim, the pairs come from passim's clusters (its `out.json` directory) instead.
 */
import type { ArticleId, ArticleMeta } from '../../shared/article';
import type { OutletLink, ReuseLink, ReuseReport } from '../../shared/reuse';
import type { Corpus } from '../../core/corpus/corpus';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { JSON_OPTION, readOptions } from '../options';
import { printable } from '../terminal';
import { progressPrinter } from './index-folder';

const pct = (share: number) => (share > 0 && share < 0.01 ? '<1%' : `${Math.round(share * 100)}%`);
const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function readArgs(args: string[]) {
  const { values, positionals } = readOptions(args, { ...JSON_OPTION, all: { type: 'boolean', default: false }, passim: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one folder' : 'the folder is missing');
  return { folder: positionals[0]!, json: values.json, all: values.all, passim: values.passim };
}

function printText(io: CliIo, report: ReuseReport, meta: Map<ArticleId, ArticleMeta>, all: boolean): void {
  const label = (id: ArticleId) => {
    const m = meta.get(id);
    return printable(`${id}  ${m?.title ?? ''} (${m?.outlet ?? 'unknown outlet'}${m?.date ? `, ${m.date}` : ''})`);
  };
  const first = (l: ReuseLink) => (l.firstPublished === 'a' ? 'A' : l.firstPublished === 'b' ? 'B' : l.firstPublished === 'same' ? 'same day' : 'unknown');
  const copies = report.links.filter((l) => l.passages > 0);
  const paraphrased = report.links.filter((l) => l.passages === 0);
  io.out(
    `${plural(copies.length, 'pair')} of articles ${copies.length === 1 ? 'shares' : 'share'} passages; ` +
      `${plural(paraphrased.length, 'more pair', 'more pairs')} state the same facts in other words ` +
      `(${report.pairsCompared.toLocaleString('en')} of ${report.pairsTotal.toLocaleString('en')} pairs aligned, ${report.millis} ms)`,
  );
  if (copies.length) io.out('\nShared passages');
  for (const l of copies) {
    io.out(`  A ${label(l.a)}`);
    io.out(`  B ${label(l.b)}`);
    io.out(
      `    ${plural(l.passages, 'passage')}, longest ${plural(l.longestWords, 'word')}; ` +
        `${l.sharedWordsA} words (${pct(l.sharedA)}) of A, ${l.sharedWordsB} (${pct(l.sharedB)}) of B; first published: ${first(l)}`,
    );
  }
  if (report.outlets.length) io.out('\nBy outlet');
  for (const o of report.outlets) io.out(`  ${printable(outletLine(o))}`);
  const alike = report.alike ?? [];
  if (alike.length && !all) io.out(`\n${plural(alike.length, 'article')} share no passage but use the words of one that does (each joins its story): --all lists them`);
  if (alike.length && all) {
    io.out('\nIn their own words (no shared passage; joined to the story of the article they are most like)');
    for (const l of alike) io.out(`  ${printable(l.a)} ~ ${printable(l.b)}: ${Math.round(l.likeness * 100)}% alike, ${plural(l.terms, 'distinctive word')} in common`);
  }
  if (paraphrased.length && !all) io.out(`\n${plural(paraphrased.length, 'pair')} only state the same facts: --all lists them`);
  if (paraphrased.length && all) {
    io.out('\nSame facts in other words');
    for (const l of paraphrased) io.out(`  ${plural(l.paraphrases, 'paraphrase')}: ${printable(l.a)} ~ ${printable(l.b)}`);
  }
}

function outletLine(o: OutletLink): string {
  const name = (x: string | null) => x ?? 'unknown outlet';
  const parts: string[] = [];
  if (o.copies) {
    parts.push(`${plural(o.copies, 'pair')} with passages, ${o.wordsA} / ${o.wordsB} words`);
    if (o.a !== o.b && o.firstA + o.firstB) parts.push(`first: ${name(o.a)} ${o.firstA}, ${name(o.b)} ${o.firstB}`);
  }
  if (o.paraphrased) parts.push(`${plural(o.paraphrased, 'pair')} with paraphrases only`);
  return `${name(o.a)} — ${name(o.b)}: ${parts.join('; ')}`;
}

async function fromPassim(corpus: Corpus, dir: string, io: CliIo): Promise<ReuseReport> {
  const { passimReport, readPassim } = await import('../../core/workspace/passim-import');
  const { Comparer } = await import('../../core/workspace/comparer');
  const started = performance.now();
  const read = await readPassim(dir);
  const { report, summary } = passimReport(corpus, new Comparer(), read.passages, started);
  io.err(
    `passim: ${summary.passages.toLocaleString('en')} passages in ${read.files} files, ${summary.clusters.toLocaleString('en')} clusters` +
      `${summary.unknown ? `; ${summary.unknown} passages name no article of this folder` : ''}${summary.skipped ? `; ${summary.skipped} clusters too large to pair` : ''}${read.bad ? `; ${read.bad} unreadable lines` : ''}`,
  );
  return report;
}

export const reuse: CliCommand = {
  name: 'reuse',
  summary: 'who shares text with whom across a folder: article pairs, and the same by outlet',
  usage: '<folder> [--json] [--all] [--passim <out.json>]',
  async run(args, io) {
    const { folder, json, all, passim } = readArgs(args);
    // loaded when run, not when the command list is: other commands start faster
    const { metaOf, openCorpus } = await import('../../core/corpus/corpus');
    const { Comparer } = await import('../../core/workspace/comparer');
    const { ReuseRunner } = await import('../../core/workspace/reuse-runner');
    const corpus = await openCorpus(folder, { onProgress: progressPrinter(io, 'reading') });
    const progress = progressPrinter(io, 'comparing');
    const report = passim ? await fromPassim(corpus, passim, io) : await new Promise<ReuseReport>((resolve, reject) => {
      const runner = new ReuseRunner(new Comparer(), (p) => {
        if (p.state === 'running' && p.message === 'Comparing pairs') progress(p.done, p.total);
        else if (p.state === 'done') resolve(runner.report()!);
        else if (p.state === 'error' || p.state === 'cancelled') reject(new Error(p.message ?? p.state));
      });
      runner.start(corpus);
    });
    for (const r of corpus.rejected) io.err(`skipped ${printable(r.path)}: ${printable(r.reason)}`);
    for (const id of report.tooLong ?? []) io.err(`left out ${printable(id)}: too long to compare across the folder`);
    const meta = new Map<ArticleId, ArticleMeta>([...corpus.articles].map(([id, article]) => [id, metaOf(article)]));
    if (json) {
      const linked = new Set(report.links.flatMap((l) => [l.a, l.b]));
      const articles = Object.fromEntries([...linked].map((id) => [id, meta.get(id)]));
      io.out(JSON.stringify({ folder: corpus.root, articles, ...report }));
    } else printText(io, report, meta, all);
    return 0;
  },
};
