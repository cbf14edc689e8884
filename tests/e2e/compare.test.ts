import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

const A = '001_74c4f560c382ad0f.txt';
const B = '003_d2ce4ca12b793fba.txt';

describe('compare view on seeds 001 and 003', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
    await app.open(`#/compare/${A}/${B}`);
    await app.page.locator('[data-side="a"] [data-passage]').first().waitFor();
  });
  afterAll(() => app.close());

  /** The text of every highlighted passage on one side, by passage number. */
  async function passages(side: 'a' | 'b'): Promise<Map<string, string>> {
    const found = await app.page.locator(`[data-side="${side}"] [data-passage]`).evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-passage')!, el.textContent ?? ''] as const),
    );
    const byK = new Map<string, string>();
    for (const [k, text] of found) byK.set(k, (byK.get(k) ?? '') + text);
    return byK;
  }

  it('shows the two articles in two columns', async () => {
    expect(await app.page.locator('[data-side="a"] h2').innerText()).toBe('Iraqi resistance groups agree to resume operations against American forces');
    expect(await app.page.locator('[data-side="b"] h2').innerText()).toMatch(/^Iraq’s anti-terror resistance groups say/);
  });

  it('matches the republished paragraph on both sides under one passage number', async () => {
    const a = await passages('a');
    const b = await passages('b');
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const kA = [...a.entries()].find(([, t]) => t.includes('defeated the Takfiri terrorist group'))?.[0];
    const kB = [...b.entries()].find(([, t]) => t.includes('defeated the Takfiri terrorist group'))?.[0];
    expect(kA).toBeDefined();
    expect(kA).toBe(kB);
    expect(a.get(kA!)).toMatch(/nearly 2,500 American troops in Iraq and some 900 in Syria/);
    expect(b.get(kB!)).toMatch(/roughly 2,500 American troops in Iraq and some 900 in Syria/);
  });

  it('marks the word-level edits inside the passage', async () => {
    const deleted = await app.page.locator('[data-side="a"] .replace-a, [data-side="a"] .delete').allInnerTexts();
    const inserted = await app.page.locator('[data-side="b"] .replace-b, [data-side="b"] .insert').allInnerTexts();
    expect(deleted.join(' ')).toMatch(/nearly/);
    expect(inserted.join(' ')).toMatch(/roughly/);
  });

  it('does not mark outlet names or each outlet’s own text as shared', async () => {
    const shared = [...(await passages('a')).values(), ...(await passages('b')).values()].join('\n');
    expect(shared).not.toMatch(/Radio Habana Cuba/);
    expect(shared).not.toMatch(/Lloyd Austin/);
    expect(shared).not.toMatch(/Kata'ib Hezbollah/);
  });

  it('summarizes what the two share', async () => {
    const summary = await app.page.locator('.compare .summary').innerText();
    expect(summary).toMatch(/\d+ shared passages?/);
    expect(summary).toMatch(/of A and \d+% of B shared/);
  });

  it('lists every passage in a labelled list, with kind, length and place on both sides', async () => {
    const list = app.page.getByRole('navigation', { name: /Passages/ }).getByRole('list');
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe((await passages('a')).size);
    const troops = list.getByRole('button', { name: /There are nearly 2,500/ });
    expect(await troops.getAttribute('aria-label')).toMatch(/^Passage \d+ of \d+, edited passage, \d+ words in A, \d+ in B, (\d+ and \d+ of them kept, )?A paragraph \d+, B paragraph \d+/);
  });

  it('names every control, and shows where the shared text lies in each column', async () => {
    const unnamed = await app.page.locator('.compare').evaluate((root) =>
      [...root.querySelectorAll('button, input')]
        .filter((el) => {
          const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent;
          return !label?.trim();
        })
        .map((el) => el.outerHTML),
    );
    expect(unnamed).toEqual([]);
    // the overview bars draw from the passages' measured places, measured a frame after they render
    const count = (await passages('a')).size;
    for (const side of ['a', 'b']) await expect.poll(() => app.page.locator(`[data-overview="${side}"] .mark`).count()).toBe(count);
    expect(await app.page.locator('[data-side="a"]').getAttribute('tabindex')).toBe('0');
  });

  it('swaps the sides', async () => {
    await app.page.getByRole('button', { name: /Swap/ }).click();
    await expect.poll(() => app.page.url()).toMatch(new RegExp(`#/compare/${B}/${A}$`));
    await expect.poll(() => app.page.locator('[data-side="a"] h2').innerText()).toMatch(/^Iraq’s anti-terror/);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
