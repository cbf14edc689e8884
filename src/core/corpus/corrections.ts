/**
 * The user's corrections of titles, outlets and dates, kept in the app's data directory
 * (`corrections.json`) and keyed by the article's content, so they survive reopening, renames and
 * copies, and never touch the corpus folder. One store serves every folder.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Article, CorrectableField, Correction } from '../../shared/article';

/** A correction as saved: the fields set, and the file it was made on, for people reading the file. */
export interface SavedCorrection {
  title?: string;
  outlet?: string;
  date?: string;
  file?: string;
}

const FIELDS: readonly CorrectableField[] = ['title', 'outlet', 'date'];

/** The key of an article's content. */
export function contentKey(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, a real day. */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && (!m[4] || (Number(m[4]) < 24 && Number(m[5]) < 60));
}

export class CorrectionStore {
  private readonly entries = new Map<string, SavedCorrection>();
  private readonly path: string | null;
  private saving: Promise<void> = Promise.resolve();

  /** `dataDir` null keeps corrections in memory only (tests, a data directory that cannot be written). */
  constructor(dataDir: string | null) {
    this.path = dataDir === null ? null : join(dataDir, 'corrections.json');
  }

  async load(): Promise<this> {
    if (!this.path) return this;
    try {
      const saved = JSON.parse(await readFile(this.path, 'utf8')) as { entries?: Record<string, SavedCorrection> };
      for (const [key, entry] of Object.entries(saved.entries ?? {})) {
        const clean = cleaned(entry);
        if (clean) this.entries.set(key, clean);
      }
    } catch {
      // none yet, or damaged: corrections start empty rather than stop the folder opening
    }
    return this;
  }

  get(key: string): SavedCorrection | undefined {
    return this.entries.get(key);
  }

  /** How many contents carry a correction. */
  get size(): number {
    return this.entries.size;
  }

  /** Applies `changes` to the correction of the content `key`; null removes a field's correction. */
  change(key: string, changes: Correction, file: string): void {
    const entry: SavedCorrection = { ...this.entries.get(key) };
    for (const field of FIELDS) {
      const v = changes[field];
      if (v === undefined) continue;
      if (v === null || v.trim() === '') delete entry[field];
      else entry[field] = v.trim();
    }
    entry.file = file;
    if (FIELDS.some((f) => entry[f] !== undefined)) this.entries.set(key, entry);
    else this.entries.delete(key);
  }

  /** Writes the store; saves are serialized, and a failure is reported to the caller. */
  save(): Promise<void> {
    const path = this.path;
    if (!path) return Promise.resolve();
    const body = JSON.stringify({ version: 1, entries: Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) }, null, 1);
    this.saving = this.saving.catch(() => undefined).then(async () => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, body);
      await rename(temporary, path);
    });
    return this.saving;
  }
}

function cleaned(entry: unknown): SavedCorrection | null {
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as Record<string, unknown>;
  const out: SavedCorrection = {};
  if (typeof e.title === 'string' && e.title.trim()) out.title = e.title.trim();
  if (typeof e.outlet === 'string' && e.outlet.trim()) out.outlet = e.outlet.trim();
  if (typeof e.date === 'string' && isIsoDate(e.date)) out.date = e.date;
  if (typeof e.file === 'string') out.file = e.file;
  return FIELDS.some((f) => out[f] !== undefined) ? out : null;
}

/** Puts a saved correction over what was read; the fields it sets say "set by you". */
export function applyCorrection(article: Article, saved: SavedCorrection | undefined): void {
  delete article.corrected;
  if (!saved) return;
  const corrected: CorrectableField[] = [];
  if (saved.title) {
    article.title = saved.title;
    article.titleSource = 'user';
    corrected.push('title');
  }
  if (saved.outlet) {
    article.outlet = saved.outlet;
    article.outletSource = 'user';
    corrected.push('outlet');
  }
  if (saved.date) {
    article.date = saved.date;
    article.dateText = saved.date;
    article.dateSource = 'user';
    delete article.dateAmbiguous;
    corrected.push('date');
  }
  if (corrected.length > 0) article.corrected = corrected;
}
