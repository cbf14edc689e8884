import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/shared/article';
import { openCorpus, type Corpus } from '../../../../src/core/corpus/corpus';
import { writeMixedFolder } from '../../../fixtures/formats/mixed-folder';

const content = (a: Article) =>
  a.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'title')
    .map((b) => a.text.slice(b.start, b.end))
    .join('\n');

describe('a folder of pages, PDFs, Word documents and exports', () => {
  let dir: string;
  let dataDir: string;
  let corpus: Corpus;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-mixed-'));
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-mixed-data-'));
    await writeMixedFolder(dir);
    corpus = await openCorpus(dir, { extract: 'here', dataDir });
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens one article per page, document and row, with stable row ids', () => {
    expect([...corpus.articles.keys()]).toEqual([
      'council-memo.docx',
      'estuary-report.pdf',
      'export.csv#2',
      'export.csv#3',
      'harbour-terminal.html',
      'scraper.jsonl#1',
      'scraper.jsonl#3',
    ]);
  });

  it('lists each bad file or row with its reason, and skips the page’s _files folder', () => {
    expect(corpus.rejected).toEqual([
      { path: 'no-text-column.csv', reason: expect.stringMatching(/^no text column/) },
      { path: 'only-script.html', reason: 'no text on this page (only scripts or markup)' },
      { path: 'scanned.pdf', reason: 'no text layer (scanned image?)' },
      { path: 'scraper.jsonl#2', reason: 'line 2: not JSON' },
      { path: 'truncated.docx', reason: expect.stringMatching(/^damaged Word document/) },
    ]);
  });

  it('reads a saved page’s metadata with its source, and its main text without the page around it', () => {
    const page = corpus.articles.get('harbour-terminal.html')!;
    expect(page).toMatchObject({
      title: 'Harbour terminal to double port capacity',
      titleSource: 'metadata',
      outlet: 'Coastal Courier',
      outletSource: 'metadata',
      date: '2024-03-05T09:30',
      dateSource: 'metadata',
      byline: 'Jane Marlow',
      url: 'https://www.coastalcourier.co.uk/news/2024/03/05/harbour-terminal',
      format: 'html',
    });
    const text = content(page);
    expect(text).toContain('Local traders welcomed the news.');
    // <br><br> ends a paragraph, as a reader sees it
    expect(page.blocks.some((b) => page.text.slice(b.start, b.end).startsWith('Critics warned'))).toBe(true);
    expect(text).not.toMatch(/Home News Sport|Ferry fares|hacked/);
    const caption = page.blocks.find((b) => b.kind === 'caption')!;
    expect(page.text.slice(caption.start, caption.end)).toMatch(/Gantry Brigade/);
  });

  it('reads a two-column PDF column by column, its running head and page numbers set aside', () => {
    const pdf = corpus.articles.get('estuary-report.pdf')!;
    const text = content(pdf);
    expect(text.indexOf('The survey of the estuary')).toBeLessThan(text.indexOf('Volunteers counted'));
    expect(text).toContain('has risen for the third year running');
    expect(text).not.toContain('Annual Report');
    const aside = pdf.blocks.filter((b) => b.kind === 'debris').map((b) => b.reason);
    expect(aside).toEqual(expect.arrayContaining(['running header or footer', 'page number']));
    expect(pdf).toMatchObject({ date: '2024-01-10T12:00', dateSource: 'metadata', byline: 'Estuary Trust' });
  });

  it('reads a Word document’s heading and properties', () => {
    expect(corpus.articles.get('council-memo.docx')).toMatchObject({ title: 'Seafront lighting plan', date: '2024-01-15T10:00', byline: 'Town Clerk' });
  });

  it('takes a row’s title, outlet and date from its columns', () => {
    expect(corpus.articles.get('export.csv#2')).toMatchObject({
      title: 'Port to add container terminal',
      titleSource: 'metadata',
      outlet: 'Harbour Gazette',
      outletSource: 'metadata',
      date: '2024-03-06',
      format: 'csv',
    });
    expect(corpus.articles.get('scraper.jsonl#1')).toMatchObject({ outlet: 'Coast Radio', date: '2024-02-28T18:00' });
  });

  it('reopens from the extraction cache with the same articles', async () => {
    const again = await openCorpus(dir, { dataDir });
    expect([...again.articles.values()].map(content)).toEqual([...corpus.articles.values()].map(content));
  });
});
