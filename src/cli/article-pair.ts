/**
 * What `compare` and `export` share: two article files read as the app reads them, and the
 * alignment options given on the command line. The engine is imported when a command runs, not
 * when the CLI starts, so `help` and the other commands start fast.
 */
import { basename, resolve } from 'node:path';
import type { Article } from '../shared/article';
import type { AlignOptions, Comparison } from '../shared/comparison';
import { UsageError } from './command';

/** parseArgs options for the alignment parameters. */
export const ALIGN_ARGS = {
  'min-words': { type: 'string' },
  fuzziness: { type: 'string' },
  'no-paraphrase': { type: 'boolean', default: false },
  char: { type: 'boolean', default: false },
} as const;

export const ALIGN_USAGE = '[--min-words N] [--fuzziness 0..1] [--no-paraphrase] [--char]';

export function alignOptionsFrom(values: { 'min-words'?: string; fuzziness?: string; 'no-paraphrase'?: boolean; char?: boolean }): Partial<AlignOptions> {
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

/** Reads two article files and compares them with the app's comparer. */
export async function comparePair(paths: string[], options: Partial<AlignOptions>): Promise<{ a: Article; b: Article; comparison: Comparison }> {
  if (paths.length !== 2) throw new UsageError('give two article files');
  const { loadFile } = await import('../core/corpus/load-file');
  const { Comparer } = await import('../core/workspace/comparer');
  const [a, b] = await Promise.all(
    paths.map(async (given) => {
      // `export.csv#12` names one row of an export
      const [path, row] = /^(.*)#(\d+)$/.exec(given)?.slice(1) ?? [given, undefined];
      const loaded = await loadFile(resolve(path!), basename(path!), { followLinks: true });
      if (!loaded.ok) throw new Error(`${given}: ${loaded.rejected.reason}`);
      const article = row === undefined ? loaded.articles[0] : loaded.articles.find((x) => x.id.endsWith(`#${row}`));
      if (!article || (row === undefined && loaded.articles.length > 1)) throw new Error(`${given}: give one row of this file, as ${path}#<row>`);
      return article;
    }),
  );
  return { a: a!, b: b!, comparison: new Comparer().compare(a!, b!, options) };
}
