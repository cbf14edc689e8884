/**
 * The METER measures, run through the app's own code paths: the folder opened as a corpus (news
 * and PA texts together, under opaque file names so that nothing but the text can pair them),
 * the folder-wide reuse run, and each newspaper article compared with its PA texts. Beside each
 * measure, the word-3-gram yardstick on the same texts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Span } from '../../shared/article';
import type { ReuseReport } from '../../shared/reuse';
import { openCorpus, type Corpus } from '../corpus/corpus';
import { Comparer, sharedSpans, wordsInSpans } from '../workspace/comparer';
import { reuseReport } from '../workspace/reuse-runner';
import { meterText, readMeterFolder, storyOf, type MeterFolder } from './meter-corpus';
import { containment, gramText, sharedGramSpans, type GramText } from './word-grams';

/** What each newspaper article got from Parallax and from the yardstick. */
export interface MeterArticle {
  id: string;
  /** 0 non, 1 partially, 2 wholly derived. */
  label: number;
  text: string;
  /** Share of the article's words inside text shared with its PA texts. */
  share: number;
  /** Character spans of the article marked as shared with any of its PA texts. */
  marked: Span[];
  /** The yardstick: 3-gram containment in its PA texts, and the spans of shared 3-grams. */
  gramShare: number;
  gramMarked: Span[];
}

export interface MeterLinks {
  /** news id -> PA ids it is linked to by shared passages. */
  linked: Map<string, Set<string>>;
  /** ... by shared passages or, failing those, paraphrases (sentences stating the same facts). */
  linkedOrParaphrased: Map<string, Set<string>>;
  /** The yardstick's links. */
  gramLinked: Map<string, Set<string>>;
}

export interface MeterRun {
  folder: MeterFolder;
  articles: MeterArticle[];
  links: MeterLinks;
  report: ReuseReport;
  /** The staged file name of each text (the report's article ids): its side and METER id. */
  idOf: Map<string, { side: 'news' | 'pa'; id: string }>;
  /** The staged folder as opened (its files are gone once the run returns; the texts stay here). */
  corpus: Corpus;
  /** The comparer of the run, with every text prepared and counted into its statistics. */
  comparer: Comparer;
  millis: { open: number; reuse: number; compare: number; yardstick: number };
}

const LABELS = { non_derived: 0, partially_derived: 1, wholly_derived: 2 } as const;
/** The yardstick links a news article to a PA text when this share of its 3-grams is there. */
export const GRAM_LINK = 0.1;

const opaque = (side: string, id: string) => createHash('sha1').update(`${side}/${id}`).digest('hex').slice(0, 12) + '.txt';

function stageFolder(folder: MeterFolder): { dir: string; idOf: Map<string, { side: 'news' | 'pa'; id: string }> } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-meter-'));
  const idOf = new Map<string, { side: 'news' | 'pa'; id: string }>();
  for (const side of ['news', 'pa'] as const) {
    for (const id of side === 'news' ? folder.newsIds : folder.paIds) {
      const name = opaque(side, id);
      writeFileSync(join(dir, name), meterText(folder, side, id));
      idOf.set(name, { side, id });
    }
  }
  return { dir, idOf };
}

function addLink(map: Map<string, Set<string>>, news: string, pa: string): void {
  let set = map.get(news);
  if (!set) map.set(news, (set = new Set()));
  set.add(pa);
}

/** Runs everything on the METER-shaped folder `dir`. */
export async function runMeter(dir: string): Promise<MeterRun> {
  const folder = readMeterFolder(dir);
  const staged = stageFolder(folder);
  try {
    let t0 = performance.now();
    const corpus = await openCorpus(staged.dir);
    const open = performance.now() - t0;
    const comparer = new Comparer();
    t0 = performance.now();
    const report = await reuseReport(corpus, comparer);
    const reuse = performance.now() - t0;

    const nameOf = new Map([...staged.idOf].map(([name, x]) => [`${x.side}/${x.id}`, name]));
    const article = (side: 'news' | 'pa', id: string) => corpus.articles.get(nameOf.get(`${side}/${id}`)!)!;
    const linked = new Map<string, Set<string>>();
    const linkedOrParaphrased = new Map<string, Set<string>>();
    for (const l of report.links) {
      const x = staged.idOf.get(l.a)!;
      const y = staged.idOf.get(l.b)!;
      if (x.side === y.side) continue;
      const [news, pa] = x.side === 'news' ? [x, y] : [y, x];
      addLink(linkedOrParaphrased, news.id, pa.id);
      if (l.passages > 0) addLink(linked, news.id, pa.id);
    }

    t0 = performance.now();
    const articles: MeterArticle[] = [];
    for (const label of folder.labels) {
      const news = article('news', label.news);
      const spans: Span[] = [];
      for (const pa of label.pa_sources) {
        const comparison = comparer.compare(news, article('pa', pa));
        spans.push(...sharedSpans(comparison.passages, 'a'));
      }
      const doc = comparer.document(news);
      const share = doc.tokens.count === 0 ? 0 : wordsInSpans(doc, spans) / doc.tokens.count;
      articles.push({ id: label.news, label: LABELS[label.classification], text: news.text, share, marked: spans, gramShare: 0, gramMarked: [] });
    }
    const compare = performance.now() - t0;

    t0 = performance.now();
    const grams = new Map<string, GramText>();
    const gramOf = (side: 'news' | 'pa', id: string) => {
      const key = `${side}/${id}`;
      let g = grams.get(key);
      if (!g) grams.set(key, (g = gramText(meterText(folder, side, id))));
      return g;
    };
    for (const a of articles) {
      const label = folder.labels.find((l) => l.news === a.id)!;
      const sources = label.pa_sources.map((pa) => gramOf('pa', pa));
      a.gramShare = containment(gramOf('news', a.id), sources);
      a.gramMarked = sharedGramSpans(gramOf('news', a.id), sources);
    }
    const gramLinked = new Map<string, Set<string>>();
    for (const news of folder.newsIds) {
      for (const pa of folder.paIds) {
        if (containment(gramOf('news', news), [gramOf('pa', pa)]) >= GRAM_LINK) addLink(gramLinked, news, pa);
      }
    }
    const yardstick = performance.now() - t0;
    return { folder, articles, links: { linked, linkedOrParaphrased, gramLinked }, report, idOf: staged.idOf, corpus, comparer, millis: { open, reuse, compare, yardstick } };
  } finally {
    rmSync(staged.dir, { recursive: true, force: true });
  }
}

/** Whether PA text `pa` belongs to the story of news article `news` (its own sources or its story). */
export function sameStory(folder: MeterFolder, news: string, pa: string): boolean {
  const label = folder.labels.find((l) => l.news === news);
  return (label?.pa_sources.includes(pa) ?? false) || storyOf(news) === storyOf(pa);
}
