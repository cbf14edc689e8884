/**
 * `compare <a> <b> [--json] [--min-words N] [--fuzziness F] [--no-paraphrase]`: the passages two
 * article files share, with offsets into each file's decoded text, through the same comparer the
 * app uses (debris set aside, the same alignment defaults).
 */
import { ALIGN_ARGS, ALIGN_USAGE, alignOptionsFrom, comparePair } from '../article-pair';
import type { CliCommand } from '../command';
import { JSON_OPTION, readOptions } from '../options';
import { printable } from '../terminal';

const excerpt = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return printable(flat.length <= max ? flat : flat.slice(0, max - 1) + '…');
};

export const compare: CliCommand = {
  name: 'compare',
  summary: 'shared passages of two article files, with offsets into each',
  usage: `<a> <b> [--json] ${ALIGN_USAGE}`,
  async run(args, io) {
    const { values, positionals } = readOptions(args, { ...JSON_OPTION, ...ALIGN_ARGS });
    const { a, b, comparison } = await comparePair(positionals, alignOptionsFrom(values));
    if (values.json) {
      io.out(JSON.stringify({ files: { a: positionals[0], b: positionals[1] }, ...comparison }));
      return 0;
    }
    const s = comparison.stats;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    io.out(printable(`A: ${a.title} (${a.outlet ?? 'unknown outlet'})`));
    io.out(printable(`B: ${b.title} (${b.outlet ?? 'unknown outlet'})`));
    io.out(`${s.passages} shared passage(s), ${s.paraphrases} paraphrase(s); ${pct(s.sharedA)} of A and ${pct(s.sharedB)} of B shared; ${s.millis} ms`);
    for (const p of comparison.passages) {
      io.out('');
      const kept = `kept ${p.words.keptA} of ${p.words.a} words of A, ${p.words.keptB} of ${p.words.b} of B`;
      io.out(`#${p.k + 1} ${p.kind}${p.moved ? ', moved' : ''}, similarity ${p.similarity.toFixed(2)}; ${kept}`);
      io.out(`  A ${p.a.start}-${p.a.end}: ${excerpt(a.text.slice(p.a.start, p.a.end))}`);
      io.out(`  B ${p.b.start}-${p.b.end}: ${excerpt(b.text.slice(p.b.start, p.b.end))}`);
      if (p.reason) io.out(`  because: ${printable([...p.reason.numbers, ...p.reason.names, ...p.reason.words].join(', '))}`);
      if (p.pairs.length > 1) {
        io.out(`  ${p.pairs.length} sentence pairs:`);
        for (const q of p.pairs) {
          io.out(`    ${q.kind} ${q.similarity.toFixed(2)}  A ${excerpt(a.text.slice(q.a.start, q.a.end), 60)}`);
          io.out(`    ${' '.repeat(q.kind.length + 6)}B ${excerpt(b.text.slice(q.b.start, q.b.end), 60)}`);
        }
      }
    }
    return 0;
  },
};
