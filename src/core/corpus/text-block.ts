/**
 * Many texts as one block of bytes, to move between threads: those whose every character fits in
 * a byte as Latin-1, the others as UTF-16 (which carries any string, lone surrogates included).
 * Unpacked, each part is read back as one string and every text is a slice of it: a slice shares
 * its characters, so the receiving thread makes two strings instead of one per text, copies
 * nothing per text, and its collector has two large strings to keep instead of thousands of
 * small ones to move. (Sending the texts themselves cost the thread that opens a folder of
 * 100,000 articles a copy of each and most of its 18 s of garbage collection.)
 */

/** The texts of a block: two runs of bytes, and each text's place as `[start, end, wide]`. */
export interface TextBlock {
  narrow: Uint8Array;
  wide: Uint8Array;
  /** Per text: start and end in characters of its part, and 1 when that part is the UTF-16 one. */
  spans: Uint32Array;
}

/** Characters past one byte: such a text goes to the UTF-16 part. */
export const WIDE = /[^\u0000-\u00ff]/;

/** Packs `texts` into a block whose buffers belong to it alone (so they can be transferred). */
export function packTexts(texts: readonly string[]): TextBlock {
  const spans = new Uint32Array(texts.length * 3);
  const narrow: string[] = [];
  const wide: string[] = [];
  let narrowAt = 0;
  let wideAt = 0;
  texts.forEach((text, i) => {
    const isWide = WIDE.test(text);
    const at = isWide ? wideAt : narrowAt;
    spans[i * 3] = at;
    spans[i * 3 + 1] = at + text.length;
    spans[i * 3 + 2] = isWide ? 1 : 0;
    if (isWide) {
      wide.push(text);
      wideAt += text.length;
    } else {
      narrow.push(text);
      narrowAt += text.length;
    }
  });
  // each part its own memory (never a slice of Node's shared pool of small buffers), so that it can be transferred
  const narrowBytes = new Uint8Array(narrowAt);
  Buffer.from(narrowBytes.buffer).write(narrow.join(''), 0, 'latin1');
  const wideBytes = new Uint8Array(wideAt * 2);
  Buffer.from(wideBytes.buffer).write(wide.join(''), 0, 'utf16le');
  return { narrow: narrowBytes, wide: wideBytes, spans };
}

/** The texts of a block, in the order packed; throws when a span lies outside its part. */
export function unpackTexts(block: TextBlock): string[] {
  const narrow = Buffer.from(block.narrow.buffer, block.narrow.byteOffset, block.narrow.byteLength).toString('latin1');
  const wide = Buffer.from(block.wide.buffer, block.wide.byteOffset, block.wide.byteLength).toString('utf16le');
  const texts = new Array<string>(block.spans.length / 3);
  for (let i = 0; i < texts.length; i++) {
    const start = block.spans[i * 3]!;
    const end = block.spans[i * 3 + 1]!;
    const part = block.spans[i * 3 + 2] === 1 ? wide : narrow;
    if (start > end || end > part.length) throw new Error('text block is damaged');
    texts[i] = part.slice(start, end);
  }
  return texts;
}

/** The buffers of a block, to transfer with it. */
export function transferOf(block: TextBlock): ArrayBuffer[] {
  return [block.narrow.buffer as ArrayBuffer, block.wide.buffer as ArrayBuffer, block.spans.buffer as ArrayBuffer];
}

/**
 * `value` as JSON in ASCII alone, every other character escaped: its bytes can be read back as
 * Latin-1, a plain copy, where decoding tens of megabytes of UTF-8 cost seconds (a folder cache's
 * header of 100,000 articles is 90 MB).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
