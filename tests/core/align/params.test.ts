import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS, resolveOptions } from '../../../src/core/align/index';
import { deriveParams } from '../../../src/core/align/params';

describe('options', () => {
  it.each([
    [{}, DEFAULT_ALIGN_OPTIONS],
    [{ fuzziness: 2 }, { ...DEFAULT_ALIGN_OPTIONS, fuzziness: 1 }],
    [{ fuzziness: -1 }, { ...DEFAULT_ALIGN_OPTIONS, fuzziness: 0 }],
    [{ fuzziness: Number.NaN }, { ...DEFAULT_ALIGN_OPTIONS, fuzziness: 0.5 }],
    [{ minWords: 0 }, { ...DEFAULT_ALIGN_OPTIONS, minWords: 1 }],
    [{ minWords: 7.6 }, { ...DEFAULT_ALIGN_OPTIONS, minWords: 8 }],
    [{ granularity: 'char' as const }, { ...DEFAULT_ALIGN_OPTIONS, granularity: 'char' }],
  ])('resolveOptions(%j)', (given, expected) => {
    expect(resolveOptions(given)).toEqual(expected);
  });

  it('fuzziness loosens every threshold together', () => {
    const tight = deriveParams(resolveOptions({ fuzziness: 0 }));
    const loose = deriveParams(resolveOptions({ fuzziness: 1 }));
    expect(tight.seedCos).toBeGreaterThan(loose.seedCos);
    expect(tight.passageCos).toBeGreaterThan(loose.passageCos);
    expect(tight.gap).toBeLessThan(loose.gap);
  });
});
