import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppSession } from './support/app';

describe('security of the browser host and the page', () => {
  let app: AppSession;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    writeFileSync(
      join(folder, 'hostile.md'),
      '# <img src=x onerror="window.__pwned=1"> headline\n\nA paragraph with <script>window.__pwned=2</script> and [a link](javascript:alert(1)) in it.\n',
    );
    writeFileSync(join(folder, 'plain.txt'), 'Plain story\n\nNothing to see <b>here</b>.');
    app = await startApp(folder);
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(app.host.origin + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('refuses API calls without the token', async () => {
    expect((await post('/api/getCorpus', { args: [] })).status).toBe(401);
    expect((await post('/api/getCorpus', { args: [] }, { 'x-parallax-token': 'wrong' })).status).toBe(401);
    expect((await post('/api/getCorpus', { args: [] }, { 'x-parallax-token': app.host.token })).status).toBe(200);
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(app.host.origin + '/', { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(421);
  });

  it('validates arguments and unknown methods', async () => {
    const headers = { 'x-parallax-token': app.host.token };
    const bad = await (await post('/api/getArticle', { args: [42] }, headers)).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await (await post('/api/__proto__', { args: [] }, headers)).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('never serves files outside the app', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await fetch(app.host.origin + path)).status).toBe(404);
    }
  });

  it('sends a strict content security policy', async () => {
    const res = await fetch(app.host.url);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('renders article text as text: markup in an article runs nothing', async () => {
    await app.open('#/read/hostile.md');
    await app.page.locator('article h1').waitFor();
    expect(await app.page.locator('article h1').innerText()).toContain('<img src=x onerror="window.__pwned=1"> headline');
    expect(await app.page.locator('article').innerText()).toContain('<script>window.__pwned=2</script>');
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await app.page.locator('article img, article script').count()).toBe(0);
  });
});
