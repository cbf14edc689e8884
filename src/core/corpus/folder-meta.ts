/**
 * The metadata of a whole folder, worked out in three layers over what each file says of itself:
 * the user's corrections, then the folder's decisions (one date order; outlets from a wire
 * story's first take or a subfolder's name). Each article keeps what it read off its own file, so
 * the layers can be worked out again after a correction or a change on disk, and give the same
 * answer as opening the folder afresh.
 */
import type { Article } from '../../shared/article';
import { applyCorrection, contentKey, type CorrectionStore } from './corrections';
import { settleDates } from './folder-dates';
import { settleOutlets } from './folder-outlets';

type Own = Pick<Article, 'title' | 'titleSource' | 'outlet' | 'outletSource' | 'date' | 'dateText' | 'dateSource' | 'dateAmbiguous'>;

const own = new WeakMap<Article, Own>();
const keys = new WeakMap<Article, string>();

/** The content key of an article (corrections are filed under it), computed once. */
export function keyOf(article: Article): string {
  let key = keys.get(article);
  if (key === undefined) {
    key = contentKey(article.text);
    keys.set(article, key);
  }
  return key;
}

function snapshot(a: Article): Own {
  let saved = own.get(a);
  if (!saved) {
    const { title, titleSource, outlet, outletSource, date, dateText, dateSource, dateAmbiguous } = a;
    saved = { title, titleSource, outlet, outletSource, date, dateText, dateSource, dateAmbiguous };
    own.set(a, saved);
  }
  return saved;
}

function restore(a: Article, saved: Own): void {
  for (const key of Object.keys(saved) as (keyof Own)[]) {
    if (saved[key] === undefined) delete a[key];
    else (a as unknown as Record<string, unknown>)[key] = saved[key];
  }
}

/** Works the folder's metadata out again: own fields, then corrections, then the folder's decisions. */
export function settleFolder(articles: Iterable<Article>, corrections: CorrectionStore | null): void {
  const list = [...articles];
  // a content key hashes the whole text: with no corrections there is nothing to look up by it
  const any = (corrections?.size ?? 0) > 0;
  for (const a of list) {
    restore(a, snapshot(a));
    applyCorrection(a, any ? corrections!.get(keyOf(a)) : undefined);
  }
  settleDates(list);
  settleOutlets(list);
}
