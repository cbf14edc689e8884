/** Where a title, outlet or date was read, in the words the reader shows beside it. */
import type { ArticleMeta, FieldSource, SourceFormat, TitleSource } from '../../../shared/article';

function metadataWords(format: SourceFormat | undefined): string {
  if (format === 'pdf' || format === 'docx') return "from the document's properties";
  if (format === 'csv' || format === 'tsv' || format === 'jsonl') return "from the row's columns";
  return "from the page's metadata";
}

const FIELD_WORDS: Record<Exclude<FieldSource, 'metadata'>, string> = {
  byline: 'from the byline',
  dateline: 'from the date line',
  text: 'from the text',
  url: 'from the web address',
  story: "from the byline of the story's first take",
  folder: 'from the folder name',
  user: 'set by you',
};

const TITLE_WORDS: Record<Exclude<TitleSource, 'metadata' | 'user'>, string> = {
  heading: 'from the heading',
  'first-line': 'from the first line',
  'first-sentence': 'its first sentence (no title)',
  'file-name': 'from the file name',
};

/** The words for an outlet's or a date's source; empty when unknown. */
export function sourceWords(source: FieldSource | undefined, format: SourceFormat | undefined): string {
  if (!source) return '';
  return source === 'metadata' ? metadataWords(format) : FIELD_WORDS[source];
}

/** The words for a title's source. */
export function titleSourceWords(article: Pick<ArticleMeta, 'titleSource' | 'format'>): string {
  const s = article.titleSource;
  if (s === 'metadata') return metadataWords(article.format);
  if (s === 'user') return 'set by you';
  return TITLE_WORDS[s];
}
