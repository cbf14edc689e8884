/**
 * Token ranges back to character spans of the original text. A passage's span runs from its
 * first word to its last, plus the punctuation attached to them: the opening quote or bracket
 * right before the first word and the closing period, quote or bracket right after the last. The
 * reader sees "…in late 2017." highlighted with its period, and evaluations that count characters
 * (PAN's plagdet) count the sentence's final period as part of it, as the annotators did.
 */
import type { Span } from '../../shared/article';
import type { Tokens } from '../text/tokenize';

const OPENING = new Set([...'"\'“‘«‹([{¿¡']);
// Commas and colons are left out: a passage that stops mid-sentence stops before them.
const CLOSING = new Set([...'"\'”’»›)]}.!?…%']);

/** Span of tokens [t0, t1) in `tokens.text`, widened over attached punctuation. */
export function tokenSpan(tokens: Omit<Tokens, 'norms'>, t0: number, t1: number): Span {
  if (t1 <= t0) {
    const at = t0 < tokens.count ? tokens.starts[t0]! : tokens.text.length;
    return { start: at, end: at };
  }
  const { text } = tokens;
  let start = tokens.starts[t0]!;
  let end = tokens.ends[t1 - 1]!;
  const floor = t0 > 0 ? tokens.ends[t0 - 1]! : 0;
  const ceiling = t1 < tokens.count ? tokens.starts[t1]! : text.length;
  while (start > floor && OPENING.has(text[start - 1]!)) start--;
  // A closing mark belongs to the last word only up to the next space; "2017." yes, ". The" no.
  while (end < ceiling && CLOSING.has(text[end]!)) end++;
  return { start, end };
}

/** Span of the words between tokens [t0, t1) without widening, for edits inside a passage. */
export function rawSpan(tokens: Omit<Tokens, 'norms'>, t0: number, t1: number): Span {
  if (t1 <= t0) {
    const at = t0 < tokens.count ? tokens.starts[t0]! : tokens.text.length;
    return { start: at, end: at };
  }
  return { start: tokens.starts[t0]!, end: tokens.ends[t1 - 1]! };
}
