/**
 * PDFs through pdf.js, as unpdf packages it (pdf.js without a canvas or a worker of its own, which
 * runs on Node 20 as is; `pdfjs-dist` 6 needs Node 22, and 5 needs a native canvas). Imported only
 * when a PDF is read. The text comes in reading order (pdf-layout.ts); the title, author and
 * creation date come from the document's properties.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { pdfParagraphs, type PdfPage } from './pdf-layout';
import { BlockText } from './html-text';
import { refuse, type Extraction, type FormatReader, type StatedFields } from './types';

/** More pages than this is a book or a report, not an article. */
export const MAX_PAGES = 300;
/** A PDF with fewer letters than this on all its pages has no text layer to speak of. */
const MIN_TEXT = 20;

/** `D:20210304120000+01'00'` -> `2021-03-04T12:00`. */
export function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi] = m;
  return h ? `${y}-${mo}-${d}T${h}:${mi ?? '00'}` : `${y}-${mo}-${d}`;
}

function why(error: unknown): string {
  const name = (error as { name?: string }).name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return 'password-protected PDF';
  if (name === 'InvalidPDFException' || /invalid pdf/i.test(message)) return 'damaged PDF (not a valid PDF file)';
  return `damaged PDF (${message.slice(0, 120)})`;
}

async function extract(bytes: Uint8Array): Promise<Extraction> {
  // pdf.js takes the buffer over: give it a copy, the caller's bytes are hashed for the cache
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    if (pdf.numPages > MAX_PAGES) return refuse(`too many pages for an article (${pdf.numPages}; the limit is ${MAX_PAGES})`);
    const { items } = await extractTextItems(pdf);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push({ width: page.view[2]! - page.view[0]!, items: items[n - 1] ?? [] });
    }
    const letters = pages.reduce((sum, p) => sum + p.items.reduce((s, i) => s + i.str.trim().length, 0), 0);
    if (letters < MIN_TEXT) return refuse('no text layer (scanned image?)');
    const out = new BlockText();
    for (const p of pdfParagraphs(pages)) {
      if (p.reason) out.add(p.text, 'plain', 'debris', p.reason);
      else out.add(p.text, 'plain');
    }
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const fields: StatedFields = {};
    if (typeof info.Title === 'string' && info.Title.trim()) fields.title = info.Title.trim();
    if (typeof info.Author === 'string' && info.Author.trim()) fields.byline = info.Author.trim();
    const date = pdfDate(info.CreationDate);
    if (date) fields.date = date;
    return { ok: true, format: 'pdf', docs: [{ text: out.text, blocks: out.blocks, fields }] };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

export const pdfReader: FormatReader = {
  async extract(bytes) {
    try {
      return await extract(bytes);
    } catch (error) {
      return refuse(why(error));
    }
  },
};
