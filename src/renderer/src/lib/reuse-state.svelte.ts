/**
 * The folder's shared-text analysis as the window knows it: its progress, its report, and the links
 * of one article. The reuse view and the reader's "shares text with" panel read the same state, so
 * an analysis started in one shows its progress and result in the other.
 */
import type { ReuseProgress, ReuseReport } from '../../../shared/reuse';
import { api } from './api';
import { EventOrPoll } from './event-or-poll';

/**
 * Up to this many articles the analysis starts by itself when a view needs it: a few hundred pairs
 * take well under a second. Larger folders wait for the reader to ask, since the work is theirs to start.
 */
const AUTO_START_UP_TO = 100;

class ReuseState {
  progress = $state<ReuseProgress>({ state: 'idle', done: 0, total: 0 });
  report = $state<ReuseReport | null>(null);
  problem = $state<string | null>(null);
  private listening = false;
  /** Replies to start/cancel and the report's fetches lose to progress events that overtake them. */
  private readonly tracked = new EventOrPoll<ReuseProgress>((p) => (this.progress = p));
  private events = 0;

  /** Follows the backend's progress and picks up a report finished before this window asked. */
  private follow(): void {
    if (this.listening) return;
    this.listening = true;
    api.onReuseProgress((p) => {
      this.events++;
      this.tracked.event(p);
      // 'idle' again: the folder changed and the report with it
      if (p.state === 'idle') this.report = null;
      if (p.state === 'done') void this.load();
    });
    void this.load();
  }

  async load(): Promise<void> {
    const seen = this.events;
    const r = await api.getReuse();
    // a progress event since the question (the folder changed, a run began) makes the answer stale
    if (r.ok && seen === this.events) {
      this.report = r.value;
      if (r.value) this.progress = { state: 'done', done: r.value.pairsCompared, total: r.value.pairsCompared };
    }
  }

  async start(): Promise<void> {
    this.problem = null;
    let failed: string | null = null;
    const applied = await this.tracked.poll(async () => {
      const r = await api.startReuse();
      if (!r.ok) failed = r.error.message;
      return r;
    });
    this.problem = failed;
    if (applied && this.progress.state === 'done') await this.load();
  }

  /**
   * What a view showing the analysis calls whenever the folder changes: follows the backend, and
   * starts the analysis of a small folder nobody has analysed (or cancelled) yet.
   */
  async show(articles: number): Promise<void> {
    this.follow();
    if (this.progress.state === 'idle' && !this.report && articles > 1 && articles <= AUTO_START_UP_TO) await this.start();
  }

  async cancel(): Promise<void> {
    await this.tracked.poll(api.cancelReuse);
  }
}

export const reuse = new ReuseState();
