import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/corpus/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (order: 'le' | 'be', s: string) => new Uint8Array(iconv.encode(s, `utf-16${order}`));
const ARABIC = 'قالت فصائل المقاومة العراقية إن الوجود الأمريكي في البلاد يجب أن ينتهي.\n\nوأضافت في بيان أن العمليات ستستمر.';
const RUSSIAN = 'Иракские группы сопротивления заявили, что присутствие США должно закончиться.';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', utf8('Iraq’s “sovereignty”'), 'Iraq’s “sovereignty”', 'utf-8'],
    ['UTF-8 with a byte-order mark (dropped)', utf8('\ufeffHello there'), 'Hello there', 'utf-8'],
    ['UTF-16 LE with BOM', new Uint8Array(iconv.encode('Café crème, déjà vu', 'utf-16le', { addBOM: true })), 'Café crème, déjà vu', 'utf-16le'],
    ['UTF-16 LE without BOM', new Uint8Array(iconv.encode('plain words here, enough of them', 'utf-16le')), 'plain words here, enough of them', 'utf-16le'],
    ['Arabic UTF-16 LE without BOM', utf16('le', ARABIC), ARABIC, 'utf-16le'],
    ['Russian UTF-16 BE without BOM', utf16('be', RUSSIAN), RUSSIAN, 'utf-16be'],
    ['Windows-1252', new Uint8Array(iconv.encode('The café’s “crème brûlée” was served to the guests of the evening', 'windows-1252')), 'The café’s “crème brûlée” was served to the guests of the evening', 'windows-1252'],
    ['U+0019 apostrophes (PAN) are text', utf8('Bachelor\u0019s degree and more'), 'Bachelor\u0019s degree and more', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty file'],
    ['only white space', utf8(' \n\t\n'), 'empty file (only white space)'],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), 'binary file, not text'],
    ['control characters in valid UTF-8', utf8('\u0001\u0002\u0003\u0004abc\u0005\u0006'), 'binary file, not text'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });
});
