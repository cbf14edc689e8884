/**
 * The two knobs the compare view offers (minimum passage length, fuzziness) and the internal
 * thresholds they stand for. Fuzziness moves every similarity threshold together along one line,
 * from "near-verbatim copies only" (0) to "heavily edited or translated text" (1), so the user
 * turns one knob and the engine stays consistent with itself.
 */
import type { AlignOptions } from '../../shared/comparison';

/** The defaults: what the app, the CLI, the evaluation and the benchmarks use. */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minWords: 8,
  fuzziness: 0.5,
  paraphrase: true,
  lifted: true,
  granularity: 'word',
};

export interface AlignParams {
  minWords: number;
  /** A sentence pair is a seed at this cosine and Dice of their content words. */
  seedCos: number;
  seedDice: number;
  /** A passage's two spans as wholes must reach this cosine. */
  passageCos: number;
  /** Unmatched sentences a passage may bridge, and backward steps it tolerates. */
  gap: number;
  back: number;
  /** Largest change of diagonal (tokens) between two chained close copies. */
  drift: number;
  /** Seeds sharing this share of their word pairs are close copies. */
  strongCopy: number;
  /** A passage whose seeds share this share of word pairs on average is a close copy. */
  closeCopy: number;
  /** Seeds of a summary (one sentence condensing several) may be looser than passage seeds. */
  summaryCos: number;
  /** A neighbouring sentence joins a passage when this share of its content reappears. */
  extendCoverage: number;
  /** A seed is dropped when either of its sentences has a partner this many times better. */
  rivalry: number;
  /** Paraphrases: a single sentence pair at this cosine, anchored by a number or names. */
  paraphraseCos: number;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}

/** Complete options from partial ones, validated. */
export function resolveOptions(options: Partial<AlignOptions> = {}): AlignOptions {
  const merged = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  return {
    minWords: Math.max(1, Math.round(Number.isFinite(merged.minWords) ? merged.minWords : DEFAULT_ALIGN_OPTIONS.minWords)),
    fuzziness: clamp01(merged.fuzziness),
    paraphrase: Boolean(merged.paraphrase),
    lifted: Boolean(merged.lifted),
    granularity: merged.granularity === 'char' ? 'char' : 'word',
  };
}

/** Internal thresholds for a set of options. */
export function deriveParams(options: AlignOptions): AlignParams {
  const f = options.fuzziness;
  // At 0.5 the similarity thresholds are those of the best PAN 2014 system (cosine and Dice 0.33
  // for a seed, 0.34 for a passage). Each step of 0.5 in fuzziness doubles or halves them: 0 asks
  // for nearly the same words (0.66), 1 for a common core of content words (0.17). The gap a
  // passage may bridge is 6 sentences at 0.5 (that system used 4): validation of the whole
  // passage and the close-copy rules of the chaining keep wide gaps from gluing unrelated text.
  const k = 2 ** (1 - 2 * f);
  return {
    minWords: options.minWords,
    seedCos: 0.33 * k,
    seedDice: 0.33 * k,
    passageCos: 0.34 * k,
    gap: Math.round(12 * f),
    back: f > 0 ? 1 : 0,
    drift: 30,
    strongCopy: 0.7,
    closeCopy: 0.9,
    rivalry: 0.6,
    extendCoverage: Math.min(1, 0.5 * k),
    summaryCos: 0.22 * k,
    paraphraseCos: 0.1 * k,
  };
}
