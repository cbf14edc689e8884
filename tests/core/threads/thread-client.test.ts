import { afterEach, describe, expect, it } from 'vitest';
import { ThreadCallError, ThreadExitError } from '../../../src/core/threads/messages';
import { spawnWorker } from '../../../src/core/threads/spawn-worker';
import { ThreadClient } from '../../../src/core/threads/thread-client';
import type { TestRequest } from './test-worker';

describe('ThreadClient with serveThread', () => {
  const clients: ThreadClient<TestRequest, unknown, number>[] = [];
  const start = (handlers = {}) => {
    const client = new ThreadClient<TestRequest, unknown, number>(spawnWorker(import.meta.url, 'test-worker'), 'test worker', handlers);
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.terminate()));
  });

  it('answers calls made at once each with its own result, and reports progress on the call that asked', async () => {
    const client = start();
    const reports: number[] = [];
    const [a, b, n] = await Promise.all([
      client.call({ kind: 'echo', value: 'a' }),
      client.call({ kind: 'echo', value: { b: [1, 2] } }),
      client.call({ kind: 'count', n: 3 }, { onProgress: (p) => reports.push(p) }),
    ]);
    expect([a, b, n]).toEqual(['a', { b: [1, 2] }, 3]);
    expect(reports).toEqual([1, 2, 3]);
    expect(client.waitingCalls).toBe(0);
  });

  it('rejects a call whose handler threw with its message, and keeps serving', async () => {
    const client = start();
    await expect(client.call({ kind: 'throw', message: 'no such shard' })).rejects.toEqual(new ThreadCallError('no such shard'));
    expect(await client.call({ kind: 'echo', value: 1 })).toBe(1);
  });

  it('passes events to onEvent', async () => {
    const events: [string, unknown][] = [];
    const client = start({ onEvent: (channel: string, payload: unknown) => events.push([channel, payload]) });
    await client.call({ kind: 'emit', channel: 'indexStatus', payload: { state: 'ready' } });
    expect(events).toEqual([['indexStatus', { state: 'ready' }]]);
  });

  it('rejects every waiting call when the worker stops, then tells the owner', async () => {
    const exits: number[] = [];
    const client = start({ onExit: (code: number) => exits.push(code) });
    const waiting = client.call({ kind: 'hang' });
    const exiting = client.call({ kind: 'exit', code: 3 });
    await expect(waiting).rejects.toBeInstanceOf(ThreadExitError);
    await expect(exiting).rejects.toThrow('test worker stopped (exit code 3)');
    expect(exits).toEqual([3]);
    expect(client.exited).toBe(true);
    await expect(client.call({ kind: 'echo', value: 1 })).rejects.toBeInstanceOf(ThreadExitError);
  });
});
