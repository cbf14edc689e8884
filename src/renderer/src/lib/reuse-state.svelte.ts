/**
 * The folder's shared-text analysis as the window knows it: its progress, its report, and the links
 * of one article. The reuse view and the reader's "shares text with" panel read the same state, so
 * an analysis started in one shows its progress and result in the other.
 */
import type { ReuseProgress, ReuseReport } from '../../../shared/reuse';
import type { Versioned } from '../../../shared/version';
import { api } from './api';
import { Newest } from './newest';

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
  /** Progress from events and from the replies to start and cancel: the newest wins. */
  private readonly tracked = new Newest<Versioned<ReuseProgress>>((p) => (this.progress = p));

  /** Follows the backend's progress and picks up a report finished before this window asked. */
  private follow(): void {
    if (this.listening) return;
    this.listening = true;
    api.onReuseProgress((p) => {
      if (!this.tracked.offer(p)) return;
      // 'idle' again: the folder changed and the report with it
      if (p.state === 'idle') this.report = null;
      if (p.state === 'done') void this.load();
    });
    void this.load();
  }

  async load(): Promise<void> {
    const r = await api.getReuse();
    // a report is the state 'done' as read with it: progress since (the folder changed, a run
    // began) is newer and drops it; no report leaves the report as events left it
    if (!r.ok || !r.value) return;
    const { pairsCompared, version } = r.value;
    if (this.tracked.offer({ state: 'done', done: pairsCompared, total: pairsCompared, version })) this.report = r.value;
  }

  async start(): Promise<void> {
    this.problem = null;
    const r = await api.startReuse();
    if (!r.ok) {
      this.problem = r.error.message;
      return;
    }
    if (this.tracked.offer(r.value) && this.progress.state === 'done') await this.load();
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
    await this.tracked.ask(api.cancelReuse);
  }
}

export const reuse = new ReuseState();
