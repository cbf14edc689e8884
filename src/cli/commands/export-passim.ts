/**
 * `export-passim <folder> <out.jsonl>`: the folder as passim's input, one JSON record per article
 * (`id`, `series` = the outlet, `date`, `text` as Parallax shows it, `title`, `url`), so passim can
 * find reuse across millions of articles on a Spark cluster and its offsets index the same text.
 * The output file must lie outside the folder: Parallax never writes into the folder it reads.
 */
import { createWriteStream } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError, type CliCommand } from '../command';
import { readOptions } from '../options';
import { progressPrinter } from './index-folder';

export const exportPassim: CliCommand = {
  name: 'export-passim',
  summary: "the folder as passim's input: one JSON line per article (id, series, date, text, title, url)",
  usage: '<folder> <out.jsonl>',
  async run(args, io) {
    const [folder, out, ...rest] = readOptions(args, {}).positionals;
    if (!folder || !out || rest.length) throw new UsageError('give the folder and the file to write');
    const inside = relative(resolve(folder), resolve(out));
    if (!inside.startsWith('..' + sep) && inside !== '..' && !inside.startsWith('/')) {
      io.err(`${out} is inside ${folder}: write passim's input elsewhere (Parallax never writes into the folder it reads)`);
      return 2;
    }
    const { openCorpus } = await import('../../core/corpus/corpus');
    const { passimLine } = await import('../../core/passim/passim-export');
    const corpus = await openCorpus(folder, { onProgress: progressPrinter(io, 'reading') });
    const stream = createWriteStream(out, 'utf8');
    for (const article of corpus.articles.values()) {
      if (!stream.write(passimLine(article) + '\n')) await new Promise<void>((r) => stream.once('drain', () => r()));
    }
    await new Promise<void>((done, fail) => {
      stream.once('error', fail);
      stream.end(() => done());
    });
    for (const r of corpus.rejected) io.err(`skipped ${r.path}: ${r.reason}`);
    io.out(`${corpus.articles.size.toLocaleString('en')} articles written to ${out}`);
    return 0;
  },
};
