/** One browser page on a running host, with the checks every journey wants (no page errors). */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startHost, type HostOptions, type RunningHost } from './host';

export interface AppSession {
  host: RunningHost;
  browser: Browser;
  page: Page;
  /** Page errors, failed requests and console errors seen so far (CSP violations among them). */
  problems: string[];
  /** Loads the app at a hash route (`#/read/...`), waiting for it to be ready. */
  open(hash?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(folder?: string | null, hostOptions?: HostOptions): Promise<AppSession> {
  // the host opens its folder while the browser connects
  const [host, browser] = await Promise.all([startHost(folder, hostOptions), launchChromium()]);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    host,
    browser,
    page,
    problems,
    open: async (hash = '') => {
      await page.goto(host.url + hash);
      await page.locator('main#main').waitFor();
      await page.locator('.topbar').waitFor();
    },
    close: async () => {
      await browser.close();
      await host.stop();
    },
  };
}
