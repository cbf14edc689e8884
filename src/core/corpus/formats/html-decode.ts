/**
 * A saved page's bytes to text: a byte-order mark first, then valid UTF-8 (pages that declare
 * another charset but are UTF-8 are common, the reverse is not), then the charset the page
 * declares in its first bytes (`<meta charset>`, `http-equiv` content type), then a guess.
 */
import iconv from 'iconv-lite';
import { decodeBytes, type Decoded } from '../decode';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** The charset a page declares in its first 4 KB, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  return DECLARED.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) {
    try {
      return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      // not UTF-8: the page's own declaration next
    }
  }
  const declared = bom || utf16 ? null : declaredCharset(bytes);
  // ISO-8859-1 pages are in practice written with Windows' superset, as browsers read them
  const charset = declared === 'iso-8859-1' || declared === 'latin1' || declared === 'us-ascii' ? 'windows-1252' : declared;
  if (charset && charset !== 'utf-8' && iconv.encodingExists(charset)) {
    return { ok: true, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset), encoding: charset };
  }
  return decodeBytes(bytes);
}
