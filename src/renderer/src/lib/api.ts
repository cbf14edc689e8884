/**
 * The renderer's one way to the backend: Electron's `window.parallax` when the page runs in the
 * desktop app, the HTTP client when it runs in a browser against the local host.
 */
import type { ParallaxApi } from '../../../shared/api';
import { createHttpApi } from './http-api';

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

export const api: ParallaxApi = window.parallax ?? createHttpApi(tokenFromPage());
