/** Messages between a host (Electron main, the browser host) and the workspace worker. */
import type { ParallaxMethods } from '../../shared/api';
import type { WorkspaceEvents } from '../workspace/workspace';

/** The API methods the workspace itself answers; the host answers the rest (dialogs, settings). */
export type CoreMethodName =
  | 'getCorpus'
  | 'openCorpus'
  | 'getArticle'
  | 'correctArticles'
  | 'exportCorrections'
  | 'importCorrections'
  | 'compare'
  | 'getAlignDefaults'
  | 'exportComparison'
  | 'search'
  | 'findInArticle'
  | 'getIndexStatus'
  | 'cancelIndexing'
  | 'resumeIndexing'
  | 'startReuse'
  | 'cancelReuse'
  | 'getReuse'
  | 'getStories'
  | 'getStory'
  | 'trackQuote'
  | 'getOutletGraph'
  | 'exportTable';

export type CoreMethods = Pick<ParallaxMethods, CoreMethodName>;

export interface WorkerInit {
  sampleDir: string;
  dataDir: string;
  watch: boolean;
}

export type HostToWorker = { type: 'call'; id: number; method: CoreMethodName; args: unknown[] };

export type WorkerToHost =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; channel: keyof WorkspaceEvents; payload: unknown };
