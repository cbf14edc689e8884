/**
 * What changed on disk, read into the open corpus: files removed take their articles (a folder
 * every article below it, an export every row of it), files added or changed are read again, and
 * the folder is put back in library order and settled (wire takes, corrections) as when it opened.
 */
import type { ArticleId } from '../../shared/article';
import { compareIds, inIdOrder, type Corpus } from '../corpus/corpus';
import { settleFolder } from '../corpus/folder-meta';
import { loadFile } from '../corpus/load-file';
import { NOT_FOUND_REASON } from '../corpus/read-file';
import { articleId } from '../corpus/scan';
import { join, relative, sep } from 'node:path';
import type { ChangeSet } from './watcher';

export interface ReadChanges {
  /** Articles added or read again. */
  changed: ArticleId[];
  removed: ArticleId[];
}

/**
 * Applies `changes` to `corpus`; `current` says whether the corpus is still the open one (a file
 * read takes time, and another folder may be opened meanwhile: then nothing more is settled).
 */
export async function readChanges(corpus: Corpus, changes: ChangeSet, current: () => boolean): Promise<ReadChanges> {
  const inside = (path: string) => !relative(corpus.root, path).startsWith('..' + sep);
  // a file's articles: itself, or the rows of an export (`<file>#<row>`); a folder's: those below it too
  const ofFile = (known: string, id: string) => known === id || known.startsWith(id + '#');
  const under = (known: string, id: string) => ofFile(known, id) || known.startsWith(id + '/');
  const changed: ArticleId[] = [];
  const removed: ArticleId[] = [];
  for (const path of changes.removed.filter(inside)) {
    const id = articleId(corpus.root, path);
    for (const known of [...corpus.articles.keys()]) {
      if (under(known, id)) {
        corpus.articles.delete(known);
        removed.push(known);
      }
    }
    corpus.rejected = corpus.rejected.filter((r) => !under(r.path, id));
  }
  for (const path of changes.changed.filter(inside)) {
    const id = articleId(corpus.root, path);
    const loaded = await loadFile(join(corpus.root, id), id, corpus.reading);
    corpus.rejected = corpus.rejected.filter((r) => !ofFile(r.path, id));
    const before = [...corpus.articles.keys()].filter((k) => ofFile(k, id));
    const now = loaded.ok ? loaded.articles : [];
    for (const gone of before) if (!now.some((a) => a.id === gone) && corpus.articles.delete(gone)) removed.push(gone);
    for (const article of now) {
      corpus.articles.set(article.id, article);
      changed.push(article.id);
    }
    // a file removed before it could be read is gone, not refused: its removal may come in a
    // later batch, or never (a temporary file that lived a few milliseconds)
    if (!loaded.ok && loaded.rejected.reason === NOT_FOUND_REASON) continue;
    corpus.rejected.push(...(loaded.ok ? loaded.rejected : [loaded.rejected]));
  }
  if (!current()) return { changed, removed };
  corpus.articles = inIdOrder(corpus.articles);
  corpus.rejected.sort((x, y) => compareIds(x.path, y.path));
  settleFolder(corpus.articles.values(), corpus.corrections);
  return { changed, removed };
}
