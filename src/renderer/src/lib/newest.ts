/**
 * The one place where a reply older than the state in hand is dropped. The corpus, the index
 * status and the reuse progress arrive two ways, as events and as replies (to getCorpus,
 * openCorpus, startReuse, ...), and over HTTP the two travel apart: a 'building' index status read
 * just before indexing ended could land after the 'ready' event and leave a progress bar up for
 * good. The backend stamps each such value with a version when it reads the state (see
 * shared/version.ts); whichever way a value comes, it is applied only when newer than the last.
 */
import type { Result } from '../../../shared/result';
import { isNewer } from '../../../shared/version';

export class Newest<T extends { version: number }> {
  private inHand: { version: number } | null = null;

  constructor(private readonly apply: (value: T) => void) {}

  /** Applies `value` (an event's payload, a reply's value) if it is newer than the one in hand. True when applied. */
  offer(value: T): boolean {
    if (!isNewer(value, this.inHand)) return false;
    this.inHand = value;
    this.apply(value);
    return true;
  }

  /** Asks for the value and offers the answer. True when applied. */
  async ask(request: () => Promise<Result<T>>): Promise<boolean> {
    const answer = await request();
    return answer.ok && this.offer(answer.value);
  }
}
