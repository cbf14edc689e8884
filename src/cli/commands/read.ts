/**
 * `npm run -s cli -- read <file-or-folder> [--json]`: every article as the app reads it, one per
 * line: with `--json`, `{file, id, title, outlet, date, byline, url, text, setAside, sources}`
 * (`text` the main text with page debris left out, `setAside` what was left out, `sources` where
 * each field came from); otherwise a short summary. Files that cannot be read go to stderr with
 * their reasons, the same files and reasons the app lists.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Article, Block, RejectedFile } from '../../shared/article';
import { isContent } from '../../shared/content';
import { excerptOf } from '../../shared/passage-text';
import { dataDir } from '../../core/app/data-dir';
import { UsageError, type CliCommand } from '../command';
import { JSON_OPTION, readOptions } from '../options';

/** The JSON line of one article. */
export function readLine(article: Article, file: string): Record<string, unknown> {
  // a block's words as the reader shows them: Markdown and wire marks left out
  const shown = (b: Block) => excerptOf(article, b, [b]);
  const pieces = (keep: boolean) => article.blocks.filter((b) => isContent(b.kind) === keep).map(shown);
  return {
    file,
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.date,
    ...(article.dateAmbiguous ? { dateAsWritten: article.dateText, dateAmbiguous: true } : {}),
    byline: article.byline ?? null,
    url: article.url ?? null,
    text: pieces(true).join('\n\n'),
    setAside: pieces(false),
    sources: { title: article.titleSource, outlet: article.outletSource ?? null, date: article.dateSource ?? null },
  };
}

async function readTarget(target: string): Promise<{ articles: Article[]; rejected: RejectedFile[]; root: string }> {
  const path = resolve(target);
  const info = await stat(path);
  const { openCorpus } = await import('../../core/corpus/corpus');
  if (info.isDirectory()) {
    const corpus = await openCorpus(path, { dataDir: dataDir() });
    return { articles: [...corpus.articles.values()], rejected: corpus.rejected, root: path };
  }
  // one file reads as a folder of one: the same reader, cache, corrections and date rules
  const { loadFile } = await import('../../core/corpus/load-file');
  const { ExtractCache } = await import('../../core/corpus/formats/extract-cache');
  const { CorrectionStore } = await import('../../core/corpus/corrections');
  const { settleFolder } = await import('../../core/corpus/folder-meta');
  const loaded = await loadFile(path, basename(path), { followLinks: true, cache: new ExtractCache(dataDir()) });
  if (!loaded.ok) return { articles: [], rejected: [loaded.rejected], root: dirname(path) };
  settleFolder(loaded.articles, await new CorrectionStore(dataDir()).load());
  return { articles: loaded.articles, rejected: loaded.rejected, root: dirname(path) };
}

export const read: CliCommand = {
  name: 'read',
  summary: 'each article of a file or folder as the app reads it: title, outlet, date, text, set-aside parts',
  usage: '<file-or-folder> [--json]',
  async run(args, io) {
    const { values, positionals } = readOptions(args, JSON_OPTION);
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one file or folder' : 'the file or folder is missing');
    const { articles, rejected, root } = await readTarget(positionals[0]!);
    for (const article of articles) {
      const file = resolve(root, article.id.split('#')[0]!);
      if (values.json) io.out(JSON.stringify(readLine(article, file)));
      else {
        const date = article.date ?? (article.dateAmbiguous ? `${article.dateText} (day or month first?)` : 'no date');
        io.out(`${article.id}: ${article.title} — ${article.outlet ?? 'unknown outlet'}, ${date}, ${article.words} words`);
      }
    }
    for (const r of rejected) io.err(`refused ${r.path}: ${r.reason}`);
    return articles.length === 0 && rejected.length > 0 ? 1 : 0;
  },
};
