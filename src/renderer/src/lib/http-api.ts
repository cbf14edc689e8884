/**
 * ParallaxApi over HTTP, for the browser mode: requests are `POST /api/<method>` with the
 * per-launch token from the page's address, events arrive on one server-sent event stream; both
 * built from the one list of methods and events in `shared/api.ts`.
 */
import { EVENT_NAMES, METHOD_NAMES, subscriptionName, type EventName, type MethodName, type ParallaxApi, type ParallaxEvents } from '../../../shared/api';
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
    <K extends EventName>(channel: K) =>
    (listener: (payload: ParallaxEvents[K]) => void) => {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as ParallaxEvents[K]);
      source.addEventListener(channel, handler);
      return () => source?.removeEventListener(channel, handler);
    };

  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) api[method] = call(method);
  // the browser host sends no menu commands (there is no native menu): that channel stays quiet
  for (const channel of EVENT_NAMES) api[subscriptionName(channel)] = subscribe(channel);
  return api as unknown as ParallaxApi;
}
