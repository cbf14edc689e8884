/**
 * A comparison as JSON for other tools: both articles (metadata and full decoded text, so every
 * offset can be checked without the files), the parameters, the summary figures, and each
 * passage with its spans, kind, edits and its text on both sides as displayed.
 */
import type { Article } from '../../shared/article';
import type { Comparison } from '../../shared/comparison';
import { excerptOf } from '../../shared/passage-text';

export const JSON_FORMAT = 'parallax-comparison';
export const JSON_VERSION = 1;

export interface JsonExportInfo {
  exported: string;
  generator: string;
}

export function comparisonJson(comparison: Comparison, a: Article, b: Article, info: JsonExportInfo): string {
  const doc = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exported: info.exported,
    generator: info.generator,
    offsets: 'UTF-16 code unit indices into each article text: text.slice(start, end) is the span',
    options: comparison.options,
    stats: comparison.stats,
    a: { ...comparison.a, encoding: a.encoding, text: a.text },
    b: { ...comparison.b, encoding: b.encoding, text: b.text },
    passages: comparison.passages.map((p) => ({ ...p, text: { a: excerptOf(a, p.a), b: excerptOf(b, p.b) } })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
