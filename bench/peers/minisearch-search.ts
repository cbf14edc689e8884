/**
 * Peer of `cli search <folder> <query>`: a whole process that loads the saved MiniSearch index
 * and answers one query, printing the top ten hits as JSON.
 * Usage: node --import tsx bench/peers/minisearch-search.ts <index.json> <query...>
 */
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS } from './minisearch-common';

const [file, ...words] = process.argv.slice(2);
if (!file) throw new Error('usage: minisearch-search.ts <index.json> <query...>');
const index = MiniSearch.loadJSON(await readFile(file, 'utf8'), MINISEARCH_OPTIONS);
const hits = index.search(words.join(' '));
console.log(JSON.stringify({ total: hits.length, hits: hits.slice(0, 10).map((h) => ({ id: h.id, title: h.title, score: h.score })) }));
