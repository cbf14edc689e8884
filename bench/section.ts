/** One section of `npm run bench`: figures measured in this run, each beside its peer. */
import { findChromium } from '../tests/e2e/support/chromium';

export interface BenchRow {
  /** What was measured, e.g. "compare two 5,000-word articles". */
  what: string;
  /** Parallax's figure, formatted with its unit. */
  ours: string;
  /** The peer's figure from the same run, or the target when the issue names no peer. */
  peer: string;
  /** Who or what `peer` is ("MiniSearch 7", "jsdiff diffWords", "target"). */
  peerName: string;
  /** Optional remark: the target, data used, caveats. */
  note?: string;
}

export interface BenchSection {
  name: string;
  /** Whether the section's data is present (e.g. ../shared/data); a reason string when not. */
  available(): Promise<true | string>;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

/** `available()` of a section that drives a real Chromium: true, or why there is none. */
export async function chromiumAvailable(): Promise<true | string> {
  try {
    findChromium();
    return true;
  } catch (error) {
    return (error as Error).message;
  }
}
