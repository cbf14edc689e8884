import { describe, expect, it } from 'vitest';
import { WORKSPACE_METHODS } from '../../../src/shared/api';
import { coreHandlers, forwardEvents } from '../../../src/core/host/core-handlers';
import { versionStamp } from '../../../src/core/host/version-stamp';
import { ApiFailure } from '../../../src/core/workspace/failure';
import { Emitter } from '../../../src/core/workspace/events';
import type { Workspace, WorkspaceEvents } from '../../../src/core/workspace/workspace';

/** A workspace stand-in: every method answers its own name and arguments. */
function fakeWorkspace() {
  const events = new Emitter<WorkspaceEvents>();
  const ws = new Proxy({ events } as Record<string, unknown>, {
    get: (target, name) =>
      name in target
        ? target[name as string]
        : (...args: unknown[]) => {
            if (name === 'getArticle') throw new ApiFailure('not-found', 'no such article');
            if (name === 'getReuse') return null;
            return { method: name, args };
          },
  });
  return { ws: ws as unknown as Workspace, events };
}

describe('coreHandlers', () => {
  it('answers every workspace method with the workspace method of the same name', async () => {
    const { ws } = fakeWorkspace();
    const handlers = coreHandlers(ws, versionStamp(0)) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    expect(Object.keys(handlers).sort()).toEqual([...WORKSPACE_METHODS].sort());
    expect(await handlers.compare!('a', 'b')).toEqual({ ok: true, value: { method: 'compare', args: ['a', 'b'] } });
    expect(await handlers.getArticle!('x')).toEqual({ ok: false, error: { code: 'not-found', message: 'no such article' } });
  });

  it('stamps state that also arrives as events, from one rising counter shared with the events', async () => {
    const { ws, events } = fakeWorkspace();
    const stamp = versionStamp(10);
    const handlers = coreHandlers(ws, stamp);
    const sent: unknown[] = [];
    forwardEvents(ws, stamp, (channel, payload) => sent.push([channel, payload]));
    expect(await handlers.getIndexStatus()).toEqual({ ok: true, value: { method: 'getIndexStatus', args: [], version: 11 } });
    events.emit('openProgress', { done: 1, total: 2 });
    expect(sent).toEqual([['openProgress', { done: 1, total: 2, version: 12 }]]);
    expect(await handlers.startReuse()).toMatchObject({ value: { version: 13 } });
    // a missing report stays null; other answers carry no version
    expect(await handlers.getReuse()).toEqual({ ok: true, value: null });
    expect(await handlers.getStories()).toEqual({ ok: true, value: { method: 'getStories', args: [] } });
  });
});

describe('versionStamp', () => {
  it('counts up from its start, which is the clock by default (a restarted worker goes on above its predecessor)', () => {
    const stamp = versionStamp(5);
    expect([stamp({}).version, stamp({ a: 1 })]).toEqual([6, { a: 1, version: 7 }]);
    const before = Date.now() * 1000;
    expect(versionStamp()({}).version).toBeGreaterThan(before);
  });
});

describe('forwardEvents', () => {
  it('passes a payload that is not an object as it is (a version cannot be attached to it)', () => {
    const { ws, events } = fakeWorkspace();
    const sent: unknown[] = [];
    forwardEvents(ws, versionStamp(0), (channel, payload) => sent.push([channel, payload]));
    (events as unknown as { emit(c: string, p: unknown): void }).emit('indexStatus', 7);
    expect(sent).toEqual([['indexStatus', 7]]);
  });
});
