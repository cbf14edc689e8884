/**
 * The shared-text tables as files a researcher can use: the article pairs, the outlet pairs and a
 * story, each as CSV (one row per pair or member, ids, titles, outlets, dates, shares and offsets)
 * or JSON (the same records, with the folder they came from). Shares are 0..1; offsets are UTF-16
 * indices into each article's text, as everywhere in Parallax.
 */
import type { ExportedFile, TableFormat, TableKind } from '../../shared/api';
import type { Article, ArticleId } from '../../shared/article';
import { articleUrl } from '../../shared/article-url';
import type { ReuseReport } from '../../shared/reuse';
import type { Story } from '../../shared/story';
import { spansCell, toCsv, type Cell } from './csv';

export type { TableFormat, TableKind };

type Lookup = (id: ArticleId) => Article | undefined;

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function describe(article: Article | undefined, id: ArticleId) {
  return { id, title: article?.title ?? null, outlet: article?.outlet ?? null, date: article?.date ?? null, url: article ? articleUrl(article) : null };
}

function file(stem: string, format: TableFormat, header: string[], rows: Cell[][], json: unknown): ExportedFile {
  return format === 'csv'
    ? { name: `${stem}.csv`, mediaType: 'text/csv;charset=utf-8', content: toCsv(header, rows) }
    : { name: `${stem}.json`, mediaType: 'application/json', content: JSON.stringify(json, null, 2) + '\n' };
}

/** The article pairs that share text (paraphrase-only pairs included, with zero passages). */
export function pairsTable(report: ReuseReport, article: Lookup, folder: string, format: TableFormat): ExportedFile {
  const records = report.links.map((l) => ({
    a: describe(article(l.a), l.a),
    b: describe(article(l.b), l.b),
    passages: l.passages,
    paraphrases: l.paraphrases,
    sharedA: round(l.sharedA),
    sharedB: round(l.sharedB),
    sharedWordsA: l.sharedWordsA,
    sharedWordsB: l.sharedWordsB,
    longestWords: l.longestWords,
    firstPublished: l.firstPublished,
  }));
  const side = (x: ReturnType<typeof describe>) => [x.id, x.title, x.outlet, x.date, x.url];
  const header = ['a_id', 'a_title', 'a_outlet', 'a_date', 'a_url', 'b_id', 'b_title', 'b_outlet', 'b_date', 'b_url', 'passages', 'paraphrases', 'shared_a', 'shared_b', 'shared_words_a', 'shared_words_b', 'longest_words', 'first_published'];
  const rows = records.map((r) => [...side(r.a), ...side(r.b), r.passages, r.paraphrases, r.sharedA, r.sharedB, r.sharedWordsA, r.sharedWordsB, r.longestWords, r.firstPublished]);
  return file('shared-text-pairs', format, header, rows, { folder, pairsCompared: report.pairsCompared, pairsTotal: report.pairsTotal, pairs: records });
}

/** The outlet pairs: article pairs with passages and with paraphrases only, words each side, who came out first. */
export function outletsTable(report: ReuseReport, folder: string, format: TableFormat): ExportedFile {
  const header = ['outlet_a', 'outlet_b', 'pairs_sharing_passages', 'pairs_paraphrases_only', 'words_a', 'words_b', 'first_a', 'first_b'];
  const rows = report.outlets.map((o) => [o.a, o.b, o.copies, o.paraphrased, o.wordsA, o.wordsB, o.firstA, o.firstB]);
  return file('shared-text-outlets', format, header, rows, { folder, outlets: report.outlets });
}

/** A story: its origin and every member drawn against the story text, with the offsets of what it carries. */
export function storyTable(story: Story, article: Lookup, folder: string, format: TableFormat): ExportedFile {
  const members = story.members.map((m) => ({
    ...describe(article(m.id), m.id),
    lagDays: m.lagDays === null ? null : round(m.lagDays),
    carries: round(m.carries),
    adds: round(m.adds),
    words: m.words,
    sharedWords: m.sharedWords,
    passages: m.passages,
    direct: m.direct,
    alikeWith: m.alike?.with ?? null,
    likeness: m.alike?.likeness ?? null,
    coverage: m.coverage,
    shared: m.shared,
  }));
  const header = ['story_text_id', 'origin_id', 'origin_basis', 'member_id', 'title', 'outlet', 'date', 'url', 'lag_days', 'carries', 'adds', 'words', 'shared_words', 'passages', 'linked_directly', 'alike_with', 'likeness', 'coverage_in_story_text', 'shared_in_member'];
  const rows = members.map((m, i) => [story.text, story.origin.id, story.origin.basis, m.id, m.title, m.outlet, m.date, m.url, m.lagDays, m.carries, m.adds, m.words, m.sharedWords, m.passages, m.direct, m.alikeWith, m.likeness, spansCell(story.members[i]!.coverage), spansCell(story.members[i]!.shared)]);
  const stem = `story-${(story.text.split('/').pop() ?? story.text).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60)}`;
  return file(stem, format, header, rows, { folder, storyText: story.text, extent: story.extent, origin: story.origin, members, notDrawn: story.truncated });
}
