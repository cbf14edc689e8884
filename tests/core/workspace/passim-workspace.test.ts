import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/core/workspace/workspace';
import { recordingSearch } from './fake-search';
import { writePassimOutput } from '../../fixtures/passim-output';
import { writeStoryFolder } from '../../fixtures/story-folder';

describe("passim's output beside the folder", () => {
  let root: string;
  let ws: Workspace;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'parallax-passim-ws-'));
    mkdirSync(join(root, 'news'));
    writeStoryFolder(join(root, 'news'));
    writePassimOutput(join(root, 'news.passim', 'out.json'));
    ws = new Workspace({ sampleDir: resolve(import.meta.dirname, '../../../seeds'), createSearch: recordingSearch });
    await ws.openCorpus(join(root, 'news'));
  });
  afterAll(async () => {
    await ws.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('fills the reuse report and the story view from its clusters instead of Parallax\'s run', async () => {
    const progress = await ws.startReuse();
    expect(progress).toMatchObject({ state: 'done', message: 'Read from passim' });
    const report = ws.getReuse()!;
    expect(report.source).toBe('passim');
    // the gazette printed wire paragraphs 2 and 4 word for word, the courier edited two of its own
    expect(report.links.map((l) => `${l.a} ${l.b}`)).toContain('a-wire.txt d-gazette.txt');
    const story = ws.getStory('b-herald.txt')!;
    expect(story.origin).toMatchObject({ id: 'a-wire.txt', basis: 'date' });
    const herald = story.members.find((m) => m.id === 'b-herald.txt')!;
    expect(herald.carries).toBeGreaterThan(0.5);
    // the folder was never written to: the output stays beside it
    expect(ws.getCorpus().head.ids).toHaveLength(5);
  });
});
