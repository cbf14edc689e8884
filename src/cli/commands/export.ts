/**
 * `export <a> <b> [--format html|json] [--out FILE] [--min-words N] [--fuzziness F] [--no-paraphrase]
 * [--char]`: the comparison of two article files as the same self-contained HTML page (or JSON)
 * that the app's Export buttons save, written to FILE or to stdout.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '../../shared/api';
import type { Article } from '../../shared/article';
import type { AlignOptions } from '../../shared/comparison';
import { loadArticle } from '../../core/corpus/load-article';
import { exportComparison } from '../../core/export/index';
import { Comparer } from '../../core/workspace/comparer';
import { UsageError, type CliCommand } from '../command';

async function load(path: string): Promise<Article> {
  const loaded = await loadArticle(resolve(path), basename(path));
  if (!loaded.ok) throw new Error(`${path}: ${loaded.rejected.reason}`);
  return loaded.article;
}

function alignOptions(values: { 'min-words'?: string; fuzziness?: string; 'no-paraphrase'?: boolean; char?: boolean }): Partial<AlignOptions> {
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
  if (values.char) options.granularity = 'char';
  return options;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'the comparison of two article files as one self-contained HTML page, or JSON',
  usage: '<a> <b> [--format html|json] [--out FILE] [--min-words N] [--fuzziness 0..1] [--no-paraphrase] [--char]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'html' },
        out: { type: 'string' },
        'min-words': { type: 'string' },
        fuzziness: { type: 'string' },
        'no-paraphrase': { type: 'boolean', default: false },
        char: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 2) throw new UsageError('give two article files');
    if (values.format !== 'html' && values.format !== 'json') throw new UsageError('--format takes html or json');
    const format: ExportFormat = values.format;
    const options = alignOptions(values);
    const [a, b] = await Promise.all(positionals.map(load));
    const comparison = new Comparer().compare(a!, b!, options);
    const file = exportComparison(comparison, a!, b!, format, { generator: 'Parallax command line' });
    if (values.out) {
      writeFileSync(resolve(values.out), file.content);
      io.err(`wrote ${values.out}: ${comparison.stats.passages} shared passage(s), ${comparison.stats.paraphrases} paraphrase link(s)`);
    } else {
      io.out(file.content.replace(/\n$/, ''));
    }
    return 0;
  },
};
