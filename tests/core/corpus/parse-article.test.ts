import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/corpus/parse-article';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../../seeds', name), 'utf8');

describe('metadata of the sample corpus', () => {
  it.each([
    {
      file: '000_86c065115a1fa003.txt',
      title: 'Iraqi Resistance Groups Warn of Action if US Presence and Political Pressure Persist',
      titleSource: 'first-line',
      outlet: null,
      date: '2026-02-26',
    },
    {
      file: '001_74c4f560c382ad0f.txt',
      title: 'Iraqi resistance groups agree to resume operations against American forces',
      titleSource: 'heading',
      outlet: 'Radio Habana Cuba',
      date: null,
    },
    {
      file: '002_d0548fe1a3bec1cc.txt',
      title: 'Iraqi Resistance Vows To Expel All Remaining US Forces From The Country',
      titleSource: 'first-line',
      outlet: 'thecradle.co',
      date: null,
    },
    {
      file: '003_d2ce4ca12b793fba.txt',
      title: "Iraq’s anti-terror resistance groups say Washington's approval of Baghdad's request for…",
      titleSource: 'first-sentence',
      outlet: null,
      date: null,
    },
    {
      file: '004_a3bff82c688751b7.txt',
      title: 'Iraq resistance: ‘We will not accept foreign soldiers in Iraq’',
      titleSource: 'first-line',
      outlet: null,
      date: '2021-07-24T13:04',
    },
  ])('$file', ({ file, title, titleSource, outlet, date }) => {
    const a = parseArticle(seed(file), file);
    expect({ title: a.title, titleSource: a.titleSource, outlet: a.outlet, date: a.date }).toEqual({
      title,
      titleSource,
      outlet,
      date,
    });
  });

  it('keeps the date as written next to the normalized one', () => {
    expect(parseArticle(seed('004_a3bff82c688751b7.txt'), 'x.txt').dateText).toBe('July 24, 2021 at 1:04 pm');
  });
});

describe('page debris is set aside', () => {
  const kinds = (file: string) => {
    const text = seed(file);
    return parseArticle(text, file).blocks.map((b) => [b.kind, text.slice(b.start, b.end)] as const);
  };
  const kindOf = (file: string, startsWith: string) => kinds(file).find(([, t]) => t.startsWith(startsWith))?.[0];

  it.each([
    ['001_74c4f560c382ad0f.txt', '*Image not found', 'debris'],
    ['001_74c4f560c382ad0f.txt', 'In this photo', 'caption'],
    ['001_74c4f560c382ad0f.txt', '**parade marking', 'caption'],
    ['001_74c4f560c382ad0f.txt', '<https://www.radiohc.cu', 'link'],
    ['001_74c4f560c382ad0f.txt', '**Radio Habana Cuba**', 'outlet'],
    ['001_74c4f560c382ad0f.txt', '---', 'debris'],
    ['002_d0548fe1a3bec1cc.txt', 'US troops in southern Mosul', 'caption'],
    ['002_d0548fe1a3bec1cc.txt', 'Read More', 'link'],
    ['002_d0548fe1a3bec1cc.txt', 'Leave a Reply', 'debris'],
    ['004_a3bff82c688751b7.txt', 'Creating new perspectives since 2009', 'tagline'],
    ['004_a3bff82c688751b7.txt', 'READ: Teen social media', 'link'],
    ['004_a3bff82c688751b7.txt', 'Coalition soldiers fly', 'caption'],
    ['004_a3bff82c688751b7.txt', 'July 24, 2021', 'dateline'],
    ['000_86c065115a1fa003.txt', 'By Staff, Agencies', 'byline'],
    ['000_86c065115a1fa003.txt', 'date 2026-02-26', 'dateline'],
    ['003_d2ce4ca12b793fba.txt', 'There are roughly 2,500', 'paragraph'],
  ])('%s: "%s" is %s', (file, start, kind) => {
    expect(kindOf(file, start)).toBe(kind);
  });

  it('hides Markdown markup but keeps offsets into the file', () => {
    const text = seed('001_74c4f560c382ad0f.txt');
    const title = parseArticle(text, 'x.txt').blocks.find((b) => b.kind === 'title')!;
    expect(title.markup?.map((m) => text.slice(m.start, m.end))).toEqual(['# *', '*']);
  });

  it('cuts blocks that slice back to trimmed, non-empty text', () => {
    for (const file of ['000_86c065115a1fa003.txt', '003_d2ce4ca12b793fba.txt']) {
      const text = seed(file);
      for (const b of parseArticle(text, file).blocks) {
        const s = text.slice(b.start, b.end);
        expect(s.length).toBeGreaterThan(0);
        expect(s.trim()).toBe(s);
      }
    }
  });
});

describe('pages the seeds do not show', () => {
  it.each([
    ['hard-wrapped paragraphs join', 'a.txt', 'Title here\n\nOne line\ncontinues here.\n\nNext para.', 3],
    ['one paragraph per line without blank lines', 'a.txt', 'Title\nFirst para.\nSecond para.', 3],
    ['Markdown joins consecutive lines', 'a.md', 'Title\n\nFirst line\nsame para.', 2],
    ['Markdown list items stand alone', 'a.md', '# T\n\n- one\n- two\n', 3],
  ])('%s', (_name, file, text, blocks) => {
    expect(parseArticle(text, file).blocks).toHaveLength(blocks);
  });

  it('never invents a year', () => {
    expect(parseArticle('Headline\n\nBaghdad, August 26 (RHC) -- Troops left.', 'a.txt').date).toBeNull();
  });

  it('takes the title from the file name when the page has no words', () => {
    expect(parseArticle('---\n\n![](x.png)\n', 'reports/ap_story-2024.md').title).toBe('ap story 2024');
  });
});

describe('dates as written', () => {
  it.each([
    ['date 2026-02-26 Headline here', '2026-02-26'],
    ['July 24, 2021 at 1:04 pm', '2021-07-24T13:04'],
    ['Published: 12/03/2024 14:00', '2024-12-03T14:00'],
    ['3 March 2024', '2024-03-03'],
    ['Sept. 5, 2019', '2019-09-05'],
    ['Updated on 2023-11-05T08:30', '2023-11-05T08:30'],
  ])('%s', async (line, iso) => {
    const { findDates } = await import('../../../src/core/corpus/dates');
    expect(findDates(line)[0]?.iso).toBe(iso);
  });

  it.each(['US trade gap hits record in 2004', 'Friday', 'August 26 (RHC)', 'Singapore growth at 8.1% in 2004'])('no full date in "%s"', async (line) => {
    const { findDates } = await import('../../../src/core/corpus/dates');
    expect(findDates(line)).toEqual([]);
  });
});

describe('lines that only look like dates', () => {
  it.each(["Gadget market 'to grow in 2005'", 'Mayor elected in 1998', 'Junior doctors strike, 2024 pay row'])('"%s" holds no full date', async (line) => {
    const { findDates } = await import('../../../src/core/corpus/dates');
    expect(findDates(line)).toEqual([]);
  });
});

describe('an outlet named at the close', () => {
  const prose = 'The ministry said the talks would resume next week in the capital, officials confirmed.';
  it('is read after the article’s last paragraph of prose', () => {
    const article = parseArticle(`Talks to resume\n\n${prose}\n\n${prose}\n\nRadio Habana Cuba\n`, 'talks.txt');
    expect(article).toMatchObject({ outlet: 'Radio Habana Cuba', outletSource: 'text' });
  });

  it.each([
    ['a team sheet', 'Esson, Hart, Anderson, Diamond, Byrne (Morrison 75), McNaughton.\n\nByrne 33.\n\n8,661\n\nK Clark'],
    ['a list of nominees', 'Little Britain (BBC Three)\n\nDoc Martin (Buffalo Productions, ITV1)\n\nThe Simpsons (Twentieth Century Fox, BBC Two)\n\nSchool Of Rock'],
  ])('is not the last line of %s', (_what, tail) => {
    const article = parseArticle(`Results\n\n${prose}\n\n${tail}\n`, 'results.txt');
    expect(article.outlet).toBeNull();
  });
});

describe('a byline under a wire copy’s header lines', () => {
  it('is read past the separators and blank lines that open the copy', () => {
    const rule = '-'.repeat(72);
    const header = `  ${rule}\n\n  ${rule}\n\n  ${rule}\n\n            11:44 17/04/00: Page 1 (HHH) COURTS Harbour\n  ${rule}\n\n  ${rule}\n`;
    const notes = '(Corrected repetition: correcting the place in the third par.)\n\n(ATTENTION NEWS EDITORS: the hearing resumes on Monday.)\n\n';
    const body = 'A man accused of sinking a ferry appeared before a judge today, the court heard.\n\n'.repeat(6);
    const article = parseArticle(`${header}${notes}HARBOUR MAN IN COURT\n\nBy Dave Higgens, PA News\n\n${body}end\n`, 'harbour1.txt');
    expect(article).toMatchObject({ outlet: 'Press Association' });
  });
});
