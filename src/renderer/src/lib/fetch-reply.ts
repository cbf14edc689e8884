/**
 * One call to the browser host: `POST /api/<method>` with the per-launch token, its reply read as
 * a Result. The same function runs on the page and in the reply worker (reply-worker.ts), which
 * is where the page sends its calls: a reply can be a 10 MB article, and reading one on the page
 * (its bytes, their decoding, the JSON) held the page for several tasks of a quarter of a second.
 */
import type { Result } from '../../../shared/result';

/** What a page opened from an earlier run of the browser host is told: its token is no longer valid. */
export const STALE_SESSION =
  'This page was opened from an earlier run of the Parallax browser host, which has since been restarted: ' +
  'each run has its own address. Open the address the host printed when it started ' +
  '(start it with `npm run serve -- <folder>` if it is not running).';

/** One call: the method, its arguments already as the request's JSON body, and the token. */
export interface ReplyRequest {
  method: string;
  body: string;
  token: string;
}

/** Calls the host and reads its reply; a failure of any kind is a Result, never a throw. */
export async function fetchReply({ method, body, token }: ReplyRequest): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parallax-token': token },
      body,
    });
    if (response.status === 401) return { ok: false, error: { code: 'stale-session', message: STALE_SESSION } };
    if (!response.ok) {
      return { ok: false, error: { code: 'internal', message: `${response.status} ${await response.text()}` } };
    }
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `The Parallax host is not reachable (${String(error)}).` } };
  }
}
