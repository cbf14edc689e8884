/**
 * The two columns as boxes on screen: where each passage sits in each column, how far each column
 * is scrolled, and the synchronized scrolling between them. Positions are measured once per
 * layout (after a render, a resize, a font load), never while scrolling: a scroll frame only
 * does arithmetic on cached numbers, so ribbons and the follower column move in the same frame
 * as the column the reader drives.
 */
import type { Passage, PassageKind } from '../../../shared/comparison';
import type { Side } from '../../../shared/passage-marks';
import { measurePassages, NO_EXTENTS } from './compare-measure';
import type { RibbonInput } from './compare-ribbons';
import { anchorsFor, focusOffset, followerTop, keepInPlace, levelTops, scrollForFocus, type Anchor, type Extent, type PairExtent } from './compare-scroll';

type PerSide<T> = { a: T; b: T };

export class CompareLayout {
  scroll = $state<PerSide<number>>({ a: 0, b: 0 });
  /** Visible height of each column. */
  view = $state<PerSide<number>>({ a: 0, b: 0 });
  /** Full content height of each column. */
  content = $state<PerSide<number>>({ a: 0, b: 0 });
  /** Where each passage's lines are, in content pixels of each column. */
  extents = $state.raw<PerSide<ReadonlyMap<number, Extent>>>({ a: NO_EXTENTS, b: NO_EXTENTS });
  /** Distance from the top of the gutter to the top of each column's visible area. */
  offset = $state<PerSide<number>>({ a: 0, b: 0 });
  sync = $state(true);

  private panes: PerSide<HTMLElement | null> = { a: null, b: null };
  private gutter: HTMLElement | null = null;
  /** Scroll positions this class set and whose scroll events are echoes, not the reader. */
  private expected: PerSide<number | null> = { a: null, b: null };
  private anchors: PerSide<Anchor[] | null> = { a: null, b: null };
  private observer: ResizeObserver | null = null;
  private frame = 0;

  /** Registers a column (its scrolling element) or the gutter; call with null on teardown. */
  attach(side: Side | 'gutter', el: HTMLElement | null): void {
    const before = side === 'gutter' ? this.gutter : this.panes[side];
    if (side === 'gutter') this.gutter = el;
    else this.panes[side] = el;
    this.observer ??= new ResizeObserver(() => this.remeasure());
    for (const target of [before, before?.firstElementChild]) if (target) this.observer.unobserve(target);
    // the column's content changes height when its text reflows: observe the sheet inside it too
    for (const target of [el, el?.firstElementChild]) if (target) this.observer.observe(target);
    this.remeasure();
  }

  dispose(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Measures again on the next frame (after the DOM settles); calls in one frame coalesce. */
  remeasure(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  }

  measure(): void {
    const started = performance.now();
    const extents: PerSide<ReadonlyMap<number, Extent>> = { a: NO_EXTENTS, b: NO_EXTENTS };
    const gutterTop = this.gutter?.getBoundingClientRect().top ?? 0;
    for (const side of ['a', 'b'] as const) {
      const pane = this.panes[side];
      if (!pane) continue;
      const box = pane.getBoundingClientRect();
      extents[side] = measurePassages(pane);
      // the text reflowed under the reader (a resize): put back what they were looking at
      if (pane.scrollHeight !== this.content[side] && this.content[side] > 0 && this.extents[side].size > 0) {
        const focus = focusOffset(this.scroll[side], this.content[side] - this.view[side], this.view[side]);
        const kept = keepInPlace(this.extents[side], extents[side], this.scroll[side], focus);
        const top = kept ?? (this.scroll[side] * pane.scrollHeight) / this.content[side];
        this.scrollTo(side, top);
      }
      this.view[side] = pane.clientHeight;
      this.content[side] = pane.scrollHeight;
      this.scroll[side] = pane.scrollTop;
      this.offset[side] = box.top + pane.clientTop - gutterTop;
    }
    this.extents = extents;
    this.anchors = { a: null, b: null };
    performance.measure('parallax:compare:measure', { start: started });
  }

  /** Each passage both columns show, placed in gutter pixels as the ribbons need it. */
  ribbonInputs(passages: readonly Passage[]): RibbonInput[] {
    const out: RibbonInput[] = [];
    for (const p of passages) {
      const ea = this.extents.a.get(p.k);
      const eb = this.extents.b.get(p.k);
      if (!ea || !eb) continue;
      const at = (e: Extent, side: Side) => ({
        top: e.top - this.scroll[side] + this.offset[side],
        bottom: e.bottom - this.scroll[side] + this.offset[side],
      });
      out.push({ k: p.k, kind: p.kind, moved: p.moved, a: at(ea, 'a'), b: at(eb, 'b') });
    }
    return out;
  }

  /** The passages one column shows, with their place in it, for the overview bar. */
  placed(side: Side, passages: readonly Passage[]): { k: number; kind: PassageKind; extent: Extent }[] {
    return passages.flatMap((p) => {
      const extent = this.extents[side].get(p.k);
      return extent ? [{ k: p.k, kind: p.kind, extent }] : [];
    });
  }

  /** The pairs both columns show, for the scroll map. */
  private pairs(): PairExtent[] {
    const pairs: PairExtent[] = [];
    for (const [k, a] of this.extents.a) {
      const b = this.extents.b.get(k);
      if (b) pairs.push({ k, a, b });
    }
    return pairs;
  }

  /** A column scrolled: an echo of our own scrolling, or the reader, whom the other column follows. */
  onScroll(side: Side): void {
    const pane = this.panes[side];
    if (!pane) return;
    const top = pane.scrollTop;
    this.scroll[side] = top;
    const expected = this.expected[side];
    this.expected[side] = null;
    if (expected !== null && Math.abs(top - expected) < 2) return;
    if (this.sync) this.follow(side);
  }

  /** Brings the other column level with `driver` at the focus line. */
  follow(driver: Side): void {
    const other: Side = driver === 'a' ? 'b' : 'a';
    const from = this.panes[driver];
    const to = this.panes[other];
    if (!from || !to) return;
    this.anchors[driver] ??= anchorsFor(this.pairs(), driver, this.content);
    const target = followerTop(
      this.anchors[driver]!,
      { top: from.scrollTop, max: from.scrollHeight - from.clientHeight, view: from.clientHeight },
      { max: to.scrollHeight - to.clientHeight, view: to.clientHeight },
    );
    this.scrollTo(other, target);
  }

  /** Scrolls both columns so that passage `k` sits level on both sides, near the focus line. */
  reveal(k: number): void {
    const { a: pa, b: pb } = this.panes;
    const ea = this.extents.a.get(k);
    const eb = this.extents.b.get(k);
    if (pa && pb && ea && eb) {
      const tops = levelTops(
        { a: ea.top, b: eb.top },
        { a: pa.scrollHeight - pa.clientHeight, b: pb.scrollHeight - pb.clientHeight },
        Math.min(pa.clientHeight, pb.clientHeight),
      );
      this.scrollTo('a', tops.a);
      this.scrollTo('b', tops.b);
      return;
    }
    // a passage one side does not show (yet): bring what there is to the focus line
    for (const side of ['a', 'b'] as const) {
      const pane = this.panes[side];
      const extent = this.extents[side].get(k);
      if (pane && extent) this.scrollTo(side, scrollForFocus(extent.top, pane.scrollHeight - pane.clientHeight, pane.clientHeight));
    }
  }

  /** Scrolls one column to `top` (one column alone, not followed: the overview bar). */
  scrollColumn(side: Side, top: number): void {
    const pane = this.panes[side];
    if (!pane) return;
    pane.scrollTop = top;
  }

  private scrollTo(side: Side, top: number): void {
    const pane = this.panes[side];
    if (!pane) return;
    const target = Math.round(Math.min(Math.max(0, top), pane.scrollHeight - pane.clientHeight));
    if (Math.abs(pane.scrollTop - target) < 1) return;
    this.expected[side] = target;
    pane.scrollTop = target;
    this.scroll[side] = target;
  }
}
