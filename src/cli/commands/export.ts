/**
 * `export <a> <b> [--format html|json] [--out FILE] [--min-words N] [--fuzziness F] [--no-paraphrase]
 * [--char]`: the comparison of two article files as the same self-contained HTML page (or JSON)
 * that the app's Export buttons save, written to FILE or to stdout.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../shared/api';
import { ALIGN_ARGS, ALIGN_USAGE, alignOptionsFrom, comparePair } from '../article-pair';
import { UsageError, type CliCommand } from '../command';
import { OUT_OPTION, readOptions } from '../options';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'the comparison of two article files as one self-contained HTML page, or JSON',
  usage: `<a> <b> [--format html|json] [--out FILE] ${ALIGN_USAGE}`,
  async run(args, io) {
    const { values, positionals } = readOptions(args, { format: { type: 'string', default: 'html' }, ...OUT_OPTION, ...ALIGN_ARGS });
    if (values.format !== 'html' && values.format !== 'json') throw new UsageError('--format takes html or json');
    const format: ExportFormat = values.format;
    const { a, b, comparison } = await comparePair(positionals, alignOptionsFrom(values));
    const { exportComparison } = await import('../../core/export/index');
    const file = exportComparison(comparison, a, b, format, { generator: 'Parallax command line' });
    if (values.out) {
      writeFileSync(resolve(values.out), file.content);
      io.err(`wrote ${values.out}: ${comparison.stats.passages} shared passage(s), ${comparison.stats.paraphrases} paraphrase(s)`);
    } else {
      io.out(file.content.replace(/\n$/, ''));
    }
    return 0;
  },
};
