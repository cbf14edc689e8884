/**
 * Outlets the folder tells when the article does not. Agency copy comes in takes: the first take
 * of a wire story carries the byline ("By Mark Wilkinson, PA News"), the later takes ("Page 2")
 * only the slug line; takes with the same slug date and catchline are one story, and carry its
 * outlet. Last of all, when no article of a subfolder names any outlet, the subfolder's own name
 * stands in (`reuters/`), unless it is a word that names no one (`news/`, `docs/`, `2024/`).
 */
import type { Article } from '../../shared/article';
import { findBlock } from './cached-articles';
import { WIRE_SLUG } from './wire';

/** Folder names that say what a folder holds, not whose articles they are. */
const GENERIC = new Set(
  'news article articles doc docs document documents page pages text texts txt html pdf csv data files file corpus sample samples download downloads saved export exports input inputs raw misc other new old archive archives items stories story src source sources tmp temp test tests dev train'.split(
    ' ',
  ),
);

/** The slug line's date and catchline, lower-cased: what the takes of one story share. */
function storyKey(a: Article): string | null {
  const slug = findBlock(a, 'dateline', 'wire slug line');
  if (!slug) return null;
  const line = a.text.slice(slug.start, slug.end).replace(/\s+/g, ' ').trim();
  const m = WIRE_SLUG.exec(line);
  if (!m) return null;
  const date = /\d{1,2}\/\d{1,2}\/\d{2,4}/.exec(line)![0];
  const catchline = line
    .slice(m[0].length)
    .replace(/^\s*page\s+\d+\s*/i, '')
    .replace(/^\([^)]*\)\s*/, '')
    .toLowerCase();
  return catchline ? `${date} ${catchline}` : null;
}


/** A subfolder's name as an outlet, or null when it names no one. */
export function folderOutlet(name: string): string | null {
  const words = name.replace(/[_-]+/g, ' ').trim();
  if (!words || GENERIC.has(words.toLowerCase()) || /^[\d\s.]+$/.test(words)) return null;
  return words;
}

/**
 * Gives articles without an outlet the one the folder tells. Safe to run again: outlets it set
 * earlier are worked out afresh; outlets read off the article or set by the user stay.
 */
export function settleOutlets(articles: Iterable<Article>): void {
  const list = [...articles];
  for (const a of list) {
    if (a.outletSource === 'folder' || a.outletSource === 'story') {
      a.outlet = null;
      delete a.outletSource;
    }
  }
  const stories = new Map<string, string>();
  const keys = new Map<Article, string>();
  for (const a of list) {
    const key = storyKey(a);
    if (!key) continue;
    keys.set(a, key);
    if (a.outlet !== null && a.outletSource === 'byline' && !stories.has(key)) stories.set(key, a.outlet);
  }
  for (const [a, key] of keys) {
    const outlet = stories.get(key);
    if (outlet && a.outlet === null) {
      a.outlet = outlet;
      a.outletSource = 'story';
    }
  }
  const folders = new Map<string, Article[]>();
  for (const a of list) {
    const slash = a.id.split('#')[0]!.lastIndexOf('/');
    if (slash < 0) continue;
    const dir = a.id.slice(0, slash);
    let members = folders.get(dir);
    if (!members) folders.set(dir, (members = []));
    members.push(a);
  }
  for (const [dir, members] of folders) {
    if (members.some((a) => a.outlet !== null)) continue;
    const outlet = folderOutlet(dir.slice(dir.lastIndexOf('/') + 1));
    if (!outlet) continue;
    for (const a of members) {
      a.outlet = outlet;
      a.outletSource = 'folder';
    }
  }
}
