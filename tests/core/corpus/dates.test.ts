import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/corpus/dates';
import { dateLanguages } from '../../../src/core/corpus/formats/stated-date';

describe('dates written in other languages', () => {
  it.each([
    ['Veröffentlicht am 2. November 2021', ['de'], '2021-11-02'],
    ['19. Okt. 2019, 10:15 Uhr', ['de'], '2019-10-19T10:15'],
    ['Publié le 7 mai 2020', ['fr'], '2020-05-07'],
    ['14 gennaio 2020', 'any', '2020-01-14'],
    ['14 de enero de 2020', 'any', '2020-01-14'],
  ] as const)('%s', (line, languages, iso) => {
    expect(findDates(line, languages)[0]?.iso).toBe(iso);
  });

  it('reads month names of other languages only when asked: an English text keeps English dates', () => {
    expect(findDates('Published on 2 November 2021')[0]?.iso).toBe('2021-11-02');
    expect(findDates('le 7 mai 2020')).toEqual([]);
    expect(findDates('le 7 mai 2020', ['de'])).toEqual([]);
  });

  it('reads another language’s month only where it stands, and gives its place in the whole text', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(40)}( Pescasseroli, 14 Gennaio 2020 ) Sono almeno 9 le femmine.`;
    const [found] = findDates(text, 'any');
    expect(found).toMatchObject({ iso: '2020-01-14', text: '14 Gennaio 2020' });
    expect(text.slice(found!.index, found!.index + found!.text.length)).toBe('14 Gennaio 2020');
  });

  it('takes no date from a word for "now" or "today", which writes no year', () => {
    expect(findDates('Jetzt auch noch Cowboyboots: 2023 war ein Rekordjahr', ['de'])).toEqual([]);
  });

  it('keeps a time only when one is written, not a number chrono takes for an hour', () => {
    expect(findDates('2. Februar 2022 168 0', ['de'])[0]?.iso).toBe('2022-02-02');
    expect(findDates('16:54 01/03/00')[0]).toMatchObject({ readings: { dayFirst: '2000-03-01T16:54', monthFirst: '2000-01-03T16:54' } });
  });
});

describe('numeric dates with dots', () => {
  it.each([
    ['02.11.2021', '2021-11-02'],
    ['Datum: 03.11.2021', '2021-11-03'],
    ['26.01.22', '2022-01-26'],
  ])('%s is day first, as every language writing dates with dots has it', (line, iso) => {
    const [found] = findDates(line);
    expect(found?.iso).toBe(iso);
    expect(found?.readings).toBeUndefined();
  });

  it('leaves a slashed date that reads two ways to its folder', () => {
    expect(findDates('02/11/2021')[0]?.readings).toBeDefined();
  });
});

describe('the languages a date may be written in', () => {
  it.each([
    ['de-AT', ['de']],
    ['en-GB', []],
    [undefined, 'any'],
  ] as const)('%s', (lang, languages) => {
    expect(dateLanguages(lang)).toEqual(languages);
  });
});
