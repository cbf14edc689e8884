/**
 * What the compare view's end-to-end tests read off the page: passages by number on each side,
 * their boxes, the connectors' end points in page coordinates, the columns' scroll state.
 */
import type { Page } from 'playwright-core';

export type Side = 'a' | 'b';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Waits until the comparison is on screen and its passages measured. */
export async function comparisonReady(page: Page): Promise<void> {
  await page.locator('[data-side="a"] [data-passage]').first().waitFor();
  await page.waitForFunction(() => Number(document.querySelector('.stage')?.getAttribute('data-measured') ?? 0) > 0);
}

/** The text of every highlighted passage on one side, by passage number. */
export async function passageTexts(page: Page, side: Side): Promise<Map<string, string>> {
  const found = await page
    .locator(`[data-side="${side}"] [data-passage]`)
    .evaluateAll((els) => els.map((el) => [el.getAttribute('data-passage')!, el.textContent ?? ''] as const));
  const byK = new Map<string, string>();
  for (const [k, text] of found) byK.set(k, (byK.get(k) ?? '') + text);
  return byK;
}

/** The passage number on `side` whose text contains `phrase`. */
export async function passageWith(page: Page, side: Side, phrase: string): Promise<string | undefined> {
  return [...(await passageTexts(page, side)).entries()].find(([, text]) => text.includes(phrase))?.[0];
}

/** The union of the client boxes of a passage's runs on one side. */
export function passageBox(page: Page, side: Side, k: string): Promise<Box> {
  return page.evaluate(
    ({ side, k }) => {
      const rects = [...document.querySelectorAll(`[data-side="${side}"] [data-passage="${k}"]`)].flatMap((el) => [...el.getClientRects()]);
      return {
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
    },
    { side, k },
  );
}

/** The client box of a column's visible area. */
export function columnBox(page: Page, side: Side): Promise<Box> {
  return page.locator(`[data-side="${side}"]`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
}

export interface RibbonEnds {
  k: string;
  shape: 'band' | 'line';
  /** End points in page coordinates: x where it meets each side, y of its edge (two for a band). */
  a: { x: number; ys: number[] };
  b: { x: number; ys: number[] };
}

/** Every connector drawn, with its end points in page coordinates. */
export function ribbonEnds(page: Page): Promise<RibbonEnds[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.gutter path[data-passage]')].map((path) => {
      const m = path.getScreenCTM()!;
      const points = [...(path.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((x) => [Number(x[1]), Number(x[2])] as const);
      const xs = points.map(([x]) => x);
      const left = Math.min(...xs);
      const right = Math.max(...xs);
      const at = (x0: number) => {
        const ends = points.filter(([x]) => x === x0).map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
        return { x: ends[0]!.x, ys: ends.map((p) => p.y) };
      };
      return { k: path.getAttribute('data-passage')!, shape: path.classList.contains('line') ? 'line' : 'band', a: at(left), b: at(right) } as const;
    }),
  );
}

/** Scrolls one column as the reader would (a scroll event the view did not cause). */
export async function scrollColumn(page: Page, side: Side, top: number): Promise<void> {
  await page.locator(`[data-side="${side}"]`).evaluate((el, y) => {
    el.scrollTop = y;
  }, top);
}

/** Scrolls column `side` so the top of passage `k` sits `offset` pixels below the column's top. */
export async function bringPassageTo(page: Page, side: Side, k: string, offset: number): Promise<void> {
  await page.evaluate(
    ({ side, k, offset }) => {
      const pane = document.querySelector<HTMLElement>(`[data-side="${side}"]`)!;
      const first = pane.querySelector(`[data-passage="${k}"]`)!;
      const top = first.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      pane.scrollTop = top - offset;
    },
    { side, k, offset },
  );
}

/** Three animation frames: the scroll events, the follower's scroll and the repaint have all run. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))),
  );
}

export function currentPassage(page: Page): Promise<string | null> {
  return page.locator('[data-passage-item][aria-current="true"]').getAttribute('data-passage-item', { timeout: 1000 }).catch(() => null);
}
