/**
 * The renderer's one way to the backend: Electron's `window.parallax` when the page runs in the
 * desktop app, the HTTP client when it runs in a browser against the local host.
 */
import type { ParallaxApi } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import type { ReplyRequest } from './fetch-reply';
import { createHttpApi } from './http-api';
import { replyChannel, type ReplyAnswer, type ReplyPiece } from './reply-channel';

declare global {
  interface Window {
    parallax?: ParallaxApi;
  }
}

function tokenFromPage(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem('parallax-token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('parallax-token') ?? '';
}

/** Calls made by the reply worker, so that a long reply is read and parsed off the page. */
function sendThroughWorker(): (request: ReplyRequest) => Promise<Result<unknown>> {
  const worker = new Worker(new URL('./reply-worker.ts', import.meta.url), { type: 'module', name: 'parallax-replies' });
  const channel = replyChannel((message) => worker.postMessage(message));
  worker.onmessage = (event: MessageEvent<ReplyAnswer | ReplyPiece>) => channel.answer(event.data);
  worker.onerror = () => channel.fail();
  return channel.send;
}

export const api: ParallaxApi = window.parallax ?? createHttpApi(tokenFromPage(), sendThroughWorker());
