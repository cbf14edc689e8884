/**
 * Finding the articles of a folder: every text, Markdown, saved page, PDF, Word document and
 * CSV/TSV/JSONL export below it, at any depth. Hidden entries, dependency folders and the
 * `<page>_files` folders browsers save beside a page are passed over; other files, symbolic links
 * (to files or folders), named pipes, sockets, devices and unreadable folders are reported with
 * the reason, never silently dropped.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArticleId, RejectedFile } from '../../shared/article';
import { FORMAT_EXTENSIONS } from './formats/registry';
import { notRegular } from './read-file';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', ...FORMAT_EXTENSIONS];

/** Why a file of another kind is not read. */
export const UNREAD_REASON = 'not an article file (Parallax reads .txt, .md, .html, .pdf, .docx, .csv, .tsv and .jsonl files)';

/** More files than this is not a folder of articles; the scan stops and says so. */
export const MAX_FILES = 200_000;

export interface ScannedFile {
  path: string;
  id: ArticleId;
}

export interface Scan {
  files: ScannedFile[];
  rejected: RejectedFile[];
}

/** Folders never read as part of a corpus (besides hidden ones): dependencies, caches. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '__pycache__']);

/** Whether a file or folder name is passed over when a corpus is read or watched. */
export function isSkippedName(name: string, isDirectory: boolean): boolean {
  // a saved page's images and scripts (`Article_files/`) are not articles
  return name.startsWith('.') || (isDirectory && (SKIPPED_DIRS.has(name) || name.endsWith('_files')));
}

/** The id of a file: its path relative to the root, with `/` separators. */
export function articleId(root: string, path: string): ArticleId {
  return relative(root, path).split(sep).join('/');
}

/** Whether a file name is one Parallax opens as an article. */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Lists the article files below `root`, sorted by id. */
export async function scanFolder(root: string): Promise<Scan> {
  const files: ScannedFile[] = [];
  const rejected: RejectedFile[] = [];
  // each folder with its id (its path below the root, `/` between names): a file's id is its
  // folder's and its name, where cutting the root off every path cost more than the listing
  const pending: [string, string][] = [[root, '']];
  while (pending.length > 0) {
    const [dir, dirId] = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      rejected.push({ path: articleId(root, dir) + '/', reason: `folder not readable (${(error as NodeJS.ErrnoException).code})` });
      continue;
    }
    for (const entry of entries) {
      if (isSkippedName(entry.name, entry.isDirectory())) continue;
      const path = join(dir, entry.name);
      const id = dirId === '' ? entry.name : `${dirId}/${entry.name}`;
      if (entry.isDirectory()) {
        pending.push([path, id]);
      } else if (!entry.isFile()) {
        // a link (to a file or a folder), a pipe, a socket or a device: listed, never opened
        rejected.push({ path: id, reason: notRegular(entry)! });
      } else if (isArticleFile(entry.name)) {
        files.push({ path, id });
        if (files.length > MAX_FILES) throw new Error(`more than ${MAX_FILES.toLocaleString('en')} article files below this folder`);
      } else {
        rejected.push({ path: id, reason: UNREAD_REASON });
      }
    }
  }
  files.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  rejected.sort((x, y) => (x.path < y.path ? -1 : 1));
  return { files, rejected };
}
