/**
 * The story measure on a METER-shaped folder: for each PA story (domain, day and catchline: the
 * PA texts METER's labels name as a paper's sources are always of its own day), the story the app
 * shows from its PA texts (the cluster of the reuse links holding the most of them), and whether it
 * lists the papers derived from that story (recall over the wholly and partially derived ones),
 * whether the papers it lists are of that running story (precision: same catchline, so a follow-up
 * printed days later that reuses the first report counts as right), and whether the likely origin
 * it names is a PA text of that running story.
 */
import type { ReuseReport } from '../../shared/reuse';
import { clusterLinks, linksWithin } from '../story/clusters';
import { textOrigin } from '../story/origin';
import { dayStoryOf, storyOf, type MeterFolder } from './meter-corpus';

export interface StoryCounts {
  /** PA stories measured, and those whose PA texts fell into more than one cluster. */
  stories: number;
  split: number;
  /** Derived papers of the measured stories, and those the story view lists. */
  derived: number;
  derivedListed: number;
  /** Papers the story views list, and those of the right story. */
  listed: number;
  listedRight: number;
  /** Of the derived papers listed, those that joined by the likeness of their words alone (no shared passage). */
  derivedAlike: number;
  /** Stories whose view has more than two members, and those whose named origin is a PA text of the story. */
  multi: number;
  originPa: number;
  /** Of `multi`, stories for which no origin is named. */
  originNone: number;
  /** The same with every date withheld: the origin from the shared text alone. */
  undatedPa: number;
  undatedNone: number;
  /** Per story: its key, derived papers listed of all, papers listed right of all, origin. */
  rows: { story: string; recall: [number, number]; precision: [number, number]; origin: 'pa' | 'news' | 'none' | '-' }[];
}

/**
 * Measures the stories of `report`, whose article ids are staged names; `idOf` gives each name's
 * side and METER id.
 */
export function measureStories(
  folder: MeterFolder,
  report: ReuseReport,
  idOf: ReadonlyMap<string, { side: 'news' | 'pa'; id: string }>,
  dateOf: (name: string) => string | null,
  clusters: string[][] = clusterLinks(report.links, report.alike),
): StoryCounts {
  const clusterOf = new Map<string, number>();
  clusters.forEach((members, c) => members.forEach((name) => clusterOf.set(name, c)));
  const nameOf = new Map([...idOf].map(([name, x]) => [`${x.side}/${x.id}`, name]));
  const alike = new Set((report.alike ?? []).map((l) => l.a));
  const paByStory = new Map<string, string[]>();
  for (const pa of folder.paIds) {
    const story = dayStoryOf(pa);
    paByStory.set(story, [...(paByStory.get(story) ?? []), pa]);
  }
  const counts: StoryCounts = { stories: 0, split: 0, derived: 0, derivedListed: 0, derivedAlike: 0, listed: 0, listedRight: 0, multi: 0, originPa: 0, originNone: 0, undatedPa: 0, undatedNone: 0, rows: [] };
  for (const [story, pas] of [...paByStory].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const derived = folder.labels.filter((l) => l.classification !== 'non_derived' && l.pa_sources.some((p) => pas.includes(p)));
    if (derived.length === 0) continue;
    counts.stories++;
    // the cluster holding the most of the story's PA texts is the story view opened from them
    const votes = new Map<number, number>();
    for (const pa of pas) {
      const c = clusterOf.get(nameOf.get(`pa/${pa}`)!);
      if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    if (votes.size > 1) counts.split++;
    const best = [...votes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    const members = best ? clusters[best[0]]! : [];
    const news = members.map((name) => idOf.get(name)!).filter((x) => x.side === 'news');
    const listedIds = new Set(news.map((x) => x.id));
    const found = derived.filter((l) => listedIds.has(l.news)).length;
    counts.derivedAlike += derived.filter((l) => listedIds.has(l.news) && alike.has(nameOf.get(`news/${l.news}`)!)).length;
    const right = news.filter((x) => storyOf(x.id) === storyOf(story)).length;
    counts.derived += derived.length;
    counts.derivedListed += found;
    counts.listed += news.length;
    counts.listedRight += right;
    let origin: StoryCounts['rows'][number]['origin'] = '-';
    if (members.length > 2) {
      counts.multi++;
      const within = linksWithin(report.links, new Set(members));
      const judge = (named: string | null) => {
        const side = named === null ? null : idOf.get(named)!;
        return side === null ? 'none' : side.side === 'pa' && storyOf(side.id) === storyOf(story) ? 'pa' : 'news';
      };
      // the dates as the app reads them (METER's PA texts carry a time stamp, the papers none)
      origin = judge(textOrigin(members, within, alike, (name) => ({ date: dateOf(name) })).id);
      if (origin === 'pa') counts.originPa++;
      if (origin === 'none') counts.originNone++;
      const undated = judge(textOrigin(members, within, alike, () => ({ date: null })).id);
      if (undated === 'pa') counts.undatedPa++;
      if (undated === 'none') counts.undatedNone++;
    }
    counts.rows.push({ story, recall: [found, derived.length], precision: [right, news.length], origin });
  }
  return counts;
}
