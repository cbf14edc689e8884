import { describe, expect, it } from 'vitest';
import { LatestReply } from '../../../src/renderer/src/lib/latest-reply';

/** A request whose reply the test releases when it chooses. */
function deferred<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

describe('LatestReply', () => {
  it('applies a lone reply', async () => {
    const latest = new LatestReply();
    const applied: string[] = [];
    expect(await latest.send(async () => 'on', (v) => applied.push(v))).toBe(true);
    expect(applied).toEqual(['on']);
  });

  it.each([
    ['in order', [0, 1]],
    ['out of order', [1, 0]],
  ])('applies only the newest of two replies landing %s', async (_, order) => {
    const latest = new LatestReply();
    const applied: string[] = [];
    const replies = [deferred<string>(), deferred<string>()];
    const sent = [latest.send(() => replies[0]!.promise, (v) => applied.push(v)), latest.send(() => replies[1]!.promise, (v) => applied.push(v))];
    const values = ['first click: on', 'second click: off'];
    for (const i of order) {
      replies[i]!.release(values[i]!);
      await sent[i];
    }
    expect(applied).toEqual(['second click: off']);
    expect(await Promise.all(sent)).toEqual([false, true]);
  });

  it('lets a caller check by hand whether its request is still the newest', () => {
    const latest = new LatestReply();
    const first = latest.next();
    expect(first()).toBe(true);
    const second = latest.next();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });
});
