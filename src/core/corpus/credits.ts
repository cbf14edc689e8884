/**
 * Outlets named in an article's own credits: a byline that names the agency or paper ("By Shenai
 * Raif, PA News", "By PA Reporter"), a source line ("Source: Reuters"), and the agency tag that opens
 * wire stories ("LONDON (Reuters) -"). Agencies' short names are spelled out as newsrooms know them
 * (PA is the Press Association). A job title after the comma ("By Jo Bloggs, Home Affairs
 * Editor") is not an outlet.
 */

/** Short names of agencies and papers, lower-cased, as their full names. */
const ALIASES: Record<string, string> = {
  pa: 'Press Association',
  'pa news': 'Press Association',
  'pa media': 'Press Association',
  'press association': 'Press Association',
  'the press association': 'Press Association',
  ap: 'Associated Press',
  'the associated press': 'Associated Press',
  'associated press': 'Associated Press',
  afp: 'Agence France-Presse',
  'agence france-presse': 'Agence France-Presse',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  bloomberg: 'Bloomberg',
  dpa: 'dpa',
  upi: 'UPI',
  ians: 'IANS',
  pti: 'PTI',
  ani: 'ANI',
  xinhua: 'Xinhua',
  tass: 'TASS',
  efe: 'EFE',
  ansa: 'ANSA',
  irna: 'IRNA',
  'anadolu agency': 'Anadolu Agency',
  aa: 'Anadolu Agency',
  kyodo: 'Kyodo News',
  yonhap: 'Yonhap',
  cnn: 'CNN',
  bbc: 'BBC',
  'bbc news': 'BBC News',
};

/** Words that make the part after a byline's comma an outlet ("Daily Mail", "PA News"). */
const OUTLET_WORD = /\b(?:news|press|agency|agence|wire|times|post|herald|guardian|telegraph|journal|tribune|gazette|mail|mirror|express|independent|observer|standard|chronicle|reuters|bloomberg|media)\b/i;
/** Words that make it a job title instead ("Political Correspondent"). */
const JOB_WORD = /\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|analyst|producer|chief|senior|in\s+\p{Lu})\b/iu;

/** The outlet a credit names, its short name spelled out; null when it names none. */
export function outletName(raw: string): string | null {
  const name = raw.replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > 50) return null;
  const alias = ALIASES[name.toLowerCase()];
  if (alias) return alias;
  return OUTLET_WORD.test(name) && !JOB_WORD.test(name) ? name : null;
}

/** A byline (without "By"), split into the person and the outlet it names. */
export interface Credit {
  outlet: string;
  /** The person credited, when the line names one. */
  person?: string;
}

const BYLINE = /^by\s+(.{2,80}?)[.]?$/i;
const SOURCE_LINE = /^(?:source|sources|quelle|fuente|via|credit|copyright|©)\s*[:-]?\s*(.{2,60}?)\.?$/i;
const REPORTER = /^(pa|ap|afp|reuters|bloomberg|dpa)(?:\s+news)?\s+(?:reporter|staff|correspondent)s?$/i;

/** The outlet a byline or a source line names ("By X, PA News", "Source: Reuters"), or null. */
export function creditOf(line: string): Credit | null {
  const words = line.replace(/\s+/g, ' ').trim();
  const byline = BYLINE.exec(words);
  if (byline) {
    const body = byline[1]!;
    const reporter = REPORTER.exec(body);
    if (reporter) return { outlet: ALIASES[reporter[1]!.toLowerCase()]! };
    const comma = body.lastIndexOf(',');
    const tail = comma >= 0 ? body.slice(comma + 1) : body.split(/\s+(?:for|of|at)\s+/i)[1];
    const outlet = tail ? outletName(tail) : null;
    if (!outlet) return null;
    const person = comma >= 0 ? body.slice(0, comma).trim() : body.split(/\s+(?:for|of|at)\s+/i)[0]!.trim();
    return { outlet, ...(person ? { person } : {}) };
  }
  const source = SOURCE_LINE.exec(words);
  if (source) {
    const outlet = outletName(source[1]!);
    return outlet ? { outlet } : null;
  }
  return null;
}

const AGENCY_TAG = /^[^()\n]{0,60}?\(([A-Za-z][A-Za-z .&-]{1,30})\)\s*[-–—]/;

/** The agency tag that opens a wire story ("LONDON (Reuters) - ..."), spelled out, or null. */
export function agencyTag(opening: string): string | null {
  const m = AGENCY_TAG.exec(opening);
  if (!m) return null;
  return ALIASES[m[1]!.trim().toLowerCase()] ?? null;
}
