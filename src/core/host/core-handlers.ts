/** The workspace's answers to the core methods of ParallaxApi, each wrapped in a Result. */
import { toResult } from '../workspace/failure';
import type { Workspace } from '../workspace/workspace';
import type { CoreMethods } from './protocol';

/** Binds every core method to the workspace; `satisfies` keeps the table and the contract in step. */
export function coreHandlers(ws: Workspace) {
  return {
    getCorpus: () => toResult(() => ws.getCorpus()),
    openCorpus: (path) => toResult(() => ws.openCorpus(path)),
    getArticle: (id) => toResult(() => ws.getArticle(id)),
    correctArticles: (ids, changes) => toResult(() => ws.correctArticles(ids, changes)),
    exportCorrections: () => toResult(() => ws.exportCorrections()),
    importCorrections: (csv) => toResult(() => ws.importCorrections(csv)),
    compare: (a, b, options) => toResult(() => ws.compare(a, b, options)),
    getAlignDefaults: () => toResult(() => ws.getAlignDefaults()),
    exportComparison: (a, b, format, options) => toResult(() => ws.exportComparison(a, b, format, options)),
    search: (query) => toResult(() => ws.searchCorpus(query)),
    findInArticle: (id, text) => toResult(() => ws.findInArticle(id, text)),
    getIndexStatus: () => toResult(() => ws.getIndexStatus()),
    cancelIndexing: () => toResult(() => ws.cancelIndexing()),
    resumeIndexing: () => toResult(() => ws.resumeIndexing()),
    startReuse: () => toResult(() => ws.startReuse()),
    cancelReuse: () => toResult(() => ws.cancelReuse()),
    getReuse: () => toResult(() => ws.getReuse()),
    getStories: () => toResult(() => ws.getStories()),
    getStory: (id, text) => toResult(() => ws.getStory(id, text ?? undefined)),
    trackQuote: (text) => toResult(() => ws.trackQuote(text)),
    getOutletGraph: () => toResult(() => ws.getOutletGraph()),
    exportTable: (kind, format, id, text) => toResult(() => ws.exportTable(kind, format, id ?? undefined, text ?? undefined)),
  } satisfies CoreMethods;
}
