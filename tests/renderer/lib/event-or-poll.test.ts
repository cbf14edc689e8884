import { describe, expect, it } from 'vitest';
import { EventOrPoll } from '../../../src/renderer/src/lib/event-or-poll';
import type { Result } from '../../../src/shared/result';

function deferred<T>() {
  let resolve!: (value: Result<T>) => void;
  const promise = new Promise<Result<T>>((r) => (resolve = r));
  return { promise, resolve };
}

describe('EventOrPoll', () => {
  it('keeps the event when a poll answered before it lands after it', async () => {
    const seen: string[] = [];
    const state = new EventOrPoll<string>((v) => seen.push(v));
    const answer = deferred<string>();
    const polled = state.poll(() => answer.promise);
    state.event('ready');
    answer.resolve({ ok: true, value: 'building' });
    expect(await polled).toBe(false);
    expect(seen).toEqual(['ready']);
  });

  it('applies a poll answer when no event arrived meanwhile', async () => {
    const seen: string[] = [];
    const state = new EventOrPoll<string>((v) => seen.push(v));
    state.event('building');
    expect(await state.poll(async () => ({ ok: true, value: 'ready' }))).toBe(true);
    expect(seen).toEqual(['building', 'ready']);
  });

  it('ignores a failed poll', async () => {
    const seen: string[] = [];
    const state = new EventOrPoll<string>((v) => seen.push(v));
    const failed = await state.poll(async () => ({ ok: false, error: { code: 'no-corpus', message: 'none' } }));
    expect(failed).toBe(false);
    expect(seen).toEqual([]);
  });

  it('tells a caller applying its own answer whether an event came since it asked', () => {
    const state = new EventOrPoll<string>(() => {});
    const fresh = state.since();
    expect(fresh()).toBe(true);
    state.event('another folder');
    expect(fresh()).toBe(false);
    expect(state.since()()).toBe(true);
  });
});
