import { describe, expect, it } from 'vitest';
import { isViewName, tabOf, VIEW_NAMES, VIEWS } from '../../src/shared/views';

describe('the view table', () => {
  it.each([
    ['library', 'library'],
    ['read', 'library'],
    ['reuse', 'reuse'],
    ['story', 'reuse'],
    ['quote', 'quote'],
  ] as const)('marks the tab of %s as %s', (view, tab) => {
    expect(tabOf(view)).toBe(tab);
  });

  it.each([
    ['library', true],
    ['quote', true],
    ['find', false],
    ['toString', false],
  ])('%s is a view: %s', (name, expected) => {
    expect(isViewName(name)).toBe(expected);
  });

  it('gives the tabs and the View menu in their order', () => {
    const tabs = ['Library', 'Search', 'Compare', 'Shared text', 'Quotes'];
    const menu = ['Library', 'Search', 'Shared Text Across the Folder', 'Track a Quote'];
    // a view added later may come anywhere: these keep their order among themselves
    expect(VIEW_NAMES.flatMap((v) => VIEWS[v].tab ?? []).filter((t) => tabs.includes(t))).toEqual(tabs);
    expect(VIEW_NAMES.flatMap((v) => VIEWS[v].menu?.label ?? []).filter((l) => menu.includes(l))).toEqual(menu);
  });
});
