/**
 * The synthetic scale folder: `n` articles written by a word-bigram model trained on the BBC
 * articles and PAN's documents (bigram.ts), each with a title, a date line (2004-2005), four to
 * nine paragraphs and its outlet's address (one of forty outlets), in folders of a thousand.
 * Planted into it, and listed in `<dir>.planted.json` beside it (never inside): copies of two
 * consecutive paragraphs from one article into another, a third word for word, the rest with one
 * word in eight changed, and wire stories, one article printed in part by three to seven others.
 * The same `n` and seed write the same folder, byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomOf, sentence, trainBigram, type Bigram } from './bigram';

export interface PlantedCopy {
  from: string;
  to: string;
  kind: 'verbatim' | 'edited';
  /** The story it belongs to (wire stories), or null for a lone copy. */
  story: number | null;
}

export interface Planted {
  articles: number;
  seed: number;
  copies: PlantedCopy[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function sources(data: string): string[] {
  const texts: string[] = [];
  const bbc = join(data, 'bbc-news', 'docs');
  for (const f of readdirSync(bbc).sort()) texts.push(readFileSync(join(bbc, f), 'utf8'));
  for (const side of ['src', 'susp']) {
    const dir = join(data, 'pan13-train', side);
    for (const f of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, f), 'latin1'));
  }
  return texts;
}

interface Draft {
  title: string;
  date: string;
  outlet: number;
  paragraphs: string[];
}

function draft(model: Bigram, random: () => number): Draft {
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) {
    const sentences = 2 + Math.floor(random() * 3);
    paragraphs.push(Array.from({ length: sentences }, () => sentence(model, random, 8, 28)).join(' '));
  }
  const day = Math.floor(random() * 730);
  const when = new Date(Date.UTC(2004, 0, 1) + day * 86_400_000);
  return {
    title: sentence(model, random, 5, 10).slice(0, -1),
    date: `${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()}, ${when.getUTCFullYear()}`,
    outlet: Math.floor(random() * 40),
    paragraphs,
  };
}

function edit(text: string, model: Bigram, random: () => number): string {
  return text
    .split(' ')
    .map((w, i) => (i % 8 === 7 ? model.words[model.openers[Math.floor(random() * model.openers.length)]!]! : w))
    .join(' ');
}

const nameOf = (i: number) => `${String(Math.floor(i / 1000)).padStart(3, '0')}/a${String(i).padStart(6, '0')}.txt`;

/** Writes the folder (unless it is there already) and returns what was planted. */
export function buildSyntheticFolder(dir: string, n: number, data: string, seed = 1): Planted {
  const truthPath = `${dir}.planted.json`;
  if (existsSync(truthPath) && existsSync(dir)) return JSON.parse(readFileSync(truthPath, 'utf8')) as Planted;
  const model = trainBigram(sources(data));
  const random = randomOf(seed);
  const drafts = Array.from({ length: n }, () => draft(model, random));
  const copies: PlantedCopy[] = [];
  const used = new Set<number>();
  const pick = () => {
    let i: number;
    do i = Math.floor(random() * n);
    while (used.has(i));
    used.add(i);
    return i;
  };
  const plant = (from: number, to: number, kind: PlantedCopy['kind'], story: number | null) => {
    const source = drafts[from]!.paragraphs;
    const at = Math.floor(random() * (source.length - 1));
    const taken = source.slice(at, at + 2).map((p) => (kind === 'edited' ? edit(p, model, random) : p));
    drafts[to]!.paragraphs.splice(1, 2, ...taken);
    copies.push({ from: nameOf(from), to: nameOf(to), kind, story });
  };
  const lone = Math.max(10, Math.round(n / 400));
  for (let c = 0; c < lone; c++) plant(pick(), pick(), c % 3 === 0 ? 'verbatim' : 'edited', null);
  const stories = Math.max(3, Math.round(n / 2000));
  for (let s = 0; s < stories; s++) {
    const wire = pick();
    const printings = 3 + Math.floor(random() * 5);
    for (let p = 0; p < printings; p++) plant(wire, pick(), p % 2 === 0 ? 'verbatim' : 'edited', s);
  }
  drafts.forEach((d, i) => {
    const path = join(dir, nameOf(i));
    if (i % 1000 === 0) mkdirSync(join(dir, nameOf(i).split('/')[0]!), { recursive: true });
    const body = [d.title, '', d.date, '', ...d.paragraphs.flatMap((p) => [p, '']), `https://www.outlet${d.outlet}.example/news/${i}`, ''];
    writeFileSync(path, body.join('\n'));
  });
  const planted: Planted = { articles: n, seed, copies };
  writeFileSync(truthPath, JSON.stringify(planted, null, 1));
  return planted;
}
