/**
 * `npm run -s eval:align -- <dir> [--out detections.jsonl]`: the alignment engine on a PAN
 * text-alignment corpus. Aligns every pair of `<dir>/pairs.txt` with the app's engine and the PAN
 * task's options (core/eval/pan-task.ts), writes one JSON line of detections per pair, and
 * when `<dir>/truth.json` exists prints PAN's measures overall and per subset with the wall time.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AlignOptions } from '../../shared/comparison';
import type { PanPair } from '../../core/eval/pan-corpus';
import type { PanRange, scorePan } from '../../core/eval/plagdet';
import { PAN_TASK_OPTIONS } from '../../core/eval/pan-task';
import { ALIGN_ARGS, alignOptionsFrom } from '../article-pair';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { OUT_OPTION, readOptions } from '../options';

interface Args {
  dir: string;
  out: string | null;
  threads: number;
  half: 'even' | 'odd' | null;
  options: Partial<AlignOptions>;
}

/** The command's options: the alignment's `--min-words` and `--fuzziness` as `compare` defines and checks them. */
const OPTIONS = {
  ...OUT_OPTION,
  threads: { type: 'string' },
  half: { type: 'string' },
  'min-words': ALIGN_ARGS['min-words'],
  fuzziness: ALIGN_ARGS.fuzziness,
  lifted: { type: 'boolean', default: false },
  paraphrase: { type: 'boolean', default: false },
} as const;

/** The corpus folder and the run's settings, the PAN task's alignment options under those given. */
export function readArgs(args: string[]): Args {
  const { values, positionals } = readOptions(args, OPTIONS);
  const [dir, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
  if (!dir) throw new UsageError('the corpus folder is missing');
  const half = values.half ?? null;
  if (half !== null && half !== 'even' && half !== 'odd') throw new UsageError('--half is even or odd');
  const options: Partial<AlignOptions> = { ...PAN_TASK_OPTIONS, ...alignOptionsFrom(values) };
  if (values.lifted) options.lifted = true;
  if (values.paraphrase) options.paraphrase = true;
  const threads = values.threads === undefined ? availableParallelism() : Math.max(1, Number(values.threads) || 1);
  return { dir, out: values.out ?? null, threads, half, options };
}

const fmt = (x: number) => x.toFixed(4);

type Row = { name: string; pairs: number; cases: PanRange[]; detections: PanRange[]; flagged: number };

function printScores(io: CliIo, score: typeof scorePan, rows: Row[]) {
  io.out('| subset | pairs | cases | detections | plagdet | precision | recall | granularity | pairs with detections |');
  io.out('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const s = score(r.cases, r.detections);
    const flagged = `${r.flagged} (${((100 * r.flagged) / Math.max(1, r.pairs)).toFixed(1)}%)`;
    const measures = r.cases.length === 0 ? ['-', '-', '-', '-'] : [fmt(s.plagdet), fmt(s.precision), fmt(s.recall), fmt(s.granularity)];
    io.out(`| ${r.name} | ${r.pairs} | ${r.cases.length} | ${r.detections.length} | ${measures.join(' | ')} | ${flagged} |`);
  }
}

export const evalAlign: CliCommand = {
  name: 'eval-align',
  summary: 'align every pair of a PAN corpus and print plagdet, precision, recall, granularity',
  usage: '<dir> [--out detections.jsonl] [--threads n] [--half even|odd] [--fuzziness x] [--min-words n] [--lifted] [--paraphrase]',
  async run(args, io) {
    const started = performance.now();
    const { dir, out, threads, half, options } = readArgs(args);
    // the engine loads when the command runs, so the rest of the CLI starts without it
    const { alignPairsParallel } = await import('../../core/eval/parallel');
    const { detectionRanges, readPairs, readTruth, truthRanges } = await import('../../core/eval/pan-corpus');
    const { scorePan } = await import('../../core/eval/plagdet');
    let pairs: PanPair[] = readPairs(dir);
    if (half) pairs = pairs.filter((_, i) => (i % 2 === 0) === (half === 'even'));
    io.err(`aligning ${pairs.length} pairs on ${threads} thread(s)...`);
    const result = await alignPairsParallel(dir, pairs, options, threads);
    const alignedAt = performance.now();
    if (out) writeFileSync(out, result.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

    const truth = readTruth(dir);
    if (!truth) io.err('no truth.json: detections written, nothing to score');
    else {
      const wanted = new Set(pairs.map((p) => `${p.susp} ${p.src}`));
      const records = truth.filter((r) => wanted.has(`${r.susp} ${r.src}`));
      const detections = new Map(result.lines.map((l) => [`${l.susp} ${l.src}`, detectionRanges(l)]));
      const subsets = [...new Set(records.map((r) => r.subset))].sort();
      const row = (name: string, rs: typeof records) => {
        const ds = rs.map((r) => detections.get(`${r.susp} ${r.src}`) ?? []);
        return { name, pairs: rs.length, cases: truthRanges(rs), detections: ds.flat(), flagged: ds.filter((d) => d.length > 0).length };
      };
      const rows = [row('overall', records), ...subsets.map((s) => row(s, records.filter((r) => r.subset === s)))];
      printScores(io, scorePan, rows);
      // Pairs that share nothing: any detection there is a false positive.
      const empty = rows.filter((r) => r.name !== 'overall' && r.cases.length === 0);
      for (const r of empty) {
        io.out('');
        io.out(`${r.name}: detections in ${r.flagged} of ${r.pairs} pairs (${((100 * r.flagged) / Math.max(1, r.pairs)).toFixed(1)}%)`);
      }
    }
    const wall = (performance.now() - started) / 1000;
    const { stats } = result;
    io.out('');
    io.out(
      `wall ${wall.toFixed(2)} s (alignment phase ${((alignedAt - started) / 1000).toFixed(2)} s on ${result.threads} thread(s); ` +
        `${stats.prepared} documents prepared once, ${(stats.prepareMs / 1000).toFixed(2)} s reading+preparing, ` +
        `${(stats.alignMs / 1000).toFixed(2)} s aligning, summed over threads)`,
    );
    return 0;
  },
};
