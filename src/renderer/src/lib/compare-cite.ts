/**
 * A passage pair as citable text, for the clipboard: both excerpts in quotation marks, each with
 * its title, outlet, date, file and character offsets (UTF-16 indices into the file's decoded
 * text, the same numbers the exports and the command line give) and its web address when the
 * page gives one, so a reader can quote the reuse and someone else can check it.
 */
import type { Article } from '../../../shared/article';
import { articleUrl } from '../../../shared/article-url';
import type { Comparison } from '../../../shared/comparison';
import { excerptOf } from '../../../shared/passage-text';
import { sourceLine } from './compare-summary';

export function citePair(comparison: Comparison, a: Article, b: Article, k: number): string | null {
  const p = comparison.passages.find((x) => x.k === k);
  if (!p) return null;
  const what = p.kind === 'paraphrase' ? 'Paraphrase' : p.kind === 'verbatim' ? 'Shared passage (verbatim)' : 'Shared passage (edited)';
  const alike = p.kind === 'paraphrase' ? '' : `, ${Math.round(p.similarity * 100)}% of words alike`;
  const side = (label: string, article: Article, span: { start: number; end: number }) => {
    const url = articleUrl(article);
    return [
      `${label}: “${excerptOf(article, span)}”`,
      `   — ${sourceLine(comparison[label === 'A' ? 'a' : 'b'])}.`,
      ...(url ? [`   ${url}`] : []),
      `   ${article.id}, characters ${span.start}–${span.end}`,
    ].join('\n');
  };
  const lines = [
    `${what} ${p.k + 1} of ${comparison.passages.length}${alike}${p.moved ? ', moved' : ''}`,
    '',
    side('A', a, p.a),
    '',
    side('B', b, p.b),
  ];
  if (p.reason) lines.push('', `In common: ${[...p.reason.numbers, ...p.reason.names, ...p.reason.words].join(', ')}`);
  return lines.join('\n');
}
