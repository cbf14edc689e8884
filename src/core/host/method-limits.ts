/**
 * How many calls of one API method a host runs at once. Every call holds its answer in memory
 * until it is sent (a 10 MB article is tens of megabytes once copied from the worker and turned
 * into JSON), so a hundred concurrent `getArticle` calls held 2.5 GB; past the limit, calls wait
 * their turn holding nothing. The limit is per method, so a slow method (opening a folder) never
 * holds up a quick one (search).
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { isMethodName } from '../api/validate';

/** Calls of one method running at once: enough for a page's parallel requests, on two cores. */
export const CALLS_PER_METHOD = 4;

export class MethodLimits {
  private readonly limits = new Map<string, LimitFunction>();

  constructor(private readonly perMethod = CALLS_PER_METHOD) {}

  /**
   * Runs `work` for a call of `method` when fewer than the limit of that method's calls are
   * running; `work` should include sending the answer, so its memory is counted until released.
   * Unknown method names share one limit (they are refused at once anyway).
   */
  run<T>(method: unknown, work: () => Promise<T>): Promise<T> {
    const key = isMethodName(method) ? method : '';
    let limit = this.limits.get(key);
    if (!limit) this.limits.set(key, (limit = pLimit(this.perMethod)));
    return limit(work);
  }
}
