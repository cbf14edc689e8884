import { describe, expect, it } from 'vitest';
import { statedDate, urlDate } from '../../../../src/core/corpus/formats/stated-date';

describe('urlDate', () => {
  it.each([
    ['https://news.example/2019/10/19/floods-close-the-valley', '2019-10-19'],
    ['https://news.example/politics/2021-3-4-budget', '2021-03-04'],
    // the day first, when it cannot be a month
    ['https://zeitung.example/lokales/hochwasser-29-10-2021.html', '2021-10-29'],
    ['https://news.example/stories/13_01_2020/', '2020-01-13'],
    // both readings possible: no date rather than a guess
    ['https://news.example/stories/03-04-2021/', null],
    ['https://news.example/article/123456789', null],
    ['https://news.example/2021/13/40/not-a-date', null],
    [undefined, null],
  ])('%s -> %s', (url, iso) => {
    expect(urlDate(url)).toBe(iso);
  });
});

describe('statedDate, a date stored as local midnight in UTC', () => {
  it.each([
    ['2021-10-28T23:00:00Z', '2021-10-29'],
    ['2021-06-30T22:00:00.000Z', '2021-07-01'],
    ['2021-12-31T23:00:00+00:00', '2022-01-01'],
    // a real time of publishing stays as written
    ['2021-10-28T23:14:00Z', '2021-10-28T23:14'],
    ['2021-10-28T23:00:00+01:00', '2021-10-28T23:00'],
    ['2021-10-28T21:00:00Z', '2021-10-28T21:00'],
  ])('%s -> %s', (raw, iso) => {
    expect(statedDate(raw)?.iso).toBe(iso);
  });
});
