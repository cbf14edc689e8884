import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article';
import type { Comparison } from '../../../src/shared/comparison';
import { loadArticle } from '../../../src/core/corpus/load-article';
import { escapeHtml, exportComparison, exportFileName, JSON_FORMAT } from '../../../src/core/export/index';
import { Comparer } from '../../../src/core/workspace/comparer';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

async function load(dir: string, name: string): Promise<Article> {
  const loaded = await loadArticle(join(dir, name), name);
  if (!loaded.ok) throw new Error(loaded.rejected.reason);
  return loaded.article;
}

describe('exportComparison on seeds 001 and 003', () => {
  let a: Article;
  let b: Article;
  let comparison: Comparison;
  beforeAll(async () => {
    a = await load(SEEDS, '001_74c4f560c382ad0f.txt');
    b = await load(SEEDS, '003_d2ce4ca12b793fba.txt');
    comparison = new Comparer().compare(a, b);
  });

  const info = { exported: '2026-01-02T03:04:05.000Z', generator: 'Parallax test' };

  it('writes one HTML page with both articles, their metadata and every passage numbered on both sides', () => {
    const file = exportComparison(comparison, a, b, 'html', info);
    expect(file.name).toBe('compare-001_74c4f560c382ad0f--003_d2ce4ca12b793fba.html');
    expect(file.mediaType).toMatch(/^text\/html/);
    const html = file.content;
    expect(html).toContain('<h2>Iraqi resistance groups agree to resume operations against American forces</h2>');
    expect(html).toContain('Radio Habana Cuba');
    expect(html).toContain('Lebanon&#39;s al-Akhbar newspaper quoted an unnamed source');
    expect(html).toContain('The Islamic Resistance in Iraq cautioned against treacherous acts');
    for (const p of comparison.passages) {
      expect(html).toContain(`id="a-${p.k + 1}" href="#b-${p.k + 1}"`);
      expect(html).toContain(`id="b-${p.k + 1}" href="#a-${p.k + 1}"`);
    }
    expect(html).toMatch(/<del class="replace" title="B has “roughly” here">nearly<\/del>/);
    expect(html).toMatch(/<ins class="replace" title="A has “nearly” here">roughly<\/ins>/);
  });

  it('stands alone: no script, no external resource, a CSP that allows neither', () => {
    const html = exportComparison(comparison, a, b, 'html', info).content;
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(html).not.toMatch(/href="(?!#)/);
  });

  it('leaves the page debris out, as the app does', () => {
    const html = exportComparison(comparison, a, b, 'html', info).content;
    expect(html).not.toContain('Image not found');
    expect(html).not.toContain('radiohc.cu/en/noticias');
  });

  it('writes JSON with both texts, so every offset can be checked without the files', () => {
    const file = exportComparison(comparison, a, b, 'json', info);
    expect(file.name).toBe('compare-001_74c4f560c382ad0f--003_d2ce4ca12b793fba.json');
    const doc = JSON.parse(file.content);
    expect(doc.format).toBe(JSON_FORMAT);
    expect(doc.exported).toBe(info.exported);
    expect(doc.a.title).toBe(a.title);
    expect(doc.passages).toHaveLength(comparison.passages.length);
    for (const p of doc.passages) {
      expect(doc.a.text.slice(p.a.start, p.a.end).replace(/\s+/g, ' ').trim()).toBe(p.text.a.replace(/\s+/g, ' '));
      expect(doc.b.text.slice(p.b.start, p.b.end).replace(/\s+/g, ' ').trim()).toBe(p.text.b.replace(/\s+/g, ' '));
    }
    expect(doc.stats).toEqual(comparison.stats);
  });
});

describe('export of hostile text', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes article text: markup in an article shows as characters and runs nothing', async () => {
    const shared = 'The council said <script>alert(1)</script> that the <img src=x onerror=alert(2)> troops would stay until the end of the year, officials confirmed on Monday after a long meeting.';
    writeFileSync(join(dir, 'x.txt'), `# One "quoted" & <b>bold</b> title\n\n${shared}\n\nOwn text of the first outlet.\n`);
    writeFileSync(join(dir, 'y.txt'), `# Another title\n\nSomething else entirely here.\n\n${shared}\n`);
    const x = await load(dir, 'x.txt');
    const y = await load(dir, 'y.txt');
    const html = exportComparison(new Comparer().compare(x, y, { minWords: 5 }), x, y, 'html').content;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('names the file after both articles, safely', () => {
    expect(exportFileName('2024/ap story.txt', 'b:c?.md', 'json')).toBe('compare-ap-story--b-c.json');
    expect(exportFileName('...', '', 'html')).toBe('compare-article--article.html');
  });
});
