/**
 * A value the backend both pushes (events) and answers when asked (polls). Events arrive in the order
 * the backend wrote them; a poll's answer may have been written before an event that overtakes it, so
 * an answer is kept only when no event arrived while it was on its way. Without this, a 'building'
 * index status answered just before indexing ended, landing after the 'ready' event, would leave a
 * progress bar and its Cancel button up for good.
 */
import type { Result } from '../../../shared/result';

export class EventOrPoll<T> {
  private events = 0;

  constructor(private readonly apply: (value: T) => void) {}

  /** A value pushed by the backend: always the newest. */
  event(value: T): void {
    this.events++;
    this.apply(value);
  }

  /** Asks for the value; applies the answer unless an event made it stale. True when applied. */
  async poll(ask: () => Promise<Result<T>>): Promise<boolean> {
    const fresh = this.since();
    const answer = await ask();
    if (!answer.ok || !fresh()) return false;
    this.apply(answer.value);
    return true;
  }

  /**
   * For an answer the caller applies itself (a failure means something too): the returned check
   * is true while no event has arrived since this call.
   */
  since(): () => boolean {
    const seen = this.events;
    return () => seen === this.events;
  }
}
