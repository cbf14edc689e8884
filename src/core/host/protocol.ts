/**
 * Messages between a host (Electron main, the browser host) and the workspace worker: calls and
 * their Results, and the workspace's events, over the core's thread protocol (core/threads).
 */
import type { ParallaxMethods } from '../../shared/api';

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

/** One call of a core method, as the workspace worker receives it (core/threads/messages.ts). */
export interface WorkspaceRequest {
  method: CoreMethodName;
  args: unknown[];
}
