/**
 * What the MiniSearch peer indexes, the same for every peer script: each `.txt`/`.md`/`.markdown`
 * file below the folder (hidden entries skipped, as Parallax does), read as UTF-8, with its first
 * non-empty line as the title and the whole text as the body. MiniSearch 7 with its defaults
 * (its tokenizer and no stemming), fields `title` and `text`, the title stored for display.
 * Plain JavaScript, so the peers start as plain Node scripts, as the built command line does.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const MINISEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title'] };

const ARTICLE = /\.(?:txt|md|markdown)$/i;

/** Paths of the article files below `root`, relative, with `/` separators, sorted. */
export async function articleFiles(root) {
  const found = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && ARTICLE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'));
    }
  }
  return found.sort();
}

/** Reads the files as MiniSearch documents, 32 at a time. */
export async function readDocs(root, ids) {
  const docs = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      const text = await readFile(join(root, ids[i]), 'utf8');
      const title = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? ids[i];
      docs[i] = { id: ids[i], title, text };
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return docs;
}
