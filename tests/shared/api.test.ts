import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, EVENTS, METHOD_NAMES, METHODS, subscriptionName, WORKSPACE_EVENTS, WORKSPACE_METHODS } from '../../src/shared/api';

describe('subscriptionName', () => {
  it.each([
    ['indexStatus', 'onIndexStatus'],
    ['reuseProgress', 'onReuseProgress'],
    ['corpusChanged', 'onCorpusChanged'],
    ['openProgress', 'onOpenProgress'],
    ['command', 'onCommand'],
  ] as const)('%s subscribes as %s', (channel, name) => {
    expect(subscriptionName(channel)).toBe(name);
  });
});

describe('the method and event lists', () => {
  it('name every method and event once', () => {
    expect(METHOD_NAMES).toEqual(Object.keys(METHODS));
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect(EVENT_NAMES).toEqual(Object.keys(EVENTS));
  });

  it('split them between the workspace and the host', () => {
    expect(WORKSPACE_METHODS).toContain('compare');
    expect(WORKSPACE_METHODS).not.toContain('chooseCorpus');
    expect(WORKSPACE_METHODS.length).toBeLessThan(METHOD_NAMES.length);
    expect(WORKSPACE_EVENTS).toEqual(expect.arrayContaining(['indexStatus', 'reuseProgress', 'corpusChanged', 'openProgress']));
    expect(WORKSPACE_EVENTS).not.toContain('command');
  });
});
