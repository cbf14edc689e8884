/**
 * What the folder cache's tests share: temporary folders, a planted cache, and readers and
 * writers of the cache file's parts (as folder-cache-layout.ts lays them out), to damage it.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Article } from '../../../src/shared/article';
import { CACHE_VERSION, FolderCache, stampOf } from '../../../src/core/corpus/folder-cache';
import { layoutOf } from '../../../src/core/corpus/folder-cache-layout';
import { encodeParts } from '../../../src/core/corpus/folder-cache-parts';
import { articleFromText } from '../../../src/core/corpus/load-article';

export const STORY = 'Harbour reopens\n\nThe harbour reopened on Monday after the storm, the council said.';
/** An hour ago: older than the cache's racy window, as the files of a real folder are. */
export const age = (path: string) => utimesSync(path, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
/** An article no parse of the file could give: seeing it back proves the cache was read. */
export const planted = (id: string): Article => articleFromText('Planted\n\nNot what the file says.', id, 'utf-8', 1, 0);

/** A corpus folder and a data directory, made before each test and removed after it, and `plant` in them. */
export function cacheFolders(): { root: string; dataDir: string; plant: (version?: string) => Promise<string> } {
  const folders = { root: '', dataDir: '', plant: (version?: string) => plant(folders.root, folders.dataDir, version) };
  beforeEach(() => {
    folders.root = mkdtempSync(join(tmpdir(), 'parallax-fc-root-'));
    folders.dataDir = mkdtempSync(join(tmpdir(), 'parallax-fc-data-'));
  });
  afterEach(() => {
    rmSync(folders.root, { recursive: true, force: true });
    rmSync(folders.dataDir, { recursive: true, force: true });
  });
  return folders;
}

/** Writes a.txt in `root`, then a cache (of `version`) that holds a planted article for it. */
export async function plant(root: string, dataDir: string, version = CACHE_VERSION): Promise<string> {
  const path = join(root, 'a.txt');
  writeFileSync(path, STORY);
  age(path);
  const cache = await FolderCache.load(dataDir, root, { version });
  cache.set('a.txt', stampOf(path), { articles: [planted('a.txt')], rejected: [] });
  await cache.save();
  return path;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Header = any;

/**
 * The parts of a cache file, as folder-cache-layout.ts lays them out: its header (with the files'
 * ids and the articles' fields of its parts as `files` and `articles`), tables, and texts
 * (Latin-1 chunks, then UTF-16).
 */
export function partsOf(bytes: Buffer): { header: Header; tables: Buffer; narrow: Buffer; wide: Buffer; tablesAt: number } {
  const length = bytes.readUInt32LE(4);
  const head = JSON.parse(bytes.toString('latin1', 8, 8 + length));
  const at = layoutOf(length, head);
  const list = (lengths: number[], from: number) =>
    lengths.flatMap((n) => {
      from += n;
      return JSON.parse(bytes.toString('latin1', from - n, from)) as unknown[];
    });
  const header = { ...head, files: list(head.fileParts, at.partsAt), articles: list(head.articleParts, at.articlesAt) };
  return { header, tables: bytes.subarray(at.tablesAt, at.narrowAt), narrow: bytes.subarray(at.narrowAt, at.wideAt), wide: bytes.subarray(at.wideAt), tablesAt: at.tablesAt };
}

/** The cache file with its header and parts changed by `edit` (as `partsOf` gives them), the rest laid out again after them. */
export function withHeader(bytes: Buffer, edit: (header: Header) => void): Buffer {
  const { header, tables, narrow, wide } = partsOf(bytes);
  const counts = { files: header.files.length, articles: header.articles.length };
  edit(header);
  const { files, articles, ...head } = header;
  const fileParts = encodeParts(files);
  const articleParts = encodeParts(articles);
  // the counts as they were, unless the edit changed them: a list longer than its count is a damage of its own
  const json = Buffer.from(JSON.stringify({ ...counts, ...head, fileParts: fileParts.lengths, articleParts: articleParts.lengths }));
  const start = Buffer.alloc(8);
  bytes.copy(start, 0, 0, 4);
  start.writeUInt32LE(json.length, 4);
  const parts = Buffer.concat([...fileParts.bytes, ...articleParts.bytes]);
  const tablesAt = (8 + json.length + parts.length + 7) & ~7;
  return Buffer.concat([start, json, parts, Buffer.alloc(tablesAt - 8 - json.length - parts.length), tables, narrow, wide]);
}

/** Where tables start, in 32-bit words: each file's first article (after the files' stamps, two words a number). */
export const fileAt = (header: Header) => 8 * header.files.length;
/** Each article's text place. */
export const textsAt = (header: Header) => fileAt(header) + header.files.length + 1;
/** The block spans (after each article's text place and first block). */
export const blockSpans = (header: Header) => textsAt(header) + 5 * header.articles.length + 1;

/** The cache file with one 32-bit entry of its tables changed: entry `index` from word `from` (a number, or of the header). */
export function withTable(bytes: Buffer, from: number | ((h: Header) => number), index: number, change: (value: number, header: Header) => number): Buffer {
  const out = Buffer.from(bytes);
  const { header, tablesAt } = partsOf(out);
  const at = tablesAt + 4 * ((typeof from === 'number' ? from : from(header)) + index);
  out.writeUInt32LE(change(out.readUInt32LE(at), header), at);
  return out;
}

/** The cache file with its first block's kind byte set to `kind`. */
export function withKind(bytes: Buffer, kind: number): Buffer {
  const out = Buffer.from(bytes);
  const { header, tablesAt } = partsOf(out);
  const b = header.blocks;
  out[tablesAt + 4 * (blockSpans(header) + 2 * b + b + b + 1 + 2 * header.markup)] = kind;
  return out;
}
