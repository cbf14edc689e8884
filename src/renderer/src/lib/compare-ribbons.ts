/**
 * The connectors in the gutter between the two columns, as SVG path data. A shared passage is a
 * band whose left edge spans the passage's lines in A and whose right edge spans its lines in B,
 * joined by two S-curves; a paraphrase is a single curve (a weaker claim than shared text).
 * Bands that cross show reordering at a glance. Positions come in gutter pixels (0 = the top of
 * the gutter, which is level with the top of both columns' visible area).
 */
import type { Extent } from './compare-scroll';

export interface RibbonInput {
  k: number;
  kind: 'verbatim' | 'edited' | 'paraphrase';
  moved: boolean;
  /** Where the passage's lines are on each side, in gutter pixels. */
  a: Extent;
  b: Extent;
}

export interface Ribbon {
  k: number;
  kind: RibbonInput['kind'];
  moved: boolean;
  /** SVG path data. */
  d: string;
  /** A passage is a filled band; a paraphrase is a line. */
  shape: 'band' | 'line';
}

/** Thinnest band drawn, so that a one-line passage still reads as a band. */
const MIN_BAND = 3;

const r1 = (x: number) => Math.round(x * 10) / 10;

/** The ribbons worth drawing in a gutter `width` wide and `height` tall, in passage order. */
export function layOutRibbons(inputs: readonly RibbonInput[], width: number, height: number): Ribbon[] {
  const ribbons: Ribbon[] = [];
  const mid = r1(width / 2);
  for (const p of inputs) {
    // nothing of it can show when both ends are above the gutter or both below it
    if ((p.a.bottom < 0 && p.b.bottom < 0) || (p.a.top > height && p.b.top > height)) continue;
    if (p.kind === 'paraphrase') {
      const ya = r1((p.a.top + p.a.bottom) / 2);
      const yb = r1((p.b.top + p.b.bottom) / 2);
      ribbons.push({ k: p.k, kind: p.kind, moved: p.moved, shape: 'line', d: `M0,${ya} C${mid},${ya} ${mid},${yb} ${r1(width)},${yb}` });
      continue;
    }
    const [a0, a1] = thick(p.a);
    const [b0, b1] = thick(p.b);
    const w = r1(width);
    ribbons.push({
      k: p.k,
      kind: p.kind,
      moved: p.moved,
      shape: 'band',
      d: `M0,${a0} C${mid},${a0} ${mid},${b0} ${w},${b0} L${w},${b1} C${mid},${b1} ${mid},${a1} 0,${a1} Z`,
    });
  }
  return ribbons;
}

/** An extent as a band edge at least MIN_BAND thick, centred on the passage. */
function thick(e: Extent): [number, number] {
  const h = e.bottom - e.top;
  if (h >= MIN_BAND) return [r1(e.top), r1(e.bottom)];
  const c = (e.top + e.bottom) / 2;
  return [r1(c - MIN_BAND / 2), r1(c + MIN_BAND / 2)];
}
