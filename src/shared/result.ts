/**
 * What every ParallaxApi method returns. Errors cross process boundaries as data, not as thrown
 * exceptions, because Electron's IPC keeps only an error's message and HTTP keeps nothing.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  /** Stable, machine-readable reason: the UI branches on it, tests assert on it. */
  code: ApiErrorCode;
  /** One sentence a person can read in the UI. */
  message: string;
}

export type ApiErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'no-corpus'
  | 'unreadable'
  | 'cancelled'
  | 'unsupported'
  /** What is asked needs work not done yet (the folder's shared-text analysis). */
  | 'not-ready'
  /** The browser host refused the page's token: the host was restarted since the page was opened. */
  | 'stale-session'
  | 'internal';
