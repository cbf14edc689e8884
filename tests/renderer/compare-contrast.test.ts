/**
 * The compare view's colours against WCAG 2.1 AA, in both themes, read from the stylesheets the
 * app ships: text on every passage tint and on the edit marks at 4.5:1, the tint edges (the
 * underlines, ribbon outlines and number badges' borders) at 3:1 against the column, as
 * non-text contrast asks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/renderer/src/styles/base.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(css.slice(css.indexOf(':root {'), css.indexOf("}", css.indexOf(':root {'))));
const darkStart = css.indexOf(":root[data-theme='dark']");
const dark = { ...light, ...variables(css.slice(darkStart, css.indexOf('}', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(x: string, y: string): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('compare view colours, %s theme', (_name, v) => {
  it('reads the palette', () => {
    expect(Object.keys(v)).toEqual(expect.arrayContaining(['text', 'surface', 'p0', 'p7', 'p-edge0', 'p-edge7', 'del-bg', 'ins-bg']));
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('keeps body text readable on passage tint %i', (i) => {
    expect(contrast(v.text!, v[`p${i}`]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])('gives tint edge %i 3:1 against the column', (i) => {
    expect(contrast(v[`p-edge${i}`]!, v.surface!)).toBeGreaterThanOrEqual(3);
  });

  it('keeps edit marks, muted text and the current badge readable', () => {
    expect(contrast(v['del-text']!, v['del-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['ins-text']!, v['ins-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['text-muted']!, v.surface!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['text-muted']!, v.bg!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.bg!, v.text!)).toBeGreaterThanOrEqual(4.5);
  });
});
