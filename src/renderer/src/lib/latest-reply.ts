/**
 * Requests whose replies may land out of order, or after a newer request has changed what the user
 * sees: only the reply to the newest request is applied. Without this, the reply to a first click on
 * a toggle, landing after a second click, switched the toggle back until the second reply came in,
 * and a slow search could overwrite the results of the query typed after it.
 *
 * This orders the window's own requests (a query, an article, a saved preference), which the
 * backend's versions cannot: nothing in the backend changed between two searches, so both answers
 * carry the same state. State the backend pushes as well is ordered by its version (`Newest`).
 */
export class LatestReply {
  private issued = 0;

  /** Marks a new request; the returned check is true while no newer request has been made. */
  next(): () => boolean {
    const ticket = ++this.issued;
    return () => ticket === this.issued;
  }

  /** Sends a request and applies its reply only if it is still the newest. True when applied. */
  async send<T>(request: () => Promise<T>, apply: (reply: T) => void): Promise<boolean> {
    const current = this.next();
    const reply = await request();
    if (!current()) return false;
    apply(reply);
    return true;
  }
}
