/**
 * Text from files (names, titles, article text) made safe to print in a terminal. A terminal reads
 * control characters as commands: an article could clear the screen, retitle the window or, with
 * OSC 52, write the user's clipboard; a newline in a file name would split one line of output in
 * two. Human-readable output escapes them (`\x1b`, `\n`), so what is printed is what the file holds,
 * shown, never obeyed. JSON output needs none of this: JSON.stringify escapes them already.
 */

// C0 controls, DEL and C1 controls (U+009B is a one-character CSI for some terminals), and the
// Unicode line and paragraph separators, which some terminals break lines at
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/** `text` with every control character written out as an escape. */
export function printable(text: string): string {
  return text.replace(CONTROL, escape);
}
