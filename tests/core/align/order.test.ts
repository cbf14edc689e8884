import { describe, expect, it } from 'vitest';
import { movedFlags } from '../../../src/core/align/order';

const item = (aStart: number, bStart: number, weight = 10) => ({ aStart, bStart, weight });

describe('movedFlags', () => {
  it.each([
    ['nothing', [], []],
    ['one passage', [item(0, 0)], [false]],
    ['in order', [item(0, 5), item(10, 20), item(30, 40)], [false, false, false]],
    ['middle one moved to the end of B', [item(0, 0), item(10, 100), item(20, 10), item(30, 20)], [false, true, false, false]],
    ['two swapped: the lighter one is moved', [item(0, 50, 5), item(10, 0, 50)], [true, false]],
    ['last moved to the front of B', [item(0, 10), item(10, 20), item(20, 0)], [false, false, true]],
  ])('%s', (_name, items, expected) => {
    expect(movedFlags(items)).toEqual(expected);
  });
});
