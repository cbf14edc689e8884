/**
 * A comparison as one self-contained HTML page: both articles in two columns with every shared
 * passage tinted the same on both sides and numbered, the edits inside passages as <del>/<ins>,
 * a list of passages linking each side to the other, the summary and the parameters. No script,
 * no external resource, a CSP that forbids both: it opens offline in any browser, and article
 * text is escaped, so a page that contains `<script>` shows those characters and runs nothing.
 */
import type { Article, ArticleMeta } from '../../shared/article';
import type { Comparison, Passage } from '../../shared/comparison';
import { bodyBlocks } from '../../shared/content';
import { editOf, editTitle, isPassageMark, passageLabel, passageMarks, tintOf, type Side } from '../../shared/passage-marks';
import { excerptOf, openingOf } from '../../shared/passage-text';
import { marksByBlock, runsOf, type Run } from '../../shared/runs';
import { EXPORT_CSS } from './export-styles';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function dateOf(meta: ArticleMeta): string {
  return meta.date ?? 'date unknown';
}

/** One run as markup: plain text, or a tinted span, or an edit inside a passage. */
function runHtml(run: Run, passages: Map<number, Passage>, side: Side, otherText: string, labelled: Set<number>): string {
  const text = escapeHtml(run.text);
  const passage = run.marks.find(isPassageMark);
  if (!passage) return text;
  const p = passages.get(passage.k!)!;
  const other = side === 'a' ? 'b' : 'a';
  let start = '';
  if (!labelled.has(p.k)) {
    labelled.add(p.k);
    start = `<a class="label ${tintOf(p.k)}" id="${side}-${p.k + 1}" href="#${other}-${p.k + 1}" title="Go to its match in ${other.toUpperCase()}">${passageLabel(p)}</a>`;
  }
  const kept = run.marks.some((m) => m.kind === 'kept');
  const cls = `${passage.kind} ${tintOf(p.k)}${kept ? ' kept' : ''}${p.moved ? ' moved' : ''}`;
  const edit = editOf(run);
  const title = escapeHtml(editTitle(run, otherText) ?? '');
  let inner = text;
  if (edit?.kind === 'delete') inner = `<del title="${title}">${text}</del>`;
  else if (edit?.kind === 'insert') inner = `<ins title="${title}">${text}</ins>`;
  else if (edit?.kind === `replace-${side}`) {
    const tag = side === 'a' ? 'del' : 'ins';
    inner = `<${tag} class="replace" title="${title}">${text}</${tag}>`;
  }
  return `${start}<span class="${cls}" data-passage="${p.k}">${inner}</span>`;
}

function columnHtml(comparison: Comparison, side: Side, article: Article, other: Article): string {
  const meta = comparison[side];
  const passages = new Map(comparison.passages.map((p) => [p.k, p]));
  const blocks = bodyBlocks(article);
  const buckets = marksByBlock(blocks, passageMarks(comparison, side));
  const labelled = new Set<number>();
  const body = blocks
    .map((block, i) => {
      const tag = block.kind === 'heading' ? 'h3' : 'p';
      const runs = runsOf(article.text, block, buckets[i]!);
      return `<${tag}>${runs.map((r) => runHtml(r, passages, side, other.text, labelled)).join('')}</${tag}>`;
    })
    .join('\n');
  return `<article class="column" data-side="${side}" aria-label="Article ${side.toUpperCase()}">
<header><span class="side">${side.toUpperCase()}</span><h2>${escapeHtml(meta.title)}</h2>
<dl><dt>Outlet</dt><dd>${escapeHtml(meta.outlet ?? 'unknown')}</dd><dt>Date</dt><dd>${escapeHtml(dateOf(meta))}</dd><dt>Words</dt><dd>${meta.words}</dd><dt>File</dt><dd><code>${escapeHtml(meta.id)}</code></dd></dl></header>
<div class="text">
${body}
</div>
</article>`;
}

function passageListHtml(comparison: Comparison, a: Article): string {
  if (comparison.passages.length === 0) return '<p>No shared passages at these settings.</p>';
  const items = comparison.passages.map((p) => {
    const opening = openingOf(excerptOf(a, p.a), 10);
    const kind = p.kind === 'paraphrase' ? 'paraphrase' : p.kind;
    const alike = p.kind === 'edited' ? `, ${pct(p.similarity)} alike` : '';
    const kept = p.kind !== 'verbatim' && p.words.keptA + p.words.keptB > 0 ? `, kept ${p.words.keptA} of A and ${p.words.keptB} of B` : '';
    return `<li><span class="badge ${tintOf(p.k)}">${passageLabel({ ...p, moved: false })}</span> <strong>${kind}</strong>${p.moved ? ' <span class="moved-tag">↕ moved</span>' : ''}, ${p.words.a} words${alike}${kept} — <a href="#a-${p.k + 1}">in A</a> (characters ${p.a.start}–${p.a.end}) · <a href="#b-${p.k + 1}">in B</a> (characters ${p.b.start}–${p.b.end}) <q>${escapeHtml(opening)}</q></li>`;
  });
  return `<ol class="passages">\n${items.join('\n')}\n</ol>`;
}

function summaryHtml(comparison: Comparison): string {
  const s = comparison.stats;
  const { a, b } = comparison;
  const first =
    s.firstPublished === 'a'
      ? `A was published first (${a.date}; B ${b.date})`
      : s.firstPublished === 'b'
        ? `B was published first (${b.date}; A ${a.date})`
        : s.firstPublished === 'same'
          ? `both published ${a.date}`
          : !a.date && !b.date
            ? 'neither gives a full date'
            : `${a.date ? 'B' : 'A'} gives no full date`;
  const parts = [
    `${s.passages} shared passage${s.passages === 1 ? '' : 's'}`,
    ...(s.paraphrases ? [`${s.paraphrases} paraphrase${s.paraphrases === 1 ? '' : 's'}`] : []),
    `${pct(s.sharedA)} of A and ${pct(s.sharedB)} of B shared`,
    ...(s.passages ? [`longest ${s.longestWords} words`] : []),
    first,
  ];
  return parts.map(escapeHtml).join(' · ');
}

export interface HtmlExportInfo {
  /** When the export was made (ISO 8601). */
  exported: string;
  generator: string;
}

export function comparisonHtml(comparison: Comparison, a: Article, b: Article, info: HtmlExportInfo): string {
  const o = comparison.options;
  const title = `${comparison.a.title} — ${comparison.b.title}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(info.generator)}">
<title>Comparison: ${escapeHtml(title)}</title>
<style>${EXPORT_CSS}</style>
</head>
<body>
<header class="report">
<h1>Comparison of two articles</h1>
<p class="summary">${summaryHtml(comparison)}</p>
<p class="params">Shortest passage ${o.minWords} words · fuzziness ${o.fuzziness.toFixed(2)} · paraphrases ${o.paraphrase ? 'on' : 'off'} · edits by ${o.granularity === 'char' ? 'character' : 'word'} · exported ${escapeHtml(info.exported)} by ${escapeHtml(info.generator)}</p>
<p class="legend"><span class="passage p0">shared passage</span> <span class="paraphrase p1">paraphrase</span> <del>only in A</del> <ins>only in B</ins> <span class="badge p2">3 ↕</span> moved (out of the order the other passages keep). The same number and tint mark a passage on both sides; click a number to jump to its match.</p>
<nav aria-label="Passages"><h2>Passages</h2>
${passageListHtml(comparison, a)}
</nav>
</header>
<main class="columns">
${columnHtml(comparison, 'a', a, b)}
${columnHtml(comparison, 'b', b, a)}
</main>
<footer>Offsets are UTF-16 indices into each file's decoded text: <code>text.slice(start, end)</code> gives the passage.</footer>
</body>
</html>
`;
}
