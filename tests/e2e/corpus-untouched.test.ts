import { describe, expect, inject, it } from 'vitest';
import { fingerprint } from './global-setup';
import { SEEDS } from './support/host';

// runs after every other end-to-end file (see last-sequencer.ts)
describe('the corpus folder', () => {
  it('is byte for byte unchanged after the whole end-to-end suite', () => {
    expect(fingerprint(SEEDS)).toBe(inject('seedsFingerprint'));
  });
});
