import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('reading view', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  const title = () => app.page.locator('article h1').innerText();

  it('shows the article with its metadata and sets the page debris aside', async () => {
    await app.open('#/read/004_a3bff82c688751b7.txt');
    expect(await title()).toBe('Iraq resistance: ‘We will not accept foreign soldiers in Iraq’');
    const header = await app.page.locator('article header').innerText();
    expect(header).toMatch(/Jul 24, 2021, 1:04 PM/);
    expect(header).toMatch(/July 24, 2021 at 1:04 pm/);
    const body = await app.page.locator('article .block').allInnerTexts();
    expect(body.join('\n')).not.toMatch(/READ:|Getty Images|Creating new perspectives/);
    const aside = await app.page.locator('aside.set-aside').innerText();
    expect(aside).toMatch(/SITE TAGLINE[\s\S]*Creating new perspectives since 2009/i);
    expect(aside).toMatch(/PHOTO CAPTION[\s\S]*Getty Images/i);
    expect(aside).toMatch(/READ: Teen social media influencer/);
  });

  it('hides Markdown markup and keeps the text as text', async () => {
    await app.open('#/read/001_74c4f560c382ad0f.txt');
    expect(await title()).toBe('Iraqi resistance groups agree to resume operations against American forces');
    const aside = await app.page.locator('aside.set-aside').innerText();
    expect(aside).toMatch(/OUTLET NAME[\s\S]*Radio Habana Cuba/i);
    expect(aside).not.toMatch(/\*\*/);
  });

  it('moves between articles with j and k', async () => {
    await app.open('#/read/001_74c4f560c382ad0f.txt');
    await app.page.keyboard.press('j');
    await expect.poll(() => app.page.url()).toMatch(/#\/read\/002_d0548fe1a3bec1cc\.txt$/);
    await expect.poll(title).toMatch(/^Iraqi Resistance Vows/);
    // two presses in quick succession move two articles, even before the view has re-rendered
    await app.page.keyboard.press('k');
    await app.page.keyboard.press('k');
    await expect.poll(() => app.page.url()).toMatch(/#\/read\/000_86c065115a1fa003\.txt$/);
    await expect.poll(title).toMatch(/^Iraqi Resistance Groups Warn/);
    await expect.poll(() => app.page.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
  });

  it('finds words in the article and steps through the matches', async () => {
    await app.open('#/read/003_d2ce4ca12b793fba.txt');
    await app.page.getByRole('button', { name: 'Find in article' }).click();
    await app.page.fill('#find-input', 'resistance');
    await expect.poll(() => app.page.locator('mark.match').count()).toBeGreaterThan(3);
    const count = await app.page.locator('mark.match').count();
    await expect.poll(() => app.page.locator('.find [role=status]').innerText()).toBe(`1 of ${count}`);
    await app.page.locator('#find-input').press('Enter');
    await expect.poll(() => app.page.locator('.find [role=status]').innerText()).toBe(`2 of ${count}`);
    expect(await app.page.locator('mark.match.current').getAttribute('data-match')).toBe('1');
    await app.page.locator('#find-input').press('Shift+Enter');
    await app.page.locator('#find-input').press('Shift+Enter');
    await expect.poll(() => app.page.locator('.find [role=status]').innerText()).toBe(`${count} of ${count}`);
  });

  it('starts a comparison from the article', async () => {
    await app.open('#/read/001_74c4f560c382ad0f.txt');
    await app.page.keyboard.press('c');
    await app.page.locator('#picker-filter').fill('anti-terror resistance groups say');
    await app.page.locator('#picker-filter').press('Enter');
    await expect.poll(() => app.page.url()).toMatch(/#\/compare\/001_74c4f560c382ad0f\.txt\/003_d2ce4ca12b793fba\.txt$/);
  });

  it('says so when the article does not exist', async () => {
    await app.open('#/read/nope.txt');
    await expect.poll(() => app.page.locator('[role=alert]').innerText()).toMatch(/No article "nope.txt"/);
  });

  it('raises no page errors', () => {
    expect(app.problems).toEqual([]);
  });
});
