/**
 * Corrections of an open corpus: set by the user on some articles, exported as a CSV sidecar and
 * imported from one. Each change is saved in the app's data directory, then the folder's
 * metadata is worked out again (folder-meta.ts), so a corrected outlet shows in every view.
 */
import type { ExportedFile } from '../../shared/api';
import type { ArticleId, Correction, CorrectionImport } from '../../shared/article';
import type { Corpus } from '../corpus/corpus';
import { correctionsCsv, parseCorrectionsCsv } from '../corpus/corrections-csv';
import { keyOf, settleFolder } from '../corpus/folder-meta';
import { ApiFailure, noArticle } from './failure';

/** Sets (or, with null, removes) corrections on `ids`, saves them and settles the folder again. */
export async function correctArticles(corpus: Corpus, ids: readonly ArticleId[], changes: Correction): Promise<void> {
  const articles = ids.map((id) => {
    const article = corpus.articles.get(id);
    if (!article) throw noArticle(id);
    return article;
  });
  for (const article of articles) corpus.corrections.change(keyOf(article), changes, article.id);
  await save(corpus);
  settleFolder(corpus.articles.values(), corpus.corrections);
}

/** The folder's corrections as a CSV file to save. */
export function exportCorrections(corpus: Corpus): ExportedFile {
  return {
    name: `${corpus.name || 'corpus'}-corrections.csv`,
    mediaType: 'text/csv',
    content: correctionsCsv(corpus.articles.values(), keyOf),
  };
}

/** Applies a CSV sidecar's rows to the articles they name; says how many applied and what did not. */
export async function importCorrections(corpus: Corpus, csv: string): Promise<CorrectionImport> {
  const { rows, problems } = parseCorrectionsCsv(csv);
  const byKey = new Map([...corpus.articles.values()].map((a) => [keyOf(a), a]));
  let applied = 0;
  const unmatched: string[] = [];
  for (const row of rows) {
    const article = (row.key ? byKey.get(row.key) : undefined) ?? (row.file ? corpus.articles.get(row.file) : undefined);
    if (!article) {
      unmatched.push(row.file ?? row.key ?? `line ${row.line}`);
      continue;
    }
    corpus.corrections.change(keyOf(article), row.changes, article.id);
    applied++;
  }
  if (applied > 0) {
    await save(corpus);
    settleFolder(corpus.articles.values(), corpus.corrections);
  }
  return { applied, unmatched, problems };
}

async function save(corpus: Corpus): Promise<void> {
  try {
    await corpus.corrections.save();
  } catch (error) {
    throw new ApiFailure('internal', `The correction could not be saved in the app's data folder (${(error as Error).message}).`);
  }
}
