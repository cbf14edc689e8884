/**
 * Windowing for long tables: of a table's rows, only those in or near the visible part of its
 * scrolling ancestor are rendered, between two spacer rows that keep the scrollbar honest. Rows
 * must be of one height (single-line cells); the height is measured from a rendered row. A row
 * that takes the focus is scrolled into view by the browser, which moves the window: tabbing
 * through the table reaches every row, since rows beyond the visible ones are rendered too.
 *
 * Measured on a folder of 20,000 articles, rendering every row of the library took seconds per
 * change; a window of about eighty rows takes a few milliseconds whatever the folder's size.
 */

/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 20;
/** Up to this many rows, all are rendered: cheap, and every row stays in the page (find in page, tests). */
const ALL_UP_TO = 200;

export class RowWindow {
  start = $state(0);
  end = $state(60);
  rowHeight = $state(34);
  private body: HTMLElement | null = null;
  private scroller: HTMLElement | null = null;
  /** Reactive: the bottom spacer's height follows it even when the window itself stays put. */
  private count = $state(0);
  /** Rows the table holds once all are in: more than `count` while a long list is still coming. */
  private total = 0;
  private frame = 0;

  /** Follows `body` (the table's tbody) inside its scrolling ancestor; returns the cleanup. */
  attach(body: HTMLElement): () => void {
    this.body = body;
    this.scroller = scrollingAncestor(body);
    const schedule = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.update());
    };
    const target: HTMLElement | Window = this.scroller ?? window;
    target.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    this.update();
    return () => {
      cancelAnimationFrame(this.frame);
      target.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      this.body = null;
    };
  }

  /**
   * Keeps the window on a table body, its row count and the rows it will hold (`total`, the count
   * unless more are coming), all read reactively, and the row height measured as rows render. Call
   * it while a component initializes: it sets up that component's effects.
   */
  follow(body: () => HTMLElement | null, count: () => number, total: () => number = count): void {
    $effect(() => {
      const el = body();
      return el ? this.attach(el) : undefined;
    });
    $effect(() => this.setCount(count(), total()));
    $effect(() => {
      void this.start;
      void this.end;
      this.measure();
    });
  }

  /** Sets the number of rows (a new filter, a new folder), and of those to come, and recomputes the window. */
  setCount(count: number, total = count): void {
    this.count = count;
    this.total = Math.max(count, total);
    this.update();
  }

  /** Heights of the spacer rows above and below the rendered rows. */
  get top(): number {
    return this.start * this.rowHeight;
  }

  get bottom(): number {
    return Math.max(0, this.count - this.end) * this.rowHeight;
  }

  /** Measures the row height from a rendered data row, once rows exist. */
  measure(): void {
    const row = this.body?.querySelector<HTMLElement>('tr[data-row]');
    const h = row?.getBoundingClientRect().height;
    if (h && Math.abs(h - this.rowHeight) > 0.5) {
      this.rowHeight = h;
      this.update();
    }
  }

  private update(): void {
    const body = this.body;
    if (!body) return;
    // a folder's first rows, the rest of a long listing on its way, are windowed already: all 200
    // of them rendered and laid out was most of the library's first paint at 20,000 articles
    if (this.total <= ALL_UP_TO) {
      if (this.start !== 0) this.start = 0;
      if (this.end !== this.count) this.end = this.count;
      return;
    }
    const view = this.scroller ? this.scroller.getBoundingClientRect() : { top: 0, height: window.innerHeight };
    const bodyTop = body.getBoundingClientRect().top - view.top;
    const first = Math.floor(-bodyTop / this.rowHeight);
    const last = Math.ceil((view.height - bodyTop) / this.rowHeight);
    const start = Math.max(0, Math.min(this.count, first - OVERSCAN));
    const end = Math.max(start, Math.min(this.count, last + OVERSCAN));
    if (start !== this.start) this.start = start;
    if (end !== this.end) this.end = end;
  }
}

function scrollingAncestor(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}
