/**
 * ParallaxApi over HTTP, for the browser mode: requests are `POST /api/<method>` with the
 * per-launch token from the page's address, events arrive on one server-sent event stream.
 */
import type { MethodName, ParallaxApi, ParallaxEvents } from '../../../shared/api';
import type { Result } from '../../../shared/result';

/** What a page opened from an earlier run of the browser host is told: its token is no longer valid. */
export const STALE_SESSION =
  'This page was opened from an earlier run of the Parallax browser host, which has since been restarted: ' +
  'each run has its own address. Open the address the host printed when it started ' +
  '(start it with `npm run serve -- <folder>` if it is not running).';

export function createHttpApi(token: string): ParallaxApi {
  const call =
    <K extends MethodName>(method: K) =>
    async (...args: unknown[]): Promise<Result<unknown>> => {
      try {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-parallax-token': token },
          body: JSON.stringify({ args }),
        });
        if (response.status === 401) return { ok: false, error: { code: 'stale-session', message: STALE_SESSION } };
        if (!response.ok) {
          return { ok: false, error: { code: 'internal', message: `${response.status} ${await response.text()}` } };
        }
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: `The Parallax host is not reachable (${String(error)}).` } };
      }
    };

  let source: EventSource | null = null;
  const subscribe =
    <K extends keyof ParallaxEvents>(channel: K) =>
    (listener: (payload: ParallaxEvents[K]) => void) => {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as ParallaxEvents[K]);
      source.addEventListener(channel, handler);
      return () => source?.removeEventListener(channel, handler);
    };

  const api = {
    getHostInfo: call('getHostInfo'),
    getCorpus: call('getCorpus'),
    openCorpus: call('openCorpus'),
    chooseCorpus: call('chooseCorpus'),
    getRecentFolders: call('getRecentFolders'),
    getPreferences: call('getPreferences'),
    setPreferences: call('setPreferences'),
    getArticle: call('getArticle'),
    correctArticles: call('correctArticles'),
    exportCorrections: call('exportCorrections'),
    importCorrections: call('importCorrections'),
    compare: call('compare'),
    getAlignDefaults: call('getAlignDefaults'),
    exportComparison: call('exportComparison'),
    search: call('search'),
    findInArticle: call('findInArticle'),
    getIndexStatus: call('getIndexStatus'),
    cancelIndexing: call('cancelIndexing'),
    resumeIndexing: call('resumeIndexing'),
    startReuse: call('startReuse'),
    cancelReuse: call('cancelReuse'),
    getReuse: call('getReuse'),
    getStories: call('getStories'),
    getStory: call('getStory'),
    trackQuote: call('trackQuote'),
    getOutletGraph: call('getOutletGraph'),
    exportTable: call('exportTable'),
    onIndexStatus: subscribe('indexStatus'),
    onReuseProgress: subscribe('reuseProgress'),
    onCorpusChanged: subscribe('corpusChanged'),
    onOpenProgress: subscribe('openProgress'),
    // menu commands come from Electron's native menu; the browser has none
    onCommand: () => () => {},
  };
  return api as ParallaxApi;
}
