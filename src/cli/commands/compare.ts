/**
 * `compare <a> <b> [--json] [--min-words N] [--fuzziness F] [--no-paraphrase]`: the passages two
 * article files share, with offsets into each file's decoded text, through the same comparer the
 * app uses (debris set aside, the same alignment defaults).
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../../shared/article';
import type { AlignOptions } from '../../shared/comparison';
import { loadArticle } from '../../core/corpus/load-article';
import { Comparer } from '../../core/workspace/comparer';
import { UsageError, type CliCommand } from '../command';

async function load(path: string): Promise<Article> {
  const loaded = await loadArticle(resolve(path), basename(path));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.rejected.reason}`);
  return loaded.article;
}

const excerpt = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
};

export const compare: CliCommand = {
  name: 'compare',
  summary: 'shared passages of two article files, with offsets into each',
  usage: '<a> <b> [--json] [--min-words N] [--fuzziness 0..1] [--no-paraphrase]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'min-words': { type: 'string' },
        fuzziness: { type: 'string' },
        'no-paraphrase': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 2) throw new UsageError('give two article files');
    const options: Partial<AlignOptions> = {};
    if (values['min-words'] !== undefined) {
      options.minWords = Number(values['min-words']);
      if (!Number.isInteger(options.minWords) || options.minWords < 1) throw new UsageError('--min-words takes a whole number above 0');
    }
    if (values.fuzziness !== undefined) {
      options.fuzziness = Number(values.fuzziness);
      if (!(options.fuzziness >= 0 && options.fuzziness <= 1)) throw new UsageError('--fuzziness takes a number from 0 to 1');
    }
    if (values['no-paraphrase']) options.paraphrase = false;
    const [a, b] = await Promise.all(positionals.map(load));
    const comparison = new Comparer().compare(a!, b!, options);
    if (values.json) {
      io.out(JSON.stringify({ files: { a: positionals[0], b: positionals[1] }, ...comparison }));
      return 0;
    }
    const s = comparison.stats;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    io.out(`A: ${a!.title} (${a!.outlet ?? 'unknown outlet'})`);
    io.out(`B: ${b!.title} (${b!.outlet ?? 'unknown outlet'})`);
    io.out(`${s.passages} shared passage(s), ${s.paraphrases} paraphrase link(s); ${pct(s.sharedA)} of A and ${pct(s.sharedB)} of B shared; ${s.millis} ms`);
    for (const p of comparison.passages) {
      io.out('');
      io.out(`#${p.k + 1} ${p.kind}${p.moved ? ', moved' : ''}, similarity ${p.similarity.toFixed(2)}`);
      io.out(`  A ${p.a.start}-${p.a.end}: ${excerpt(a!.text.slice(p.a.start, p.a.end))}`);
      io.out(`  B ${p.b.start}-${p.b.end}: ${excerpt(b!.text.slice(p.b.start, p.b.end))}`);
      if (p.reason) io.out(`  because: ${[...p.reason.numbers, ...p.reason.names, ...p.reason.words].join(', ')}`);
    }
    return 0;
  },
};
