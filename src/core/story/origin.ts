/**
 * The likely origin of a story, and why. With every member dated, the earliest one (a date says
 * who ran it first, not who wrote it, and the reason says so). Without dates, the text the others'
 * shared passages are drawn from: a wire text holds most of what each printing shares, while a
 * printing holds only the part it kept, so the member in which the others' words are found the
 * most is the source. When two members hold each other about equally, nobody is named.
 */
import type { ArticleId, ArticleMeta } from '../../shared/article';
import type { ReuseLink } from '../../shared/reuse';
import type { StoryOrigin } from '../../shared/story';

/** The best source must hold the others' words this many times more than the next one. */
const CLEAR_MARGIN = 1.15;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-05-03` -> `3 May 2021`; a time, when given, follows. */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = `${d} ${MONTHS[m - 1] ?? '?'} ${y}`;
  return iso.length > 10 ? `${day}, ${iso.slice(11, 16)}` : day;
}

/** The key dates are ordered by: the day, unless every date of the story gives a time. */
export function dateKey(date: string, withTime: boolean): string {
  return withTime ? date : date.slice(0, 10);
}

/** Milliseconds since the epoch of an ISO date or date-time, read as UTC either way (so lags are whole days). */
export function dateMillis(iso: string): number {
  return Date.parse(iso.length > 10 ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 10)}T00:00Z`);
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * For each member, the mean share of the other members' words found in it (0 for a member not
 * linked to it): how much of the story is drawn from it.
 */
export function sourceScores(members: readonly ArticleId[], links: readonly ReuseLink[]): Map<ArticleId, number> {
  const sum = new Map<ArticleId, number>(members.map((id) => [id, 0]));
  for (const l of links) {
    if (l.passages === 0 || !sum.has(l.a) || !sum.has(l.b)) continue;
    sum.set(l.a, sum.get(l.a)! + l.sharedB);
    sum.set(l.b, sum.get(l.b)! + l.sharedA);
  }
  const others = Math.max(1, members.length - 1);
  return new Map([...sum].map(([id, s]) => [id, s / others]));
}

function bySource(members: readonly ArticleId[], links: readonly ReuseLink[], why: string): StoryOrigin {
  const scores = sourceScores(members, links);
  const ranked = [...scores].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const [best, next] = ranked;
  if (!best || best[1] === 0) return { id: null, basis: 'none', reason: `${why}; no member holds the others' text.` };
  if (next && best[1] < next[1] * CLEAR_MARGIN) {
    return {
      id: null,
      basis: 'none',
      reason: `${why}, and no one text stands out: the others' words are found about as much in two of them (${percent(best[1])} and ${percent(next[1])}).`,
    };
  }
  const tail = next ? `, against ${percent(next[1])} in the next` : '';
  return {
    id: best[0],
    basis: 'source',
    reason: `${why}; the others' shared text is drawn from it: on average ${percent(best[1])} of each other article's words are found in it${tail}.`,
  };
}

/**
 * The likely origin of the story made of `members`, linked by `links`: the earliest dated member
 * (said so, with how many are undated and so could be earlier), or the text the others are drawn
 * from when none is dated or several came out first together.
 */
export function likelyOrigin(
  members: readonly ArticleId[],
  links: readonly ReuseLink[],
  meta: (id: ArticleId) => Pick<ArticleMeta, 'date'> | undefined,
): StoryOrigin {
  const dates = new Map<ArticleId, string>();
  for (const id of members) {
    const date = meta(id)?.date;
    if (date) dates.set(id, date);
  }
  if (dates.size === 0) return bySource(members, links, 'No article of the story is dated');
  const withTime = [...dates.values()].every((d) => d.length > 10);
  const keys = new Map([...dates].map(([id, d]) => [id, dateKey(d, withTime)]));
  const first = [...keys.values()].reduce((m, k) => (k < m ? k : m));
  const earliest = members.filter((id) => keys.get(id) === first);
  const undated = members.length - dates.size;
  const caveat = undated === 0 ? '' : `; ${undated} of the ${members.length} articles ${undated === 1 ? 'is' : 'are'} undated and could be earlier`;
  if (earliest.length === 1) {
    const later = [...keys.values()].filter((k) => k !== first).reduce<string | null>((m, k) => (m === null || k < m ? k : m), null);
    const next = later ? `; the next on ${readableDate(later)}` : '';
    const what = undated === 0 ? 'Published first' : 'The earliest dated';
    return { id: earliest[0]!, basis: 'date', reason: `${what}, on ${readableDate(dates.get(earliest[0]!)!)}${next}${caveat}.` };
  }
  return bySource(earliest, links, `${earliest.length} articles are the earliest dated, on ${readableDate(first)}${caveat}`);
}

/**
 * The likely origin of a story from its members that share text: a member joined by the likeness
 * of its words alone (`joinedByWords`, story/alike.ts) is no evidence of who ran the text first.
 */
export function textOrigin(
  members: readonly ArticleId[],
  links: readonly ReuseLink[],
  joinedByWords: { has(id: ArticleId): boolean },
  meta: (id: ArticleId) => Pick<ArticleMeta, 'date'> | undefined,
): StoryOrigin {
  return likelyOrigin(members.filter((m) => !joinedByWords.has(m)), links, meta);
}
