/**
 * Reading the files of an evaluation folder (labels, ground truth, the texts of a pair). The
 * folder is named by the user, so links are followed, but a named pipe or a device among its files
 * is refused before a byte is read, as in a corpus: `mkfifo truth.json` must not hang a run.
 */
import { readArticleBytesSync } from '../corpus/read-file';

/** Ground truth of a large collection can be tens of megabytes; an article is far smaller. */
const MAX_DATA_BYTES = 512 * 1024 * 1024;

/** The UTF-8 text of the regular file at `path`; throws, naming the file and why, for anything else. */
export function readDataText(path: string): string {
  const read = readArticleBytesSync(path, { followLinks: true, maxBytes: MAX_DATA_BYTES });
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  return read.bytes.toString('utf8');
}
