/**
 * The plain yardstick any text-reuse detector must beat: shared word 3-grams. A text's words
 * (the app's tokenizer, so the same normalization) are cut into overlapping triples; what one text
 * shares with another is the triples found in both.
 */
import type { Span } from '../../shared/article';
import { tokenize, type Tokens } from '../text/tokenize';

const N = 3;

function gramKeys(tokens: Tokens): string[] {
  const keys: string[] = [];
  for (let i = 0; i + N <= tokens.count; i++) keys.push(tokens.norms.slice(i, i + N).join(' '));
  return keys;
}

export interface GramText {
  tokens: Tokens;
  keys: string[];
  set: ReadonlySet<string>;
}

export function gramText(text: string): GramText {
  const tokens = tokenize(text);
  const keys = gramKeys(tokens);
  return { tokens, keys, set: new Set(keys) };
}

const inAny = (others: GramText[]) => (k: string) => others.some((o) => o.set.has(k));

/** Share of `x`'s 3-grams found in any of `others` (containment), 0 for a text under three words. */
export function containment(x: GramText, others: GramText[]): number {
  if (x.keys.length === 0) return 0;
  return x.keys.filter(inAny(others)).length / x.keys.length;
}

/** The character spans of `x` covered by a 3-gram also found in one of `others`. */
export function sharedGramSpans(x: GramText, others: GramText[]): Span[] {
  const found = inAny(others);
  const spans: Span[] = [];
  x.keys.forEach((k, i) => {
    if (found(k)) spans.push({ start: x.tokens.starts[i]!, end: x.tokens.ends[i + N - 1]! });
  });
  return spans;
}
