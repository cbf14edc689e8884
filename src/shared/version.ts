/**
 * Versions of the state the backend both pushes (events) and answers when asked (replies): the
 * corpus, the index status, the reuse progress. Over HTTP a reply and an event travel apart (a
 * fetch and a server-sent event stream), so a reply read before an event may land after it; the
 * backend stamps every such value from one rising counter at the moment it reads the state, and
 * the renderer keeps a value only when it is newer than the one in hand.
 */

/** A value as the backend read it at one moment: a higher version was read later. */
export type Versioned<T> = T & { version: number };

/** Whether `candidate` was read after `inHand` (anything is newer than nothing). */
export function isNewer(candidate: { version: number }, inHand: { version: number } | null | undefined): boolean {
  return inHand == null || candidate.version > inHand.version;
}
