import type { Browser } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { indexEverything } from '../support/search-fixtures';
import { ensureClientBuilt, launchBrowser, newUser, screenshot, signIn } from './browser';

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  platform = await startTestPlatform({ seed: 'demo' });
  await indexEverything(platform.orm, platform.search);
  browser = await launchBrowser();
  // The demo template is seeded once per run (seconds), and the client may need a build.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

describe('the web client served by the server', () => {
  it('answers / and client routes with the app, and leaves the API paths alone', async () => {
    for (const route of ['/', '/hall', '/challenges/anything']) {
      const response = await fetch(`${platform.url}${route}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    const health = await fetch(`${platform.url}/healthz`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    const missingAsset = await fetch(`${platform.url}/assets/no-such-file.js`);
    expect(missingAsset.status).toBe(404);
    const graphql = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ viewer { id } }"}' });
    expect(await graphql.json()).toEqual({ data: { viewer: null } });
  });

  it('shows the challenge hall to a visitor and signs a demo user in', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/');
    await page.waitForURL('**/hall');
    await page.getByTestId('hall-hit').first().waitFor();
    await screenshot(page, 'hall-visitor');

    await page.getByTestId('hall-search').locator('input').fill('耐压舱');
    await page.getByTestId('hall-search').locator('input').press('Enter');
    await page.waitForURL(/q=/);
    await page.locator('mark.hit').first().waitFor();
    expect(await page.locator('mark.hit').first().textContent()).toContain('耐压舱');

    await signIn(page, 'enterprise@jiebang.demo');
    expect(await page.getByTestId('user-menu').textContent()).toContain('李总工');
    await context.close();
  });

  it('keeps the wrong password on the login form', async () => {
    const { context, page } = await newUser(browser, platform.url);
    await page.goto('/login');
    await page.getByTestId('login-submit').click();
    await page.getByText('请输入邮箱').waitFor();
    await page.getByLabel('邮箱').fill('enterprise@jiebang.demo');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    expect(await page.getByTestId('form-error').textContent()).toContain('邮箱或密码不正确');
    await context.close();
  });
});
