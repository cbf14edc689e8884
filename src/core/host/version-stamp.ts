/**
 * The workspace's versions (see shared/version.ts): one rising counter that stamps every corpus,
 * index status and reuse progress as it leaves the workspace, in a reply or an event alike.
 */
import type { Versioned } from '../../shared/version';

/** Stamps a value with the next version. */
export type Stamp = <T extends object>(value: T) => Versioned<T>;

/**
 * A counter starting from the clock, in thousandths of a millisecond: a worker that restarts after
 * a crash goes on above the versions its predecessor handed out (unless that one stamped more than
 * a thousand values per millisecond of its life), so the window does not ignore the new worker's
 * state as older than what it holds.
 */
export function versionStamp(start = Date.now() * 1000): Stamp {
  let version = start;
  return (value) => ({ ...value, version: ++version });
}
