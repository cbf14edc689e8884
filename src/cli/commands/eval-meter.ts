/**
 * `npm run -s eval:meter -- <dir>`: how well Parallax finds newsroom reuse on a METER-shaped
 * folder (`news/`, `pa/`, `labels.json`, `annotations.json`), each measure beside the
 * word-3-gram yardstick computed in the same run:
 * (a) discovery: the folder-wide reuse run over news and PA texts together, without a pair list;
 * (b) classification: wholly / partially / non-derived from the article's shared share,
 *     thresholds by stratified 5-fold cross-validation;
 * (c) passages: the characters marked as shared against the annotated verbatim + rewrite spans;
 * (d) stories: for each PA story, the story view opened from its PA texts (a cluster of the reuse
 *     links): its derived papers listed, the papers listed of that story, the likely origin a PA text.
 */
import type { MeterRun } from '../../core/eval/meter-run';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { OUT_OPTION, readOptions } from '../options';

const f3 = (x: number) => x.toFixed(3);

function readArgs(args: string[]): { dir: string; verbose: boolean; out: string | undefined } {
  const { values, positionals } = readOptions(args, { verbose: { type: 'boolean', default: false }, ...OUT_OPTION });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one folder' : 'the folder is missing');
  return { dir: positionals[0]!, verbose: values.verbose, out: values.out };
}

async function discovery(io: CliIo, run: MeterRun): Promise<void> {
  const { sameStory } = await import('../../core/eval/meter-run');
  const derived = run.folder.labels.filter((l) => l.classification !== 'non_derived');
  const row = (name: string, links: Map<string, Set<string>>) => {
    const found = derived.filter((l) => l.pa_sources.some((pa) => links.get(l.news)?.has(pa))).length;
    let all = 0;
    let right = 0;
    for (const [news, pas] of links) {
      for (const pa of pas) {
        all++;
        if (sameStory(run.folder, news, pa)) right++;
      }
    }
    io.out(`| ${name} | ${f3(found / Math.max(1, derived.length))} (${found}/${derived.length}) | ${f3(right / Math.max(1, all))} (${right}/${all}) |`);
  };
  io.out('(a) discovery: derived articles linked to one of their PA texts; news-PA links within the story');
  io.out('| method | recall | precision |');
  io.out('|---|---|---|');
  row('Parallax reuse run, shared passages', run.links.linked);
  row('Parallax reuse run, passages or paraphrases', run.links.linkedOrParaphrased);
  row('word 3-grams, containment >= 0.1', run.links.gramLinked);
}

async function classification(io: CliIo, run: MeterRun): Promise<void> {
  const { crossValidatedF1 } = await import('../../core/eval/classify');
  const ours = crossValidatedF1(run.articles.map((a) => ({ id: a.id, label: a.label, score: a.share })));
  const grams = crossValidatedF1(run.articles.map((a) => ({ id: a.id, label: a.label, score: a.gramShare })));
  io.out('');
  io.out(`(b) classification of ${run.articles.length} articles, 3-way macro-F1 (stratified 5-fold cross-validation)`);
  io.out('| method | macro-F1 |');
  io.out('|---|---|');
  io.out(`| Parallax shared share | ${f3(ours.f1)} |`);
  io.out(`| word 3-gram containment | ${f3(grams.f1)} |`);
}

async function passages(io: CliIo, run: MeterRun, verbose: boolean): Promise<void> {
  const { addCounts, charMask, emptyCounts, precisionRecallF1 } = await import('../../core/eval/char-overlap');
  const byId = new Map(run.articles.map((a) => [a.id, a]));
  const measure = (pick: (a: MeterRun['articles'][number]) => MeterRun['articles'][number]['marked']) => {
    const shared = emptyCounts();
    const verbatim = emptyCounts();
    const rewrite = emptyCounts();
    const perArticle: string[] = [];
    for (const ann of run.folder.annotations) {
      const a = byId.get(ann.news);
      if (!a) continue;
      const marked = charMask(a.text, pick(a));
      const truth = charMask(a.text, ann.spans.filter((s) => s.type !== 'new'));
      addCounts(shared, a.text, marked, truth);
      addCounts(verbatim, a.text, marked, charMask(a.text, ann.spans.filter((s) => s.type === 'verbatim')));
      addCounts(rewrite, a.text, marked, charMask(a.text, ann.spans.filter((s) => s.type === 'rewrite')));
      if (verbose) {
        const one = emptyCounts();
        addCounts(one, a.text, marked, truth);
        const m = precisionRecallF1(one);
        perArticle.push(`  ${a.id} P ${f3(m.precision)} R ${f3(m.recall)} F1 ${f3(m.f1)}`);
      }
    }
    return { all: precisionRecallF1(shared), verbatim: precisionRecallF1(verbatim).recall, rewrite: precisionRecallF1(rewrite).recall, perArticle };
  };
  const ours = measure((a) => a.marked);
  const grams = measure((a) => a.gramMarked);
  io.out('');
  io.out(`(c) passages: non-space characters of ${run.folder.annotations.length} annotated articles marked shared, against verbatim + rewrite`);
  io.out('| method | precision | recall | F1 | verbatim recall | rewrite recall |');
  io.out('|---|---|---|---|---|---|');
  for (const [name, m] of [['Parallax', ours], ['word 3-grams', grams]] as const) {
    io.out(`| ${name} | ${f3(m.all.precision)} | ${f3(m.all.recall)} | ${f3(m.all.f1)} | ${f3(m.verbatim)} | ${f3(m.rewrite)} |`);
  }
  if (verbose) for (const line of ours.perArticle) io.err(line);
}

async function stories(io: CliIo, run: MeterRun, verbose: boolean): Promise<void> {
  const { measureStories } = await import('../../core/eval/meter-stories');
  const c = measureStories(run.folder, run.report, run.idOf, (name) => run.corpus.articles.get(name)?.date ?? null);
  const ratio = (n: number, d: number) => `${f3(n / Math.max(1, d))} (${n}/${d})`;
  io.out('');
  io.out(`(d) stories: ${c.stories} PA stories (one day's PA texts of a catchline) with derived papers, each seen in the story view opened from its PA texts`);
  io.out('| measure | value |');
  io.out('|---|---|');
  io.out(`| derived papers listed (recall) | ${ratio(c.derivedListed, c.derived)} |`);
  io.out(`| of those, joined by the likeness of their words alone (no shared passage) | ${c.derivedAlike} |`);
  io.out(`| papers listed that are of the running story, same catchline (precision) | ${ratio(c.listedRight, c.listed)} |`);
  io.out(`| likely origin is a PA text of the running story (stories of 3+ members) | ${ratio(c.originPa, c.multi)} |`);
  io.out(`| no origin named (of those) | ${c.originNone} |`);
  io.out(`| the same with every date withheld (shared text alone): origin a PA text | ${ratio(c.undatedPa, c.multi)} |`);
  io.out(`| no origin named, dates withheld | ${c.undatedNone} |`);
  io.out(`| stories whose PA texts fall into two or more views | ${c.split} |`);
  if (verbose) {
    for (const r of c.rows) io.err(`  ${r.story} recall ${r.recall[0]}/${r.recall[1]} precision ${r.precision[0]}/${r.precision[1]} origin ${r.origin}`);
  }
}

export const evalMeter: CliCommand = {
  name: 'eval-meter',
  summary: 'newsroom reuse on a METER-shaped folder: discovery, classification, passages (beside word 3-grams), stories',
  usage: '<dir> [--out articles.jsonl] [--verbose]',
  async run(args, io) {
    const started = performance.now();
    const { dir, verbose, out } = readArgs(args);
    const { runMeter } = await import('../../core/eval/meter-run');
    io.err('opening the folder, then the reuse run and the comparisons...');
    const run = await runMeter(dir);
    await discovery(io, run);
    await classification(io, run);
    await passages(io, run, verbose);
    await stories(io, run, verbose);
    if (out) {
      const { writeFileSync } = await import('node:fs');
      const rows = run.articles.map((a) => ({ news: a.id, label: a.label, share: a.share, gramShare: a.gramShare, marked: a.marked }));
      writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    io.out('');
    io.out(
      `wall ${s(performance.now() - started)}: open ${s(run.millis.open)}, reuse run ${s(run.millis.reuse)} ` +
        `(${run.report.pairsCompared.toLocaleString('en')} of ${run.report.pairsTotal.toLocaleString('en')} pairs aligned), ` +
        `article comparisons ${s(run.millis.compare)}, yardstick ${s(run.millis.yardstick)}`,
    );
    return 0;
  },
};
