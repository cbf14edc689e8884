/**
 * ParallaxApi over HTTP, for the browser mode: requests are `POST /api/<method>` with the
 * per-launch token from the page's address, events arrive on one server-sent event stream; both
 * built from the one list of methods and events in `shared/api.ts`.
 */
import { EVENT_NAMES, METHOD_NAMES, subscriptionName, type EventName, type MethodName, type ParallaxApi, type ParallaxEvents } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { fetchReply, type ReplyRequest } from './fetch-reply';

export { STALE_SESSION } from './fetch-reply';

/**
 * The API over the host at this page's origin. `send` makes one call: on the page by default; the
 * app passes the reply worker's (reply-channel.ts), which keeps long replies off the page.
 */
export function createHttpApi(token: string, send: (request: ReplyRequest) => Promise<Result<unknown>> = fetchReply): ParallaxApi {
  let source: EventSource | null = null;
  /** Settles once the event stream is connected (or could not be): see `call`. */
  let connected: Promise<void> = Promise.resolve();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  const call =
    <K extends MethodName>(method: K) =>
    async (...args: unknown[]): Promise<Result<unknown>> => {
      // A reply is read after the event stream is connected: a change made between the two is then
      // an event this page receives, and the versions order the reply and the event. (The host
      // used to send the whole folder listing to every stream that connected instead: megabytes
      // for a large folder, read a second time on every page load.)
      await connected;
      return send({ method, body: JSON.stringify({ args }), token });
    };

  /** Tells the listeners of `channel`, as an event would. */
  const tell = <K extends EventName>(channel: K, payload: ParallaxEvents[K]) => {
    for (const listener of listeners.get(channel) ?? []) (listener as (p: ParallaxEvents[K]) => void)(payload);
  };

  function connect(): EventSource {
    const stream = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    let first = true;
    connected = new Promise((resolve) => {
      stream.addEventListener('open', () => resolve(), { once: true });
      stream.addEventListener('error', () => resolve(), { once: true });
    });
    stream.addEventListener('open', () => {
      if (first) {
        first = false;
        return;
      }
      // connected again after the host was out of reach: what changed meanwhile was never sent
      void call('getCorpus')().then((r) => r.ok && tell('corpusChanged', r.value as ParallaxEvents['corpusChanged']));
      void call('getIndexStatus')().then((r) => r.ok && tell('indexStatus', r.value as ParallaxEvents['indexStatus']));
    });
    return stream;
  }

  const subscribe =
    <K extends EventName>(channel: K) =>
    (listener: (payload: ParallaxEvents[K]) => void) => {
      source ??= connect();
      let set = listeners.get(channel);
      if (!set) {
        listeners.set(channel, (set = new Set()));
        source.addEventListener(channel, (event) => tell(channel, JSON.parse((event as MessageEvent).data as string) as ParallaxEvents[K]));
      }
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    };

  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) api[method] = call(method);
  // the browser host sends no menu commands (there is no native menu): that channel stays quiet
  for (const channel of EVENT_NAMES) api[subscriptionName(channel)] = subscribe(channel);
  return api as unknown as ParallaxApi;
}
