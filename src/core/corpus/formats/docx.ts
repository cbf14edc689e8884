/**
 * Word documents (`.docx`) through mammoth, imported only when one is read: the text as mammoth's
 * HTML (so headings and list items stay what they are; tracked insertions kept, deletions dropped),
 * walked into blocks like a web page's; the title, author and creation date from the document's
 * properties (`docProps/core.xml`, read with JSZip, the zip library mammoth itself uses).
 *
 * A zip bomb is refused before anything is inflated: the sizes its directory declares are summed
 * and checked against a limit.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { BlockText } from './html-text';
import { refuse, type Extraction, type FormatReader, type StatedFields } from './types';

/** Most bytes a document may inflate to (its text, styles and images together). */
export const MAX_INFLATED = 200 * 1024 * 1024;

interface ZipEntry {
  _data?: { uncompressedSize?: number };
}

function inflatedSize(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as ZipEntry)._data?.uncompressedSize ?? 0;
  });
  return total;
}

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const v = m?.[1]?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").trim();
  return v || undefined;
}

async function extract(bytes: Uint8Array): Promise<Extraction> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // an encrypted document is an OLE container, not a zip
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    return refuse(ole ? 'password-protected or encrypted Word document' : 'damaged Word document (not a zip file; truncated?)');
  }
  if (!zip.file('word/document.xml')) return refuse('damaged Word document (no word/document.xml)');
  const inflated = inflatedSize(zip);
  if (inflated > MAX_INFLATED) return refuse(`expands to ${Math.round(inflated / 1024 / 1024)} MB (limit ${MAX_INFLATED / 1024 / 1024} MB): not read`);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out = new BlockText();
  out.walk(document.body as never);
  out.flush();
  if (out.blocks.length === 0) return refuse('no text in this document');
  const fields: StatedFields = {};
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core) {
    const title = xmlText(core, 'dc:title');
    const author = xmlText(core, 'dc:creator');
    const created = xmlText(core, 'dcterms:created');
    if (title) fields.title = title;
    if (author) fields.byline = author;
    if (created) fields.date = created;
  }
  return { ok: true, format: 'docx', docs: [{ text: out.text, blocks: out.blocks, fields }] };
}

export const docxReader: FormatReader = {
  async extract(bytes) {
    try {
      return await extract(bytes);
    } catch (error) {
      return refuse(`damaged Word document (${(error instanceof Error ? error.message : String(error)).slice(0, 120)})`);
    }
  },
};
