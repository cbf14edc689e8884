/**
 * The CSS selectors the page readers ask for (`time[datetime]`, `.published time`,
 * `[class*="date" i]`, `div[class], section, ...`), matched on the light tree of html-tree.ts: a
 * list of compound selectors joined by descendant combinators, each a tag, classes, an id and
 * attribute tests (`[a]`, `=`, `*=`, `^=`, `$=`, `~=`, with an `i` flag). Matching follows
 * css-select in HTML mode, which the DOM used before this tree (linkedom) relied on: tag names and
 * the attributes HTML defines as case-insensitive (`type`, `rel`, `http-equiv`...) ignore case,
 * class names and ids do not, and an empty value in `*=`, `^=` or `$=` matches nothing.
 */

/** What the matcher reads of an element. */
export interface Matchable {
  nodeType: number;
  /** Upper-case tag name. */
  nodeName: string;
  parentNode: Matchable | null;
  getAttribute(name: string): string | null;
  /** `getAttribute` in lower case. */
  lowerAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

type Test = (el: Matchable) => boolean;
/** A compound selector as one test; a complex one as its compounds, the rightmost last. */
type Complex = Test[];
/** A compiled selector list: an element matches when one of its selectors does. */
export type Selector = Complex[];

/** Attributes whose values HTML compares without regard to case (css-select's list, as browsers). */
const CASELESS = new Set(
  'accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev rules scope scrolling selected shape target text type valign valuetype vlink'.split(
    ' ',
  ),
);

const ATTRIBUTE = /^\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(i)?\s*)?\]/;
const NAME = /^[\w-]+/;

/** The `class` attribute as css-select read it from linkedom: null when there is none. */
const valueOf = (el: Matchable, name: string): string | null => (name === 'class' ? (el.hasAttribute('class') ? el.getAttribute('class') : null) : el.getAttribute(name));

function attributeTest(name: string, op: string | undefined, raw: string | undefined, flag: string | undefined): Test {
  if (!op) return (el) => el.hasAttribute(name);
  const caseless = flag === 'i' || CASELESS.has(name);
  const value = caseless ? raw!.toLowerCase() : raw!;
  const read = caseless ? (el: Matchable) => (el.hasAttribute(name) ? el.lowerAttribute(name) : null) : (el: Matchable) => valueOf(el, name);
  switch (op) {
    case '=':
      return (el) => read(el) === value;
    case '*=':
      return (el) => value !== '' && (read(el)?.includes(value) ?? false);
    case '^=':
      return (el) => value !== '' && (read(el)?.startsWith(value) ?? false);
    case '$=':
      return (el) => value !== '' && (read(el)?.endsWith(value) ?? false);
    default:
      return (el) => !/\s/.test(value) && value !== '' && (read(el)?.split(/\s+/).includes(value) ?? false);
  }
}

function compound(source: string): Test {
  const tests: Test[] = [];
  let rest = source;
  const tag = NAME.exec(rest);
  if (tag) {
    const name = tag[0].toUpperCase();
    tests.push((el) => el.nodeName === name);
    rest = rest.slice(tag[0].length);
  } else if (rest.startsWith('*')) rest = rest.slice(1);
  while (rest) {
    const name = NAME.exec(rest.slice(1));
    if ((rest[0] === '.' || rest[0] === '#') && name) {
      tests.push(rest[0] === '.' ? attributeTest('class', '~=', name[0], undefined) : attributeTest('id', '=', name[0], undefined));
      rest = rest.slice(1 + name[0].length);
      continue;
    }
    const attr = ATTRIBUTE.exec(rest);
    if (!attr) throw new Error(`selector not understood here: ${source}`);
    tests.push(attributeTest(attr[1]!, attr[2], attr[3] ?? attr[4] ?? attr[5], attr[6]));
    rest = rest.slice(attr[0].length);
  }
  return (el) => {
    if (el.nodeType !== 1) return false;
    for (const test of tests) if (!test(el)) return false;
    return true;
  };
}

/** Splits `text` at `separator` (a comma, or white space) outside brackets and quotes. */
function splitOutside(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let part = '';
  let depth = 0;
  let quote = '';
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0 && separator.test(c)) {
      if (part) out.push(part);
      part = '';
      continue;
    }
    part += c;
  }
  if (part) out.push(part);
  return out;
}

const compiled = new Map<string, Selector>();
/** A selector that is one `[name*="value"]` test alone. */
const LONE_CONTAINS = /^\[\s*([\w:-]+)\s*\*=\s*"([^"]+)"\s*(i)?\s*\]$/;
const escapeRegex = (s: string) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

/**
 * Compiles a selector list once (the readers ask for the same few again and again). Lone
 * `[name*="value"]` selectors on one attribute are tested together, as one pattern: a page's date
 * search asks for thirty of them on every element.
 */
export function compile(selectors: string): Selector {
  let out = compiled.get(selectors);
  if (out) return out;
  out = [];
  const lone = new Map<string, { name: string; caseless: boolean; values: string[] }>();
  for (const one of splitOutside(selectors, /,/)) {
    const m = LONE_CONTAINS.exec(one.trim());
    if (!m) {
      out.push(splitOutside(one, /\s/).map(compound));
      continue;
    }
    const caseless = m[3] === 'i' || CASELESS.has(m[1]!);
    const key = `${m[1]} ${caseless}`;
    if (!lone.has(key)) lone.set(key, { name: m[1]!, caseless, values: [] });
    lone.get(key)!.values.push(caseless ? m[2]!.toLowerCase() : m[2]!);
  }
  for (const { name, caseless, values } of lone.values()) {
    const pattern = new RegExp(values.map(escapeRegex).join('|'));
    const read = caseless ? (el: Matchable) => (el.hasAttribute(name) ? el.lowerAttribute(name) : null) : (el: Matchable) => valueOf(el, name);
    out.push([(el) => el.nodeType === 1 && pattern.test(read(el) ?? '')]);
  }
  compiled.set(selectors, out);
  return out;
}

/** Whether `el` matches one complex selector: its rightmost compound, then each ancestor compound in turn. */
function matchesComplex(el: Matchable, parts: Complex): boolean {
  if (!parts[parts.length - 1]!(el)) return false;
  let at: Matchable | null = el;
  for (let i = parts.length - 2; i >= 0; i--) {
    at = at!.parentNode;
    while (at && at.nodeType === 1 && !parts[i]!(at)) at = at.parentNode;
    if (!at || at.nodeType !== 1) return false;
  }
  return true;
}

/** Whether `el` matches one of the selectors of the list. */
export function matches(el: Matchable, selector: Selector): boolean {
  for (const parts of selector) if (matchesComplex(el, parts)) return true;
  return false;
}
