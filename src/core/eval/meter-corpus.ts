/**
 * A METER-shaped folder on disk (`news/`, `pa/`, `labels.json`, `annotations.json`): wire copy
 * from the Press Association and the newspaper articles written from it, with the journalists'
 * own derivation labels and, for some articles, annotated spans. Read only to measure.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDataText } from './read-data';

export type Derivation = 'wholly_derived' | 'partially_derived' | 'non_derived';

export interface MeterLabel {
  /** News article id: its file name under `news/` without `.txt`. */
  news: string;
  classification: Derivation;
  /** Ids of the PA texts of its story (file names under `pa/` without `.txt`). */
  pa_sources: string[];
}

export interface MeterSpan {
  type: 'verbatim' | 'rewrite' | 'new';
  start: number;
  end: number;
}

export interface MeterAnnotation {
  news: string;
  text_mismatch?: boolean;
  spans: MeterSpan[];
}

export interface MeterFolder {
  dir: string;
  labels: MeterLabel[];
  /** Annotated articles whose spans line up with their text. */
  annotations: MeterAnnotation[];
  newsIds: string[];
  paIds: string[];
}

function idsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Reads the folder's listing and labels; throws with a clear message when it is not METER-shaped. */
export function readMeterFolder(dir: string): MeterFolder {
  for (const part of ['news', 'pa', 'labels.json']) {
    if (!existsSync(join(dir, part))) throw new Error(`${dir} has no ${part}: not a METER-shaped folder`);
  }
  const labels = JSON.parse(readDataText(join(dir, 'labels.json'))) as MeterLabel[];
  const annotationsPath = join(dir, 'annotations.json');
  const annotations = existsSync(annotationsPath)
    ? (JSON.parse(readDataText(annotationsPath)) as MeterAnnotation[]).filter((a) => !a.text_mismatch)
    : [];
  return { dir, labels, annotations, newsIds: idsIn(join(dir, 'news')), paIds: idsIn(join(dir, 'pa')) };
}

/** The text of a news article or PA text, as the file holds it. */
export function meterText(folder: MeterFolder, side: 'news' | 'pa', id: string): string {
  return readDataText(join(folder.dir, side, `${id}.txt`));
}

/**
 * The catchline story of an article or PA text: its domain and catchline (`courts__nurse`), dates
 * left out, so a story followed over two days is one. Links within it count as right in discovery.
 */
export function storyOf(id: string): string {
  const [domain, , catchline] = id.split('__');
  return `${domain}__${catchline}`;
}

/**
 * The day's story: domain, date and catchline (`courts__17.04.00__nurse`). A catchline recurs
 * months apart for unrelated events (a band's news in July and in January), and METER's labels
 * name as a paper's sources only the PA texts of its own day, so the story view is measured per day.
 */
export function dayStoryOf(id: string): string {
  const [domain, date, catchline] = id.split('__');
  return `${domain}__${date}__${catchline}`;
}
