import { describe, expect, it } from 'vitest';
import { isNewer } from '../../src/shared/version';

describe('isNewer', () => {
  it.each([
    [{ version: 2 }, { version: 1 }, true],
    [{ version: 1 }, { version: 2 }, false],
    [{ version: 3 }, { version: 3 }, false],
    [{ version: 1 }, null, true],
    [{ version: 1 }, undefined, true],
  ])('%o against %o: %s', (candidate, inHand, expected) => {
    expect(isNewer(candidate, inHand)).toBe(expected);
  });
});
