import { describe, expect, it } from 'vitest';
import type { ParallaxMethods } from '../../../src/shared/api';
import { dispatch } from '../../../src/core/host/backend';

const calls: unknown[][] = [];
const backend = new Proxy({} as ParallaxMethods, {
  get: (_t, method) => async (...args: unknown[]) => {
    calls.push([method, ...args]);
    if (method === 'getCorpus') throw new Error('boom');
    return { ok: true, value: method };
  },
});

describe('dispatch', () => {
  it('runs a valid call', async () => {
    expect(await dispatch(backend, 'getArticle', ['a.txt'])).toEqual({ ok: true, value: 'getArticle' });
    expect(calls.at(-1)).toEqual(['getArticle', 'a.txt']);
  });

  it('refuses an invalid one before the backend sees it', async () => {
    const before = calls.length;
    expect(await dispatch(backend, 'getArticle', [{}])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(backend, 'hasOwnProperty', [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls.length).toBe(before);
  });

  it('turns a thrown error into a Result', async () => {
    expect(await dispatch(backend, 'getCorpus', [])).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });
});
