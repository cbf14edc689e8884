import { describe, expect, it } from 'vitest';
import { Newest } from '../../../src/renderer/src/lib/newest';

const v = (name: string, version: number) => ({ name, version });

describe('Newest', () => {
  it('applies values in version order and drops one read before the value in hand', () => {
    const seen: string[] = [];
    const state = new Newest<{ name: string; version: number }>((x) => seen.push(x.name));
    expect(state.offer(v('building', 1))).toBe(true);
    expect(state.offer(v('ready', 3))).toBe(true);
    // a reply read at version 2 that lands after the event of version 3
    expect(state.offer(v('building again', 2))).toBe(false);
    expect(seen).toEqual(['building', 'ready']);
  });

  it('asks and offers the answer; a failure applies nothing', async () => {
    const seen: string[] = [];
    const state = new Newest<{ name: string; version: number }>((x) => seen.push(x.name));
    const late = state.ask(async () => ({ ok: true, value: v('reply', 5) }));
    state.offer(v('event', 6));
    expect(await late).toBe(false);
    expect(await state.ask(async () => ({ ok: false, error: { code: 'internal', message: 'x' } }))).toBe(false);
    expect(await state.ask(async () => ({ ok: true, value: v('later reply', 7) }))).toBe(true);
    expect(seen).toEqual(['event', 'later reply']);
  });
});
