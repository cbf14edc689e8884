/**
 * Exporting a comparison as a file to save: the HTML page or the JSON document, with a file name
 * made from the two articles' file names, so two exports of different pairs do not collide.
 */
import type { ExportedFile, ExportFormat } from '../../shared/api';
import type { Article } from '../../shared/article';
import type { Comparison } from '../../shared/comparison';
import { comparisonHtml } from './comparison-html';
import { comparisonJson } from './comparison-json';

export interface ExportInfo {
  /** When the export is made; defaults to now. */
  exported?: string;
  /** Name and version of what made it. */
  generator?: string;
}

/** The stem of a file name: its base name without the extension, safe on every file system. */
function stem(id: string): string {
  const base = id.split('/').pop() ?? id;
  const plain = base.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return (plain || 'article').slice(0, 60);
}

export function exportFileName(a: string, b: string, format: ExportFormat): string {
  return `compare-${stem(a)}--${stem(b)}.${format}`;
}

export function exportComparison(comparison: Comparison, a: Article, b: Article, format: ExportFormat, info: ExportInfo = {}): ExportedFile {
  const meta = { exported: info.exported ?? new Date().toISOString(), generator: info.generator ?? 'Parallax' };
  const name = exportFileName(a.id, b.id, format);
  return format === 'html'
    ? { name, mediaType: 'text/html;charset=utf-8', content: comparisonHtml(comparison, a, b, meta) }
    : { name, mediaType: 'application/json', content: comparisonJson(comparison, a, b, meta) };
}
