import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openCorpus } from '../../../../src/core/corpus/corpus';

const loaded = vi.hoisted(() => new Set<string>());
vi.mock('unpdf', () => {
  loaded.add('unpdf');
  return {};
});
vi.mock('mammoth', () => {
  loaded.add('mammoth');
  return { default: {} };
});

describe('format readers', () => {
  it('are loaded only for files of their kind: a folder of text and pages never loads pdf.js or mammoth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-lazy-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'A headline\n\nSomething happened in the town today.');
      writeFileSync(join(dir, 'b.html'), '<html><body><article><h1>Pier reopens</h1><p>The pier reopened on Friday after eighteen months of repairs to its iron legs and deck.</p></article></body></html>');
      const corpus = await openCorpus(dir, { extract: 'here' });
      expect(corpus.articles.size).toBe(2);
      expect([...loaded]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
