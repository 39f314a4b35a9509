import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT_DIR } from '../../server/src/paths';
import { DEMO_PASSWORD } from '../../seeds/demo-data';

/** Debian's Chromium (.ci/run installs it); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.join(ROOT_DIR, 'test-artifacts');

/** Builds client/dist when a source is newer than the last build (a no-op after `npm test` built it). */
export function ensureClientBuilt(): void {
  execFileSync(process.execPath, [path.join(ROOT_DIR, 'client/scripts/build-if-stale.mjs')], { cwd: ROOT_DIR, stdio: 'inherit' });
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium), as .ci/run does`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in CI needs --no-sandbox; the closed network makes Chromium's own background requests fail noisily.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

const pageErrors: string[] = [];

/** Uncaught errors of every page opened since the last call. */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

/** A fresh browser profile (its own localStorage, so its own session) at a desktop size, in Chinese. */
export async function newUser(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  // An uncaught error in the page is a bug of the client; tests assert there was none (takePageErrors).
  page.on('pageerror', (error) => {
    pageErrors.push(`${page.url()}: ${error.message}`);
  });
  return { context, page };
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Saves a full-page screenshot under test-artifacts/ (gitignored; CI keeps it as an artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
