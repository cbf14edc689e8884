/**
 * Peer of `cli index <folder>`: a whole process that reads every article file of the folder,
 * indexes it with MiniSearch 7 and saves the index as JSON. Prints a JSON summary.
 * Usage: node bench/peers/minisearch-index.mjs <folder> <index.json>
 */
import { writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { articleFiles, MINISEARCH_OPTIONS, readDocs } from './minisearch-common.mjs';

const [folder, out] = process.argv.slice(2);
if (!folder || !out) throw new Error('usage: minisearch-index.mjs <folder> <index.json>');
const started = performance.now();
const docs = await readDocs(folder, await articleFiles(folder));
const index = new MiniSearch(MINISEARCH_OPTIONS);
index.addAll(docs);
const json = JSON.stringify(index);
await writeFile(out, json);
console.log(JSON.stringify({ articles: docs.length, millis: Math.round(performance.now() - started), indexBytes: Buffer.byteLength(json) }));
