/** Exports of a comparison: one self-contained HTML page, or JSON. */
export { exportComparison, exportFileName, type ExportInfo } from './export-comparison';
export { comparisonHtml, escapeHtml } from './comparison-html';
export { comparisonJson, JSON_FORMAT, JSON_VERSION } from './comparison-json';
