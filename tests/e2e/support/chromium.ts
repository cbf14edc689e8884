/**
 * The Chromium the end-to-end tests drive: `PARALLAX_CHROMIUM`, else a browser Playwright
 * installed, else the system's. Without one the tests fail at once with the command that installs
 * one, rather than passing on nothing. One browser serves the whole run (started by the global
 * setup); each test file connects to it and works in browser contexts of its own, which share no
 * state. Starting a Chromium per file cost a second or two of the suite's three minutes each.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

/** Flags that keep a headless Chromium quiet on a machine without a network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function onPath(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function findChromium(env = process.env): string {
  if (env.PARALLAX_CHROMIUM) {
    if (existsSync(env.PARALLAX_CHROMIUM)) return env.PARALLAX_CHROMIUM;
    throw new Error(`PARALLAX_CHROMIUM names ${env.PARALLAX_CHROMIUM}, which does not exist`);
  }
  try {
    const installed = chromium.executablePath();
    if (installed && existsSync(installed)) return installed;
  } catch {
    // Playwright has not installed a browser of its own; look on the system
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error('No Chromium found for the end-to-end tests. Install one: sudo apt-get install -y chromium (or set PARALLAX_CHROMIUM)');
}

/** The run's browser, started once by the global setup. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's browser listens (a WebSocket address). */
    chromiumEndpoint: string;
  }
}

/**
 * A connection to the run's browser; closing it closes the contexts it made, not the browser.
 * Outside a test run (the bench's Chromium sections run under tsx) there is no run's browser: a
 * browser of its own is launched, and closing it closes it.
 */
export function launchChromium(): Promise<Browser> {
  if (!process.env.VITEST) return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
  return chromium.connect(inject('chromiumEndpoint'));
}
