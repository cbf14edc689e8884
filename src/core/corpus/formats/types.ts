/**
 * What a format reader hands back: for each article in the file, its text as Parallax extracted
 * it, the blocks of that text, and the fields the file states about it (a page's metadata, a
 * document's properties, a row's columns). Plain data, so that it crosses a worker thread and is
 * cached on disk as JSON: a reopened folder does not parse again.
 */
import type { BlockKind, SourceFormat, Span } from '../../../shared/article';
import type { LineShape } from '../blocks';

/** A block of extracted text; `kind` is set when the file itself says what it is (a caption). */
export interface ExtractedBlock extends Span {
  shape: LineShape;
  kind?: BlockKind;
  reason?: string;
}

/** What the file states about an article, each as written. */
export interface StatedFields {
  title?: string;
  outlet?: string;
  /** As written: ISO 8601 in most metadata, any form in a CSV column. */
  date?: string;
  /** A date the page shows by its article (its date line), as written: below `date`, above the text's. */
  shown?: string;
  /** When the file says it was last changed: a date of last resort. */
  modified?: string;
  byline?: string;
  url?: string;
  /** The page's language (`en-GB`, `de`), which can settle how numeric dates read. */
  lang?: string;
}

/** One article of a file. */
export interface ExtractedDoc {
  /** For a file of several articles (rows), the row's number: the article's id is `<file>#<row>`. */
  row?: number;
  text: string;
  blocks: ExtractedBlock[];
  fields: StatedFields;
}

/** A file read: its articles and the rows refused, or why the file is not read at all. */
export type Extraction =
  | { ok: true; format: SourceFormat; docs: ExtractedDoc[]; refusedRows?: { row: number; reason: string }[] }
  | { ok: false; reason: string };

/** A format's reader. `name` is the file's name, for messages. */
export interface FormatReader {
  extract(bytes: Uint8Array, name: string): Promise<Extraction>;
}

/** A refusal with its reason, for readers. */
export const refuse = (reason: string): Extraction => ({ ok: false, reason });
