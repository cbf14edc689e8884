/**
 * A PDF page's text items in reading order. pdf.js returns items in the order the file stores
 * them, which for some two-column layouts is the second column first. Here items become lines
 * (same baseline, sorted left to right), lines become pieces (a wide gap splits a line that runs
 * across two columns), and a page with a gutter is read column by column within each band between
 * full-width lines (a title over two columns is read before both). Lines then join into
 * paragraphs at wider vertical gaps, with hyphenated line ends joined. Running headers and
 * footers (the same line at the top or foot of most pages) and page numbers are set aside.
 */

/** What layout needs of a pdf.js text item (unpdf's structured items). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPage {
  width: number;
  items: PdfItem[];
}

export interface PdfLine {
  page: number;
  x0: number;
  x1: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfParagraph {
  text: string;
  /** Set for a running header or footer or a page number. */
  reason?: string;
}

/** Lines of a page, top to bottom, each split at gaps wider than a column gutter. */
function pieces(page: PdfPage, n: number): PdfLine[] {
  const items = page.items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) <= Math.max(1, row[0]!.fontSize * 0.4)) row.push(item);
    else rows.push([item]);
  }
  const out: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: PdfLine | null = null;
    for (const item of row) {
      const size = item.fontSize || 10;
      const gap = line ? item.x - line.x1 : 0;
      if (!line || gap > size * 1.5) {
        if (line) out.push(line);
        line = { page: n, x0: item.x, x1: item.x + item.width, y: item.y, size, text: item.str };
        continue;
      }
      const space = gap > size * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ') ? ' ' : '';
      line.text += space + item.str;
      line.x1 = Math.max(line.x1, item.x + item.width);
    }
    if (line) out.push(line);
  }
  for (const l of out) l.text = l.text.replace(/\s+/g, ' ').trim();
  return out;
}

/** The page's pieces in reading order: bands split by full-width lines, left column before right. */
function readingOrder(lines: PdfLine[], width: number): PdfLine[] {
  const mid = width / 2;
  const margin = width * 0.04;
  const left = lines.filter((l) => l.x1 <= mid + margin);
  const right = lines.filter((l) => l.x0 >= mid - margin);
  // a page is in two columns when both sides hold a good share of its lines
  if (left.length < 3 || right.length < 3 || left.length + right.length < lines.length * 0.6) return lines;
  const out: PdfLine[] = [];
  let band: PdfLine[] = [];
  const closeBand = () => {
    out.push(...band.filter((l) => l.x1 <= mid + margin), ...band.filter((l) => !(l.x1 <= mid + margin)));
    band = [];
  };
  for (const line of lines) {
    const spans = line.x0 < mid - margin && line.x1 > mid + margin;
    if (spans) {
      closeBand();
      out.push(line);
    } else band.push(line);
  }
  closeBand();
  return out;
}

const normalized = (s: string) => s.replace(/\d+/g, '#').toLowerCase();
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Lines at the top or foot of pages that repeat on most pages, or are page numbers. */
function furniture(pages: PdfLine[][]): Map<PdfLine, string> {
  const marked = new Map<PdfLine, string>();
  const edges = pages.map((lines) => [lines[0], lines[lines.length - 1]].filter((l): l is PdfLine => Boolean(l)));
  const counts = new Map<string, number>();
  for (const edge of edges) for (const key of new Set(edge.map((l) => normalized(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const edge of edges) {
    for (const line of edge) {
      if (PAGE_NUMBER.test(line.text)) marked.set(line, 'page number');
      else if (pages.length >= 2 && (counts.get(normalized(line.text)) ?? 0) >= Math.max(2, pages.length / 2)) marked.set(line, 'running header or footer');
    }
  }
  return marked;
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;

/** Joins one line onto a paragraph: a hyphen at a line end before a lower-case letter goes. */
function join(text: string, next: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/** The text of a PDF's pages as paragraphs, in reading order, furniture set aside at the end. */
export function pdfParagraphs(pages: PdfPage[]): PdfParagraph[] {
  const lines = pages.map((page, n) => pieces(page, n));
  // furniture is the top and foot of the page as it stands, not of the reading order
  const marked = furniture(lines);
  const ordered = lines.map((page, n) => readingOrder(page, pages[n]!.width));
  const paragraphs: PdfParagraph[] = [];
  const aside: PdfParagraph[] = [];
  let open = null as { text: string; last: PdfLine } | null;
  const close = () => {
    if (open) paragraphs.push({ text: open.text });
    open = null;
  };
  for (const lines of ordered) {
    for (const line of lines) {
      const reason = marked.get(line);
      if (reason) {
        aside.push({ text: line.text, reason });
        continue;
      }
      const last: PdfLine | undefined = open?.last;
      let continues = false;
      if (open && last) {
        if (last.page !== line.page) continues = !ENDS_SENTENCE.test(open.text);
        else {
          const gap = last.y - line.y;
          const sameColumn = Math.abs(last.x0 - line.x0) < last.size * 3 || line.x0 > last.x0;
          continues = gap > 0 && gap < Math.max(last.size, line.size) * 1.6 && sameColumn && Math.abs(last.size - line.size) < 1.5;
        }
      }
      if (continues && open) {
        open.text = join(open.text, line.text);
        open.last = line;
      } else {
        close();
        open = { text: line.text, last: line };
      }
    }
  }
  close();
  return [...paragraphs, ...aside];
}
