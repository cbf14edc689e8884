/** A SearchPort that records what the workspace asks of it: the workspace's own tests need no index. */
import { basename } from 'node:path';
import type { IndexStatus } from '../../../src/shared/search';
import type { SearchPort } from '../../../src/core/workspace/ports';

export interface RecordingSearch extends SearchPort {
  calls: string[];
}

export function recordingSearch(): RecordingSearch {
  const status: IndexStatus = { state: 'ready', done: 0, total: 0, indexed: 0 };
  const calls: string[] = [];
  return {
    calls,
    prepare: async (root) => void calls.push(`prepare ${basename(root)}`),
    sync: async (corpus) => (calls.push(`sync ${corpus.articles.size}`), status),
    update: async (_corpus, changed, removed) => (calls.push(`update +${changed.join(',')} -${removed.join(',')}`), status),
    cancel: () => void calls.push('cancel'),
    status: () => status,
    onStatus: () => () => {},
    search: (query) => ({ query: query.text, hits: [], total: 0, millis: 0 }),
    findInArticle: () => [],
    quoteCandidates: () => null,
    close: async () => void calls.push('close'),
  };
}
