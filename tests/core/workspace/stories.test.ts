import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReuseReport } from '../../../src/shared/reuse';
import { openCorpus, type Corpus } from '../../../src/core/corpus/corpus';
import { Comparer } from '../../../src/core/workspace/comparer';
import { ReuseRunner } from '../../../src/core/workspace/reuse-runner';
import { Stories } from '../../../src/core/workspace/stories';
import { STORY_FILES, WIRE, writeStoryFolder } from '../../fixtures/story-folder';

describe('Stories', () => {
  let dir: string;
  let corpus: Corpus;
  let report: ReuseReport;
  const comparer = new Comparer();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
    writeStoryFolder(dir);
    corpus = await openCorpus(dir);
    report = await new Promise<ReuseReport>((resolve) => {
      const runner = new ReuseRunner(comparer, (p) => p.state === 'done' && resolve(runner.report()!));
      runner.start(corpus);
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('groups the wire text and its printings into one story, the unrelated article apart', () => {
    const stories = new Stories(report, (id) => corpus.articles.get(id));
    const [story, ...rest] = stories.list();
    expect(rest).toEqual([]);
    expect(story).toMatchObject({ key: 'a-wire.txt', size: 4, outlets: 4, first: '2021-05-04', last: '2021-05-05' });
    // the gazette is undated: the wire text is the earliest dated, not certainly the first
    expect(story!.origin).toMatchObject({ id: 'a-wire.txt', basis: 'date' });
    expect(story!.origin.reason).toMatch(/^The earliest dated, on 4 May 2021; the next on 5 May 2021; 1 of the 4 articles is undated/);
    expect(stories.keyOf('e-other.txt')).toBeNull();
  });

  it('lists an article joined by its words as sharing no passage, and never names it the origin', () => {
    const alike = { ...report, alike: [{ a: 'e-other.txt', b: 'b-herald.txt', likeness: 0.42, terms: 7 }] };
    // dated before everyone: were it taken for a source of the text, it would be the origin
    const early = (id: string) => (id === 'e-other.txt' ? { ...corpus.articles.get(id)!, date: '2021-05-01' } : corpus.articles.get(id));
    const stories = new Stories(alike, early);
    const [story, ...rest] = stories.list();
    expect(rest).toEqual([]);
    expect(story).toMatchObject({ size: 5, first: '2021-05-01' });
    expect(story!.origin).toMatchObject({ id: 'a-wire.txt', basis: 'date' });
    expect(story!.origin.reason).toMatch(/The article joined by its words alone is left out: it shares no text\.$/);
    const drawn = stories.story(comparer, 'e-other.txt')!;
    expect(drawn.text).toBe('a-wire.txt');
    const other = drawn.members.find((m) => m.id === 'e-other.txt')!;
    expect(other).toMatchObject({ passages: 0, carries: 0, alike: { with: 'b-herald.txt', likeness: 0.42, terms: 7 } });
    expect(drawn.members.find((m) => m.id === 'b-herald.txt')!.alike).toBeUndefined();
  });

  it('draws every member against the origin, earliest first, with what it carries and adds', () => {
    const stories = new Stories(report, (id) => corpus.articles.get(id));
    const story = stories.story(comparer, 'c-courier.txt')!;
    expect(story.text).toBe('a-wire.txt');
    expect(story.members.map((m) => m.id)).toEqual(['a-wire.txt', 'b-herald.txt', 'c-courier.txt', 'd-gazette.txt']);
    const [wire, herald, courier, gazette] = story.members;
    expect(wire).toMatchObject({ carries: 1, adds: 0, lagDays: 0 });
    expect(herald!.lagDays).toBe(1);
    expect(gazette!.lagDays).toBeNull();
    const text = STORY_FILES['a-wire.txt']!;
    // the herald kept the first five paragraphs word for word: its strip covers them, and no more
    const covered = herald!.coverage.map((s) => text.slice(s.start, s.end)).join(' ');
    for (const p of WIRE.slice(0, 5)) expect(covered).toContain(p.slice(10, 60));
    expect(covered).not.toContain(WIRE[6]!.slice(0, 40));
    expect(herald!.carries).toBeGreaterThan(0.55);
    expect(herald!.carries).toBeLessThan(0.75);
    // two paragraphs of its own out of seven
    expect(herald!.adds).toBeGreaterThan(0.15);
    expect(herald!.adds).toBeLessThan(0.4);
    expect(courier!.carries).toBeGreaterThan(0.3);
    expect(gazette!.carries).toBeGreaterThan(0.15);
    expect(gazette!.carries).toBeLessThan(herald!.carries);
    for (const m of story.members) {
      for (const s of m.coverage) expect(s.start >= story.extent.start && s.end <= story.extent.end).toBe(true);
    }
  });

  it('draws the story against another member when asked, and refuses an article outside it', () => {
    const stories = new Stories(report, (id) => corpus.articles.get(id));
    const story = stories.story(comparer, 'a-wire.txt', 'd-gazette.txt')!;
    expect(story.text).toBe('d-gazette.txt');
    expect(story.members.find((m) => m.id === 'd-gazette.txt')).toMatchObject({ carries: 1 });
    expect(() => stories.story(comparer, 'a-wire.txt', 'e-other.txt')).toThrow(/not in the story/);
    expect(stories.story(comparer, 'e-other.txt')).toBeNull();
  });
});
