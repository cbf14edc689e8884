/**
 * Agency wire copy as it comes off the feed (the Press Association's, as in METER): a header of
 * rules and a slug line ("16:18 17/04/00: Page 1 (HHH) COURTS Nurse"), hard-wrapped lines whose
 * paragraphs end with "<", a byline ("By Shenai Raif, PA News"), and the operator's sign-off
 * ("mf", "ENDS") at the foot. The paragraph marks cut the text into paragraphs and are hidden like
 * markup; the header and sign-off are set aside like a web page's debris: never the title, never
 * matched against other articles (where twenty words of header would link unrelated stories).
 */
import type { Span } from '../../shared/article';

/** A line ending in "<" (trailing spaces allowed) closes a paragraph of wire copy. */
const MARKED_LINE = /<[ \t]*$/gm;
/** Fewest marked lines that make a text wire copy. */
const MIN_MARKS = 3;

/** Whether the text uses the wire's paragraph marks. */
export function hasWireMarks(text: string): boolean {
  let n = 0;
  MARKED_LINE.lastIndex = 0;
  while (MARKED_LINE.exec(text)) if (++n >= MIN_MARKS) return true;
  return false;
}

/** Whether a line (without its line break) ends a wire paragraph. */
export function endsWireParagraph(line: string): boolean {
  return /<[ \t]*$/.test(line);
}

/**
 * The paragraph marks inside `span` of the text, as markup to hide: the "<" that ends a paragraph
 * and the control character (U+0019) the feed puts before the next one.
 */
export function wireMarkup(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(span.start, span.end);
  const marks = /<(?=[ \t]*(?:\r?\n|$))|(?<=^|\n)\u0019/g;
  for (let m = marks.exec(slice); m; m = marks.exec(slice)) out.push({ start: span.start + m.index, end: span.start + m.index + 1 });
  return out;
}

/** The slug line: a time and a date, a colon, the page and the catchline. */
export const WIRE_SLUG = /^\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{2,4}\s*:/;

/** The operator's sign-off at the foot: "ENDS", "-ends-", "end", or initials in lower case. */
export const WIRE_SIGNOFF = /^(?:-*\s*(?:ENDS?|[Ee]nds?)\s*-*|[a-z]{1,3})$/;
