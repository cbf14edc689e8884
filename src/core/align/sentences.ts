/**
 * Sentence boundaries over tokens. Sentences are the unit of the fuzzy channel: two sentences that
 * share enough weighted content words are a seed even when every word run between them is broken
 * by edits, shuffles or a translation round trip. The split needs to be robust rather than
 * linguistically perfect: a missed boundary makes a longer sentence (and the long-sentence cap
 * below bounds that), a spurious one makes two short sentences that both match.
 */
import type { Tokens } from '../text/tokenize';

/** Longest sentence kept whole, in tokens; longer runs (lists, run-ons) are cut. */
const MAX_SENTENCE = 60;
/** Length of the pieces a run-on is cut into when it has no line break or semicolon to cut at. */
const PIECE = 40;

// Abbreviations whose period is not a sentence end when a capitalized word follows
// ("Gen. Soleimani", "Mr. Smith"). Single-letter abbreviations ("U.S.") are one token already.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof',
  'rev', 'sen', 'rep', 'gov', 'pres', 'jr', 'sr', 'no', 'vs', 'fig', 'mt', 'ft', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vol',
]);

const enum Gap {
  None = 0,
  /** Not a boundary, but a good place to cut a run-on: a semicolon, colon or line break. */
  Soft = 1,
  Hard = 2,
}

function isLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toUpperCase());
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code > 191 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)));
}

/** What separates token i from token i + 1. */
function classifyGap(tokens: Tokens, i: number): Gap {
  const { text, ends, starts, norms } = tokens;
  const from = ends[i]!;
  const to = starts[i + 1]!;
  let stop = false;
  let lines = 0;
  let clause = false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) {
      lines++;
      if (lines >= 2 || c === 0x2029) return Gap.Hard;
    } else if (c === 46 || c === 33 || c === 63 || c === 0x2026) stop = true;
    else if (c === 59 || c === 58) clause = true;
    else if (c === 13 || c === 32 || c === 9 || c === 0xa0) continue;
    // A letter or digit between two tokens means the tokens in between were left out (a caption
    // or link removed from the content): the text on either side does not run on.
    else if (isWordChar(c)) return Gap.Hard;
  }
  const next = text.charCodeAt(to);
  if (stop) {
    if (isLower(next)) return Gap.None;
    if (to - from <= 2 && TITLES.has(norms[i]!)) return Gap.None;
    return Gap.Hard;
  }
  if (lines === 1) return isLower(next) ? Gap.Soft : Gap.Hard;
  return clause ? Gap.Soft : Gap.None;
}

/**
 * Sentence starts as token indices, followed by `tokens.count` (so sentence s is
 * `[starts[s], starts[s + 1])`). A single line break before a capital ends a sentence (headlines,
 * list items and news paragraphs have no final period), and so does a blank line.
 */
export function splitSentences(tokens: Tokens): Uint32Array {
  const n = tokens.count;
  const out: number[] = [];
  if (n === 0) return Uint32Array.of(0);
  const gaps = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) gaps[i] = classifyGap(tokens, i);
  let start = 0;
  const close = (end: number) => {
    // Cut a run-on at its soft boundaries first, then into even pieces.
    let s = start;
    while (end - s > MAX_SENTENCE) {
      let cut = -1;
      for (let i = s + PIECE / 2; i < Math.min(end - 1, s + MAX_SENTENCE); i++) if (gaps[i] === Gap.Soft) cut = i + 1;
      if (cut < 0) cut = s + PIECE;
      out.push(s);
      s = cut;
    }
    out.push(s);
    start = end;
  };
  for (let i = 0; i + 1 < n; i++) {
    if (gaps[i] === Gap.Hard) close(i + 1);
  }
  close(n);
  out.push(n);
  return Uint32Array.from(out);
}
