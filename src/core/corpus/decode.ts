/**
 * Bytes to text. UTF-8 first (strictly: a file that is not valid UTF-8 is not guessed at as UTF-8),
 * then a byte-order mark, then chardet's guess decoded by iconv-lite. Binary and empty files are
 * refused with a reason the library shows next to the file name.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Share of control characters above which decoded text is treated as binary. Valid UTF-8 without
 * NUL bytes is almost surely text, however noisy (converted web pages carry stray control
 * characters); a guessed single-byte encoding decodes anything, so it must look clean.
 */
const MAX_CONTROL_SHARE = { utf8: 0.3, guessed: 0.05 };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // tab, line feed, carriage return and form feed are text; U+0019 stands in for an apostrophe
    // in some converted files, so it is let through as well
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0x19) || c === 0xfffd) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}

function decodeWith(bytes: Uint8Array, encoding: string): string | null {
  if (!iconv.encodingExists(encoding)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function guess(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith(bytes, 'utf-16le') ?? '', encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith(bytes, 'utf-16be') ?? '', encoding: 'utf-16be' };
  const detected = chardet.detect(bytes);
  if (!detected) return null;
  const encoding = detected.toLowerCase();
  // ISO-8859-1 files are in practice written with Windows' superset, which also has curly quotes
  const effective = encoding === 'iso-8859-1' ? 'windows-1252' : encoding;
  const text = decodeWith(bytes, effective);
  return text === null ? null : { text, encoding: effective };
}

/** Decodes a file's bytes, or says why they are not an article's text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let result: { text: string; encoding: string } | null = null;
  const hasUtf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!hasUtf16Bom && !bytes.subarray(0, 8192).includes(0)) {
    try {
      // TextDecoder drops a UTF-8 byte-order mark, so offsets index the text without it
      result = { text: utf8.decode(bytes), encoding: 'utf-8' };
    } catch {
      result = null;
    }
  }
  if (result === null) {
    const head = bytes.subarray(0, 8192);
    const utf16 = hasUtf16Bom ? null : utf16WithoutBom(head);
    if (!hasUtf16Bom && head.includes(0) && utf16 === null) {
      return { ok: false, reason: 'binary file, not text' };
    }
    result = utf16 ? { text: decodeWith(bytes, utf16) ?? '', encoding: utf16 } : guess(bytes);
    if (result === null) return { ok: false, reason: 'unknown text encoding' };
  }
  const limit = result.encoding === 'utf-8' ? MAX_CONTROL_SHARE.utf8 : MAX_CONTROL_SHARE.guessed;
  if (controlShare(result.text) > limit) return { ok: false, reason: 'binary file, not text' };
  if (result.text.trim().length === 0) return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, ...result };
}

// UTF-16 text without a byte-order mark: one script's text puts its characters in one or two
// 256-character blocks, so the high byte of each pair (the odd bytes in little-endian order, the
// even ones in big-endian) takes one or two values (0x00 for Latin text and spaces, 0x06 for
// Arabic, 0x04 for Cyrillic...) while the low byte varies. Counting only zero bytes, as a first
// version did, missed every script but Latin: Arabic text has a zero only at its spaces.
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = head.length >> 1;
  if (pairs < 8) return null;
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i + 1 < head.length; i += 2) {
    even[head[i]!]!++;
    odd[head[i + 1]!]!++;
  }
  if (concentrated(odd, pairs) && !concentrated(even, pairs)) return 'utf-16le';
  if (concentrated(even, pairs) && !concentrated(odd, pairs)) return 'utf-16be';
  return null;
}

/** Whether two byte values make up nearly all of `n` bytes. */
function concentrated(counts: Uint32Array, n: number): boolean {
  let first = 0;
  let second = 0;
  for (const c of counts) {
    if (c > first) [first, second] = [c, first];
    else if (c > second) second = c;
  }
  return first + second >= n * 0.9;
}
