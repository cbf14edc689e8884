/**
 * Peer of `cli search <folder> <query>`: a plain Node script that loads the saved MiniSearch index
 * and answers one query, printing the top ten hits as JSON.
 * Usage: node bench/peers/minisearch-search.mjs <index.json> <query...>
 */
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS } from './minisearch-common.mjs';

const [file, ...words] = process.argv.slice(2);
if (!file) throw new Error('usage: minisearch-search.mjs <index.json> <query...>');
const index = MiniSearch.loadJSON(await readFile(file, 'utf8'), MINISEARCH_OPTIONS);
const hits = index.search(words.join(' '));
console.log(JSON.stringify({ total: hits.length, hits: hits.slice(0, 10).map((h) => ({ id: h.id, title: h.title, score: h.score })) }));
